import { shownYearToDate } from '../kpi/evaluate-kpi';
import type { KpiEvaluation } from '../kpi/evaluate-kpi';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { formatGrowth, formatValue } from '../i18n/format';
import { translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';

/**
 * A KPI's figure in one line, as the summaries (the overview's strip, the deck's summary slide)
 * show it: the latest level ("14.0 个月"), or the year-to-date total with its growth
 * ("2,180 亿元（+43.9%）"). A year-to-date total with months missing would undercount: "—".
 */
export function summaryValue(definition: KpiDefinition, evaluation: KpiEvaluation | null, locale: Locale): string {
  if (evaluation === null || evaluation.latest === null) return '—';
  if (evaluation.kind === 'level') return formatValue(evaluation.latest.value, definition.unit, locale);
  if (shownYearToDate(evaluation) === null) return '—';
  const growth = evaluation.yearToDate.growthPercent;
  return translate(locale, 'pattern.parenthetical', {
    text: formatValue(evaluation.yearToDate.total, definition.unit, locale),
    note: growth === null ? '—' : formatGrowth(growth, locale),
  });
}
