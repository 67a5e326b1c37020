import { useLayoutEffect, useRef, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TooltipContentProps } from 'recharts';
import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { targetForYear } from '../kpi/kpi-definitions';
import { isAmountMeasure } from '../kpi/measure';
import { targetCell } from '../i18n/target-text';
import { isPeriod } from '../kpi/period';
import { formatEstimate, formatGrowth, formatNumber, formatPercent, formatPeriod, formatPeriodShort, formatSource, formatValue } from '../i18n/format';
import { describeRevision } from '../i18n/revision-text';
import { useI18n } from '../i18n/i18n-context';
import type { LegendItem } from '../export/legend-item';
import { CHART_COLORS } from './chart-colors';
import { chartDomain } from './chart-domain';
import { chartLegendItems } from './chart-legend-items';
import { downsampleWithGaps } from '../kpi/downsample';

export interface KpiChartProps {
  /** The year the target applies to: its line spans that year only. */
  targetYear: number;
  definition: KpiDefinition;
  rows: readonly ChartRow[];
  /** The target of the as-of year: a cycle's limit (months) or the growth target (%). */
  target: number | null;
  baseline: { year: number; value: number } | null;
  /** Pixels, or `fill` to take the height of a sized parent (the presenter's slides). */
  height?: number | 'fill';
  /** Formats an x-axis key (a month by default; the detail view passes quarters and years). */
  formatX?: (key: string) => string;
  /** `reference`: one line over the target year; `step`: each period's own target, as a step line. */
  targetMode?: 'reference' | 'step';
  /** Draws `previousYearValue` as a dotted overlay. */
  showPreviousYear?: boolean;
  /** Projector sizes: larger text and thicker lines. */
  large?: boolean;
  /** Name of the plotted value when it is not a month's (e.g. a quarter's amount). */
  valueLabel?: string;
  /** Notable events, marked by number at their period. */
  annotations?: readonly { x: string; label: string }[];
}

/**
 * A KPI's series against its target: review cycles as a line with the target and 2019 baseline
 * as labelled reference lines; pledge financing as monthly bars with the year-to-date growth line
 * against the growth target. Projections are dashed and named as projections; missing months are
 * gaps.
 */
