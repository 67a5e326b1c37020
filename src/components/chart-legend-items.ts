import type { LegendItem } from '../export/legend-item';
import type { Translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { formatPercent, formatValue } from '../i18n/format';
import { targetCell } from '../i18n/target-text';
import { targetForYear } from '../kpi/kpi-definitions';
import { isAmountMeasure } from '../kpi/measure';
import { CHART_COLORS } from './chart-colors';
import { targetZones } from './chart-zones';
import type { KpiChartProps } from './kpi-chart-props';

/** The chart's legend, on screen and in the exported figure alike: target and baseline with their values. */
export function chartLegend(props: KpiChartProps, t: Translate, locale: Locale): LegendItem[] {
  const { definition, rows, target, targetYear, baseline, targetMode = 'reference', showPreviousYear = false, valueLabel } = props;
  const isFlow = isAmountMeasure(definition.measure);
  const isStep = targetMode === 'step';
  const zones = targetZones(rows, rows, { isStep, target, targetYear, definition });
  const kind = targetForYear(definition, targetYear)?.kind ?? null;
  const targetLabel =
    !isStep && target !== null && kind !== null
      ? kind === 'growth-at-least'
        ? t('chart.targetGrowth', { value: formatPercent(target, locale) })
        : t('chart.target', { value: targetCell(target, kind, definition.unit, locale) })
      : t('chart.colTarget');
  return chartLegendItems({
    t,
    isFlow,
    isCumulative: definition.measure === 'ytd-cumulative',
    hasProjection: rows.some((row) => row.projection !== null),
    hasProvisional: rows.some((row) => row.isProvisional && row.value !== null),
    hasTarget: zones.length > 0 || (isStep && rows.some((row) => row.target !== null)),
    targetLabel,
    hasZones: zones.length > 0,
    baseline: !isFlow && !isStep && baseline !== null ? { year: baseline.year, label: t('chart.baseline', { year: baseline.year, value: formatValue(baseline.value, definition.unit, locale) }) } : null,
    showPreviousYear,
    valueLabel,
  });
}

/** The legend of a chart, shared by the screen (HTML) and the exported figure (SVG). */
export function chartLegendItems({
  t,
  isFlow,
  isCumulative = false,
  hasProjection,
  hasProvisional = false,
  hasTarget,
  targetLabel,
  hasZones = false,
  baseline,
  showPreviousYear,
  valueLabel,
}: {
  valueLabel?: string | undefined;
  t: Translate;
  /** Drawn as amounts (bars) with the year-to-date growth line. */
  isFlow: boolean;
  /** The bars are year-to-date totals at published checkpoints, not monthly amounts. */
  isCumulative?: boolean;
  hasProjection: boolean;
  /** A provisional figure is drawn (a hollow dot, a pale bar). */
  hasProvisional?: boolean;
  hasTarget: boolean;
  /** The target's entry, with its value where one target is drawn ("目标 ≤ 16.0 个月"). */
  targetLabel?: string;
  /** The met zone and the at-risk band are drawn behind the series. */
  hasZones?: boolean;
  /** The baseline's entry, with its value ("2019年基线 17.3 个月"). */
  baseline: { year: number; label: string } | null;
  showPreviousYear: boolean;
}): LegendItem[] {
  const items: LegendItem[] = [
    isFlow
      ? { key: 'value', label: valueLabel ?? t(isCumulative ? 'chart.cumulative' : 'chart.monthly'), color: CHART_COLORS.bars, swatch: 'bar' }
      : { key: 'value', label: valueLabel ?? t('chart.series'), color: CHART_COLORS.series, swatch: 'line' },
  ];
  if (hasProjection) {
    items.push(
      isFlow
        ? { key: 'projection', label: t(isCumulative ? 'chart.projectedYear' : 'chart.projectedMonthly'), color: CHART_COLORS.projection, swatch: 'bar-outline' }
        : { key: 'projection', label: t('chart.projection'), color: CHART_COLORS.projection, swatch: 'dashed' },
    );
  }
  if (hasProvisional) {
    items.push({ key: 'provisional', label: t('card.provisional'), color: isFlow ? CHART_COLORS.bars : CHART_COLORS.series, swatch: isFlow ? 'bar-pale' : 'dot-hollow' });
  }
  if (showPreviousYear) items.push({ key: 'previous', label: t('chart.previousYear'), color: CHART_COLORS.previous, swatch: 'dotted' });
  if (isFlow) items.push({ key: 'growth', label: t('chart.ytdGrowth'), color: CHART_COLORS.growth, swatch: 'line' });
  if (hasTarget) items.push({ key: 'target', label: targetLabel ?? t('chart.colTarget'), color: CHART_COLORS.target, swatch: 'line' });
  if (hasZones) {
    items.push({ key: 'zone-met', label: t('chart.zoneMet'), color: CHART_COLORS.zoneMet, swatch: 'area' });
    items.push({ key: 'zone-risk', label: t('chart.zoneRisk'), color: CHART_COLORS.zoneRisk, swatch: 'area' });
  }
  if (baseline !== null) items.push({ key: 'baseline', label: baseline.label, color: CHART_COLORS.baseline, swatch: 'dotted' });
  return items;
}
