import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import type { CsvCell, CsvTable } from './csv';
import { exactSum } from '../kpi/exact-sum';

/**
 * The rows behind a chart as a CSV table, at full precision: values are the feed's numbers (or
 * their exact sums), never rounded or converted, so the file parses back to what the feed said.
 * Headers are in the page's language; periods are machine-readable (`2020-06`, `2020-Q1`, `2020`).
 */
export function chartCsvTable(definition: KpiDefinition, rows: readonly ChartRow[], locale: Locale, { hasPreviousYear = false, hasPeriodGrowth = false } = {}): CsvTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const isFlow = definition.measure === 'monthly-flow';
  // A quarter or year cut by the range says how many of its months it holds.
  const hasPartial = rows.some((row) => row.partialMonths !== null);
  const header = [
    t('csv.period'),
    ...(hasPartial ? [t('csv.monthsInPeriod')] : []),
    t('csv.value'),
    t('csv.unit'),
    isFlow ? t('csv.targetGrowth') : t('csv.targetCycle'),
    isFlow ? t('csv.gapGrowth') : t('csv.gapCycle'),
    ...(isFlow ? [t('csv.ytdGrowth')] : []),
    ...(hasPeriodGrowth ? [t('csv.periodGrowth')] : []),
    ...(hasPreviousYear ? [t('csv.previousYear')] : []),
    t('csv.provisional'),
    t('csv.projection'),
  ];
  const unit = t(`csv.unit.${definition.unit}`);
  const body = rows
    .filter((row) => row.value !== null || row.projection !== null || row.previousYearValue !== null)
    .map((row): CsvCell[] => {
      const compared = isFlow ? row.ytdGrowthPercent : row.value;
      // Subtracted at the operands' precision: 15.2 − 16 is −0.8, not −0.8000000000000007.
      const gap = compared !== null && row.target !== null ? exactSum([compared, -row.target]) : null;
      return [
        row.period,
        ...(hasPartial ? [row.partialMonths ?? (/-Q[1-4]$/.test(row.period) ? 3 : 12)] : []),
        row.value,
        unit,
        row.target,
        gap,
        ...(isFlow ? [row.ytdGrowthPercent] : []),
        ...(hasPeriodGrowth ? [row.periodGrowthPercent] : []),
        ...(hasPreviousYear ? [row.previousYearValue] : []),
        row.value === null ? null : row.isProvisional ? t('csv.yes') : t('csv.no'),
        row.value === null ? row.projection : null,
      ];
    });
  return { header, rows: body };
}
