import type { ChartRow } from '../kpi/chart-rows';
import type { KpiUnit } from '../kpi/kpi-definitions';
import { formatNumber, formatPercent } from '../i18n/format';
import type { Translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';

/** What a table row holds: reported, provisional, projected or missing, in words. */
export function rowKindLabel(row: ChartRow, t: Translate): string {
  if (row.value !== null) return row.isProvisional ? t('chart.kindProvisional') : t('chart.kindActual');
  return row.projection !== null ? t('chart.kindProjection') : t('chart.kindMissing');
}

/** A row's target as a table cell: "≤ 16.0" for a cycle, "≥ 20.0%" for growth, "—" for none. */
export function targetCell(target: number | null, isFlow: boolean, unit: KpiUnit, locale: Locale): string {
  if (target === null) return '—';
  return isFlow ? `≥ ${formatPercent(target, locale)}` : `≤ ${formatNumber(target, unit, locale)}`;
}

/** A row's value (or, for a projected month, its projection) as a table cell. */
export function valueCell(row: ChartRow, unit: KpiUnit, locale: Locale): string {
  const shown = row.value ?? row.projection;
  return shown === null ? '—' : formatNumber(shown, unit, locale);
}
