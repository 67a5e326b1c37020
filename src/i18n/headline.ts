import { shownYearToDate } from '../kpi/evaluate-kpi';
import type { KpiEvaluation } from '../kpi/evaluate-kpi';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import type { KpiStatus } from '../kpi/kpi-status';
import { formatEstimate, formatGrowth, formatPeriod, formatValue } from './format';
import { translate } from './i18n-context';
import type { Locale } from './locale';
import { targetPhrase } from './target-text';

type Params = Record<string, string | number>;

/** What a headline says, worked out once for the sentence and for the deck's two lines. */
type Facts =
  | { kind: 'fixed'; key: 'present.headline.error' | 'present.headline.no-data'; params: Params }
  | { kind: 'level' | 'flow'; status: KpiStatus; params: Params };

function headlineFacts(definition: KpiDefinition, evaluation: KpiEvaluation | null, status: KpiStatus, locale: Locale): Facts {
  const name = definition.name[locale];
  if (status === 'error') return { kind: 'fixed', key: 'present.headline.error', params: { name } };
  if (evaluation === null || status === 'no-data' || evaluation.latest === null) return { kind: 'fixed', key: 'present.headline.no-data', params: { name } };
  const { year } = evaluation;
  const deadline = formatPeriod(evaluation.deadline, locale);
  const target = evaluation.target === null ? '' : targetPhrase(evaluation.target, definition.unit, locale);

  // A provisional figure says so in the headline too: "15.2 个月（初步数据）".
  const marked = (text: string, isProvisional: boolean) =>
    isProvisional ? translate(locale, 'pattern.parenthetical', { text, note: translate(locale, 'present.provisional') }) : text;

  if (evaluation.kind === 'level') {
    const value = marked(formatValue(evaluation.latest.value, definition.unit, locale), evaluation.latest.isProvisional);
    const projection = evaluation.projection === null ? '' : formatEstimate(evaluation.projection.value, definition.unit, locale);
    return { kind: 'level', status, params: { name, value, year, target, deadline, projection } };
  }

  const ytd = evaluation.yearToDate;
  // With months missing the year-to-date total would undercount; say there is no verdict instead.
  if (shownYearToDate(evaluation) === null) return { kind: 'fixed', key: 'present.headline.no-data', params: { name } };
  const value = marked(formatValue(ytd.total, definition.unit, locale), (ytd.checkpoint ?? evaluation.latest).isProvisional);
  const growth = ytd.growthPercent === null ? '—' : formatGrowth(ytd.growthPercent, locale);
  const projection =
    evaluation.projection?.growthPercent === null || evaluation.projection === null
      ? '—'
      : formatGrowth(evaluation.projection.growthPercent, locale);
  return { kind: 'flow', status, params: { name, value, year, target, growth, projection } };
}

/**
 * The sentence a slide leads with, generated from the KPI model: the figure, the target in the
 * plan's own terms, and the verdict — "高价值专利审查周期 14.0 个月，已实现“16 个月以内”目标".
 */
export function slideHeadline(definition: KpiDefinition, evaluation: KpiEvaluation | null, status: KpiStatus, locale: Locale): string {
  const facts = headlineFacts(definition, evaluation, status, locale);
  if (facts.kind === 'fixed') return translate(locale, facts.key, facts.params);
  if (facts.status === 'no-target') return translate(locale, 'present.headline.no-target', facts.params);
  const kind = facts.kind === 'level' ? 'cycle' : 'flow';
  return translate(locale, `present.headline.${kind}.${facts.status as Exclude<KpiStatus, 'no-target' | 'no-data' | 'error'>}`, facts.params);
}

/**
 * The same headline in two lines for a slide, so it reads from the back of a room: the figure
 * ("高价值专利审查周期 15.2 个月（初步数据）"), short enough for two lines of the deck's largest
 * type, and the verdict under it ("预计2020年12月为 13.0 个月，有望实现“16 个月以内”目标").
 */
export function slideHeadlineParts(definition: KpiDefinition, evaluation: KpiEvaluation | null, status: KpiStatus, locale: Locale): { figure: string; verdict: string | null } {
  const facts = headlineFacts(definition, evaluation, status, locale);
  if (facts.kind === 'fixed') return { figure: translate(locale, facts.key, facts.params), verdict: null };
  const { params } = facts;
  const isWholeYear = facts.status === 'met' || facts.status === 'missed';
  const figure =
    facts.kind === 'level'
      ? translate(locale, 'present.figure.cycle', params)
      : translate(locale, isWholeYear ? 'present.figure.flow.year' : 'present.figure.flow.so-far', params);
  const kind = facts.kind === 'level' ? 'cycle' : 'flow';
  switch (facts.status) {
    case 'met':
    case 'missed':
    case 'met-early':
    case 'no-target':
      return { figure, verdict: translate(locale, `present.verdict.${facts.status}`, params) };
    case 'on-track':
    case 'at-risk':
    case 'off-track':
      return { figure, verdict: translate(locale, `present.verdict.${kind}.${facts.status}`, params) };
    case 'no-data':
    case 'error':
      return { figure, verdict: null };
  }
}

/**
 * The line an exported figure leads its notes with: the status in words, then the headline —
 * "进展顺利：高价值专利审查周期 15.2 个月，预计 2020年12月 13.0 个月，有望实现“16 个月以内”目标".
 */
export function figureHeadline(definition: KpiDefinition, evaluation: KpiEvaluation, locale: Locale): string {
  return translate(locale, 'pattern.labelled', {
    label: translate(locale, `status.${evaluation.status}`),
    value: slideHeadline(definition, evaluation, evaluation.status, locale),
  });
}