export function KpiChart({
  definition,
  rows,
  target,
  targetYear,
  baseline,
  height = 260,
  formatX,
  targetMode = 'reference',
  showPreviousYear = false,
  annotations = [],
  valueLabel,
  large = false,
}: KpiChartProps) {
  const { locale, t } = useI18n();
  const { unit } = definition;
  const isFlow = isAmountMeasure(definition.measure);
  const isCumulative = definition.measure === 'ytd-cumulative';
  // A growth target reads on the growth axis (%), a level on the value axis: never the wrong one.
  const targetKind = targetForYear(definition, targetYear)?.kind ?? null;
  const wrapperRef = useRef<HTMLDivElement>(null);
  // null until the wrapper has been measured: the first paint is at a guessed width.
  const [measuredWidth, setMeasuredWidth] = useState<number | null>(null);
  const width = measuredWidth ?? 800;
  useLayoutEffect(() => {
    const element = wrapperRef.current;
    if (element === null) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined && entry.contentRect.width > 0) setMeasuredWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // About two points per pixel are drawn; the table and the exports keep every row.
  const drawn = downsampleWithGaps(rows, drawnValue, Math.max(200, Math.round(width * 2))).map((row) => ({
    ...row,
    targetOnGrowth: row.targetKind === 'growth-at-least' ? row.target : null,
    targetOnValue: row.targetKind !== null && row.targetKind !== 'growth-at-least' ? row.target : null,
    growthEvenYear: Number(row.period.slice(0, 4)) % 2 === 0 ? row.ytdGrowthPercent : null,
    growthOddYear: Number(row.period.slice(0, 4)) % 2 === 1 ? row.ytdGrowthPercent : null,
  }));
  // A dot per month helps read a couple of years; on a dense line it is thousands of nodes of noise.
  const showDots = drawn.length <= MAX_POINTS_WITH_DOTS;
  const hasProjection = rows.some((row) => row.projection !== null);
  const tickFormatter = formatX ?? ((period: string) => formatPeriodShort(period, locale));
  const isStep = targetMode === 'step';
  const fontSize = large ? 20 : 12;
  const lineWidth = large ? 4 : 2;
  const hasStepTarget = isStep && rows.some((row) => row.target !== null && (isFlow || row.targetKind !== 'growth-at-least'));
  // The target applies to its own year, not to the year before it shown for context.
  // Keys are `YYYY-MM`, `YYYY-Qn` or `YYYY`: the year is always the first four characters.
  const targetYearRows = rows.filter((row) => Number(row.period.slice(0, 4)) === targetYear);
  // No row of the target's year in view: no line, rather than one year's target over another.
  const hasTargetLine = target !== null && targetKind !== null && targetYearRows.length > 0 && (isFlow || targetKind !== 'growth-at-least');
  const targetSegment = (y: number): [{ x?: string; y: number }, { x?: string; y: number }] => [
    { x: targetYearRows[0]?.period, y },
    { x: targetYearRows.at(-1)?.period, y },
  ];
  // The same lines in both kinds of chart; only the axis (growth % or the value) and the label differ.
  const previousYearLine = showPreviousYear ? (
    <Line yAxisId="value" dataKey="previousYearValue" name={t('chart.previousYear')} stroke={CHART_COLORS.previous} strokeWidth={lineWidth} strokeDasharray="2 3" dot={false} connectNulls={false} isAnimationActive={false} />
  ) : null;
  const targetAxis = targetKind === 'growth-at-least' ? 'growth' : 'value';
  const hasGrowthSteps = isFlow && rows.some((row) => row.targetKind === 'growth-at-least');
  const hasLevelSteps = rows.some((row) => row.targetKind !== null && row.targetKind !== 'growth-at-least');
  const targetLine = isStep ? (
    <>
      {hasGrowthSteps ? (
        <Line yAxisId="growth" type="stepAfter" dataKey="targetOnGrowth" name={t('chart.colTarget')} stroke={CHART_COLORS.target} strokeWidth={lineWidth} dot={false} connectNulls={false} isAnimationActive={false} />
      ) : null}
      {hasLevelSteps ? (
        <Line yAxisId="value" type="stepAfter" dataKey="targetOnValue" name={t('chart.colTarget')} stroke={CHART_COLORS.target} strokeWidth={lineWidth} dot={false} connectNulls={false} isAnimationActive={false} />
      ) : null}
    </>
  ) : hasTargetLine && target !== null && targetKind !== null ? (
    <ReferenceLine
      yAxisId={targetAxis}
      segment={targetSegment(target)}
      stroke={CHART_COLORS.target}
      strokeWidth={lineWidth}
      label={{
        value: targetKind === 'growth-at-least' ? t('chart.targetGrowth', { value: formatPercent(target, locale) }) : t('chart.target', { value: targetCell(target, targetKind, unit, locale) }),
        position: isFlow ? 'insideTopLeft' : 'insideTopRight',
        fill: CHART_COLORS.target,
        fontSize,
      }}
    />
  ) : null;
  const legend = chartLegendItems({
    t,
    isFlow,
    isCumulative,
    hasProjection,
    hasTarget: hasTargetLine || hasStepTarget,
    baselineYear: !isFlow && !isStep ? (baseline?.year ?? null) : null,
    showPreviousYear,
    valueLabel,
  });

  const valueDomain = chartDomain(
    rows.flatMap((row) => [row.value, row.projection, showPreviousYear ? row.previousYearValue : null, row.targetKind !== 'growth-at-least' ? row.target : null]),
    isFlow ? [0, targetAxis === 'value' ? target : null] : [target, baseline?.value ?? null],
  );
  const growthDomain = chartDomain(
    rows.flatMap((row) => [row.ytdGrowthPercent, row.targetKind === 'growth-at-least' ? row.target : null]),
    [0, targetAxis === 'growth' ? target : null],
  );

  return (
    // `data-drawn`: drawn at its measured width, so tests (and screenshots) can wait for the
    // final layout instead of sleeping.
    <div className={height === 'fill' ? 'kpi-chart kpi-chart-fill' : 'kpi-chart'} ref={wrapperRef} data-drawn={measuredWidth !== null}>
      <ResponsiveContainer width="100%" height={height === 'fill' ? '100%' : height} className="kpi-chart-plot">
        <ComposedChart data={drawn} margin={{ top: 16, right: isFlow ? 8 : 24, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="period" tickFormatter={tickFormatter} minTickGap={16} tick={{ fill: CHART_COLORS.axis, fontSize }} />
          <YAxis
            yAxisId="value"
            domain={valueDomain.domain}
            ticks={valueDomain.ticks}
            interval={0}
            allowDataOverflow={false}
            tickFormatter={(value: number) => formatNumber(value, unit, locale)}
            tick={{ fill: CHART_COLORS.axis, fontSize }}
            width={large ? 90 : 56}
          />
          {isFlow ? (
            <YAxis
              yAxisId="growth"
              orientation="right"
              domain={growthDomain.domain}
              ticks={growthDomain.ticks}
              interval={0}
              tickFormatter={(value: number) => formatPercent(value, locale)}
              tick={{ fill: CHART_COLORS.growth, fontSize }}
              width={large ? 90 : 56}
            />
          ) : null}
          <Tooltip content={<ChartTooltip definition={definition} />} />

          {isFlow ? (
            <>
              <Bar yAxisId="value" dataKey="value" name={valueLabel ?? t(isCumulative ? 'chart.cumulative' : 'chart.monthly')} fill={CHART_COLORS.bars} stackId="month" isAnimationActive={false} />
              {hasProjection ? (
                <Bar
                  yAxisId="value"
                  dataKey="projection"
                  name={t(isCumulative ? 'chart.projectedYear' : 'chart.projectedMonthly')}
                  fill="#ffffff"
                  stroke={CHART_COLORS.projection}
                  strokeDasharray="4 3"
                  stackId="month"
                  isAnimationActive={false}
                />
              ) : null}
              {isCumulative ? (
                // Checkpoints (Q1, H1, Jan–Oct, the year) are the only points of a cumulative series:
                // they are joined within a year, never across one (each year's growth starts afresh).
                (['growthEvenYear', 'growthOddYear'] as const).map((key) => (
                  <Line key={key} yAxisId="growth" dataKey={key} name={t('chart.ytdGrowth')} stroke={CHART_COLORS.growth} strokeWidth={lineWidth} dot={{ r: large ? 4 : 2.5 }} connectNulls isAnimationActive={false} />
                ))
              ) : (
                <Line
                  yAxisId="growth"
                  dataKey="ytdGrowthPercent"
                  name={t('chart.ytdGrowth')}
                  stroke={CHART_COLORS.growth}
                  strokeWidth={lineWidth}
                  dot={showDots ? { r: 2 } : false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              )}
              {previousYearLine}
              {targetLine}
            </>
          ) : (
            <>
              {previousYearLine}
              {baseline !== null && !isStep ? (
                <ReferenceLine
                  yAxisId="value"
                  y={baseline.value}
                  stroke={CHART_COLORS.baseline}
                  strokeDasharray="2 3"
                  label={{ value: t('chart.baseline', { year: baseline.year, value: formatValue(baseline.value, unit, locale) }), position: 'insideBottomLeft', fill: CHART_COLORS.baseline, fontSize }}
                />
              ) : null}
              {targetLine}
              <Line
                yAxisId="value"
                dataKey="value"
                name={valueLabel ?? t('chart.series')}
                stroke={CHART_COLORS.series}
                strokeWidth={lineWidth}
                dot={showDots ? { r: 2.5 } : false}
                connectNulls={false}
                isAnimationActive={false}
              />
              {hasProjection ? (
                <Line
                  yAxisId="value"
                  dataKey="projection"
                  name={t('chart.projection')}
                  stroke={CHART_COLORS.projection}
                  strokeWidth={lineWidth}
                  strokeDasharray="6 4"
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ) : null}
            </>
          )}
          {groupAnnotations(annotations).map(({ x, numbers }) => (
            <ReferenceLine
              key={x}
              yAxisId="value"
              x={x}
              stroke={CHART_COLORS.annotation}
              strokeDasharray="1 3"
              label={{ value: `(${numbers.join(',')})`, position: 'insideTopLeft', fill: CHART_COLORS.annotation, fontSize }}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </div>
  );
}

const MAX_POINTS_WITH_DOTS = 72;

function drawnValue(row: ChartRow): number | null {
  return row.value ?? row.projection ?? row.previousYearValue ?? row.ytdGrowthPercent;
}

/** Events in the same period share one marker, numbered as in the list below the chart. */
function groupAnnotations(annotations: readonly { x: string; label: string }[]): { x: string; numbers: number[] }[] {
  const groups = new Map<string, number[]>();
  annotations.forEach((annotation, index) => {
    groups.set(annotation.x, [...(groups.get(annotation.x) ?? []), index + 1]);
  });
  return [...groups].map(([x, numbers]) => ({ x, numbers }));
}

const SWATCH_CLASS: Record<LegendItem['swatch'], string> = {
  line: 'legend-line',
  dashed: 'legend-dashed',
  dotted: 'legend-dotted',
  bar: 'legend-bar',
  'bar-outline': 'legend-bar-dashed',
};

function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className={`legend-swatch ${SWATCH_CLASS[item.swatch]}`} style={{ borderColor: item.color, backgroundColor: item.swatch === 'bar' ? item.color : undefined }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

// recharts clones the `content` element with the tooltip's state as props.
function ChartTooltip({ active, payload, label, definition }: Partial<TooltipContentProps> & { definition: KpiDefinition }) {
  const { locale, t } = useI18n();
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || row === undefined || typeof label !== 'string') return null;
  const { unit } = definition;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{isPeriod(label) ? formatPeriod(label, locale) : label}</p>
      <dl>
        {row.value !== null ? (
          <>
            <dt>{definition.measure === 'monthly-flow' ? t('chart.monthly') : definition.measure === 'ytd-cumulative' ? t('chart.cumulative') : t('chart.series')}</dt>
            <dd>
              {row.isProvisional ? t('pattern.parenthetical', { text: formatValue(row.value, unit, locale), note: t('chart.provisional') }) : formatValue(row.value, unit, locale)}
            </dd>
          </>
        ) : null}
        {row.value !== null && row.revision !== null ? (
          <>
            <dt>{t('revision.tag')}</dt>
            <dd>{describeRevision(row.revision, unit, locale)}</dd>
          </>
        ) : null}
        {row.value === null && row.projection === null ? (
          <>
            <dt>{t('chart.series')}</dt>
            <dd>{t('chart.kindMissing')}</dd>
          </>
        ) : null}
        {row.projection !== null && row.value === null ? (
          <>
            <dt>{t('chart.kindProjection')}</dt>
            <dd>{formatEstimate(row.projection, unit, locale)}</dd>
          </>
        ) : null}
        {row.ytdGrowthPercent !== null ? (
          <>
            <dt>{t('chart.ytdGrowth')}</dt>
            <dd>
              {formatGrowth(row.ytdGrowthPercent, locale)}
              {row.growthSource === 'published' ? t('chart.growthPublished') : ''}
            </dd>
          </>
        ) : null}
        {row.previousYearValue !== null ? (
          <>
            <dt>{t('chart.previousYear')}</dt>
            <dd>{formatValue(row.previousYearValue, unit, locale)}</dd>
          </>
        ) : null}
        {row.target !== null ? (
          <>
            <dt>{t('chart.colTarget')}</dt>
            <dd>{row.targetKind === null ? formatValue(row.target, unit, locale) : targetCell(row.target, row.targetKind, unit, locale)}</dd>
          </>
        ) : null}
        {row.source !== null && row.value !== null ? (
          <>
            <dt>{t('chart.colSource')}</dt>
            <dd className="chart-tooltip-source">{formatSource(row.source, locale)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
