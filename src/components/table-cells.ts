import type { ChartRow } from '../kpi/chart-rows';
import type { KpiUnit } from '../kpi/kpi-definitions';
import { formatEstimateNumber, formatGrowth, formatNumber, formatSource } from '../i18n/format';
import { targetCell as describeTargetValue } from '../i18n/target-text';
import type { Translate } from '../i18n/i18n-context';
import { describeRevision } from '../i18n/revision-text';
import type { Locale } from '../i18n/locale';

/** What a table row holds: reported, provisional, projected or missing, in words; a revised figure says what it was. */
export function rowKindLabel(row: ChartRow, t: Translate, unit: KpiUnit, locale: Locale): string {
  if (row.value !== null) {
    const kind = row.isProvisional ? t('chart.kindProvisional') : t('chart.kindActual');
    return row.revision === null ? kind : t('revision.kind', { kind, detail: describeRevision(row.revision, unit, locale) });
  }
  return row.projection !== null ? t('chart.kindProjection') : t('chart.kindMissing');
}

/**
 * A row's target as a table cell, in the column's unit: "≤ 16.0" for a cycle's level, "≥ 3,200.0"
 * for an amount's, "≥ 20.0%" for a growth target, "—" for none.
 */
export function targetCell(row: Pick<ChartRow, 'target' | 'targetKind'>, unit: KpiUnit, locale: Locale): string {
  return row.target === null || row.targetKind === null ? '—' : describeTargetValue(row.target, row.targetKind, unit, locale, { withUnit: false });
}

/** A row's year-to-date growth, marked when it is the publisher's own figure. */
export function growthCell(row: Pick<ChartRow, 'ytdGrowthPercent' | 'growthSource'>, t: Translate, locale: Locale): string {
  if (row.ytdGrowthPercent === null) return '—';
  return `${formatGrowth(row.ytdGrowthPercent, locale)}${row.growthSource === 'published' ? t('chart.growthPublished') : ''}`;
}

/** Where a row's figure was published, or "—". */
export function sourceCell(row: Pick<ChartRow, 'source' | 'value'>, locale: Locale): string {
  return row.source === null || row.value === null ? '—' : formatSource(row.source, locale);
}

/** A row's value or, for a projected month, its projection at an estimate's precision (as on the card). */
export function valueCell(row: ChartRow, unit: KpiUnit, locale: Locale): string {
  if (row.value !== null) return formatNumber(row.value, unit, locale);
  return row.projection === null ? '—' : formatEstimateNumber(row.projection, unit, locale);
}
