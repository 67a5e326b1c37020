import { shownYearToDate } from '../kpi/evaluate-kpi';
import type { KpiEvaluation } from '../kpi/evaluate-kpi';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import type { KpiStatus } from '../kpi/kpi-status';
import { formatEstimate, formatGrowth, formatPeriod, formatValue } from './format';
import { translate } from './i18n-context';
import type { Locale } from './locale';
import { targetPhrase } from './target-text';

/**
 * The sentence a slide leads with, generated from the KPI model: the figure, the target in the
 * plan's own terms, and the verdict — "高价值专利审查周期 14.0 个月，已实现“16 个月以内”目标".
 */
export function slideHeadline(definition: KpiDefinition, evaluation: KpiEvaluation | null, status: KpiStatus, locale: Locale): string {
  const name = definition.name[locale];
  if (status === 'error') return translate(locale, 'present.headline.error', { name });
  if (evaluation === null || status === 'no-data' || evaluation.latest === null) return translate(locale, 'present.headline.no-data', { name });
  const { year } = evaluation;
  const deadline = formatPeriod(evaluation.deadline, locale);
  const target = evaluation.target === null ? '' : targetPhrase(evaluation.target, definition.unit, locale);

  // A provisional figure says so in the headline too: "15.2 个月（初步数据）".
  const marked = (text: string, isProvisional: boolean) =>
    isProvisional ? translate(locale, 'pattern.parenthetical', { text, note: translate(locale, 'present.provisional') }) : text;

  if (evaluation.kind === 'level') {
    const value = marked(formatValue(evaluation.latest.value, definition.unit, locale), evaluation.latest.isProvisional);
    if (status === 'no-target') return translate(locale, 'present.headline.no-target', { name, value, year });
    const projection = evaluation.projection === null ? '' : formatEstimate(evaluation.projection.value, definition.unit, locale);
    return translate(locale, `present.headline.cycle.${status}`, { name, value, year, target, deadline, projection });
  }

  const ytd = evaluation.yearToDate;
  // With months missing the year-to-date total would undercount; say there is no verdict instead.
  if (shownYearToDate(evaluation) === null) return translate(locale, 'present.headline.no-data', { name });
  const value = marked(formatValue(ytd.total, definition.unit, locale), (ytd.checkpoint ?? evaluation.latest).isProvisional);
  if (status === 'no-target') return translate(locale, 'present.headline.no-target', { name, value, year });
  const growth = ytd.growthPercent === null ? '—' : formatGrowth(ytd.growthPercent, locale);
  const projection =
    evaluation.projection?.growthPercent === null || evaluation.projection === null
      ? '—'
      : formatGrowth(evaluation.projection.growthPercent, locale);
  return translate(locale, `present.headline.flow.${status}`, { name, value, year, target, growth, projection });
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
