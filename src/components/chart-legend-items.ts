import type { LegendItem } from '../export/legend-item';
import type { Translate } from '../i18n/i18n-context';
import { CHART_COLORS } from './chart-colors';

/** The legend of a chart, shared by the screen (HTML) and the exported figure (SVG). */
export function chartLegendItems({
  t,
  isFlow,
  isCumulative = false,
  hasProjection,
  hasTarget,
  baselineYear,
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
  hasTarget: boolean;
  baselineYear: number | null;
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
  if (showPreviousYear) items.push({ key: 'previous', label: t('chart.previousYear'), color: CHART_COLORS.previous, swatch: 'dotted' });
  if (isFlow) items.push({ key: 'growth', label: t('chart.ytdGrowth'), color: CHART_COLORS.growth, swatch: 'line' });
  if (hasTarget) items.push({ key: 'target', label: t('chart.colTarget'), color: CHART_COLORS.target, swatch: 'line' });
  if (baselineYear !== null) {
    items.push({ key: 'baseline', label: t('chart.baselineLegend', { year: baselineYear }), color: CHART_COLORS.baseline, swatch: 'dotted' });
  }
  return items;
}
