import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { isAmountMeasure } from '../kpi/measure';
import { targetCell } from '../i18n/target-text';
import { isPeriod } from '../kpi/period';
import { formatEstimate, formatGrowth, formatPeriod, formatPeriodShort, formatSource, formatTick, formatValue } from '../i18n/format';
import { describeRevision } from '../i18n/revision-text';
import { useI18n } from '../i18n/i18n-context';
import type { LegendItem } from '../export/legend-item';
import { CHART_COLORS } from './chart-colors';
import { chartDomain, estimateTextWidth, evenTimeTicks, tickStep, ticksForHeight } from './chart-domain';
import { chartLegend } from './chart-legend-items';
import type { KpiChartProps } from './kpi-chart-props';
import { targetZones } from './chart-zones';
import type { TargetZone } from './chart-zones';
import { downsampleWithGaps } from '../kpi/downsample';
import { DenseLines } from './dense-lines';
import { useChartTurn } from './chart-turns';
import type { DenseLine, DenseMarker } from './dense-lines';

export type { KpiChartProps } from './kpi-chart-props';

/**
 * A KPI's series against its target. Review cycles: a line, with the target as a line over a
 * shaded "met" zone and an "at risk" band, and the 2019 baseline dotted. Amounts (pledge
 * financing): two panels on one time axis, each with one y-axis, so no target can be read against
 * the wrong scale: the amounts as bars above, the year-to-date growth below with its growth target
 * and zones. Projections are dashed and named as projections; missing months are gaps. Target
 * and baseline are named in the legend (with their values), never by a label the series crosses.
 */
export function KpiChart(props: KpiChartProps) {
  const { definition, height: heightProp } = props;
  const { locale, t } = useI18n();
  // Amounts draw two panels: a little more room than one line chart.
  const height = heightProp ?? (isAmountMeasure(definition.measure) ? 300 : 260);
  const wrapperRef = useRef<HTMLDivElement>(null);
  // null until the wrapper has been measured: nothing is drawn at a guessed size, only to be
  // drawn again once measured.
  const [measured, setMeasured] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = wrapperRef.current;
    if (element === null) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined && entry.contentRect.width > 0) setMeasured({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Charts are drawn one per task (see chart-turns.ts): four charts at once were one long task.
  const hasTurn = useChartTurn(measured !== null);
  const isDrawn = measured !== null && hasTurn;
  const legend = chartLegend(props, t, locale);
  return (
    // `data-drawn`: drawn at its measured width, so tests (and screenshots) can wait for the
    // final layout instead of sleeping. Until then the plots keep the chart's height.
    <div className={height === 'fill' ? 'kpi-chart kpi-chart-fill' : 'kpi-chart'} data-drawn={isDrawn}>
      <div className="kpi-chart-plots" ref={wrapperRef} style={isDrawn || height === 'fill' ? undefined : { minHeight: height }}>
        {isDrawn ? <KpiChartPlots {...props} height={height} width={measured.width} measuredHeight={measured.height} /> : null}
      </div>
      <ChartLegend items={legend} />
    </div>
  );
}

/** The chart's panels (one, or two for amounts), drawn at a measured width. */
function KpiChartPlots(props: KpiChartProps & { height: number | 'fill'; width: number; measuredHeight: number }) {
  const { definition, rows, target, targetYear, baseline, height, width, measuredHeight, formatX, targetMode = 'reference', showPreviousYear = false, annotations = [], valueLabel, large = false } = props;
  const { locale, t } = useI18n();
  const { unit } = definition;
  const isFlow = isAmountMeasure(definition.measure);
  const isCumulative = definition.measure === 'ytd-cumulative';
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
  // Past DENSE_FROM drawn points a line chart draws its lines itself (dense-lines.tsx): recharts
  // gets a skeleton of rows on a numeric axis of row indices, for its axes and tooltip.
  const isDense = !isFlow && drawn.length > DENSE_FROM;
  const rowIndex = isDense ? new Map(rows.map((row, index) => [row.period, index])) : null;
  const xOf = (period: string): string | number => rowIndex?.get(period) ?? period;
  const singlePanelData: readonly object[] = rowIndex !== null ? denseSkeleton(rows) : drawn;
  const hasProjection = rows.some((row) => row.projection !== null);
  const tickFormatter = formatX ?? ((period: string) => formatPeriodShort(period, locale));
  const isStep = targetMode === 'step';
  const fontSize = large ? 28 : 12;
  const lineWidth = large ? 4 : 2;
  const axisWidth = large ? 120 : 56;
  const zones = targetZones(rows, drawn, { isStep, target, targetYear, definition });

  // Heights: a fixed height is shared by the panels; `fill` takes the measured height of the slide.
  const totalHeight = height === 'fill' ? Math.max(160, measuredHeight) : height;
  // The growth panel takes two fifths: enough for three round ticks at any size.
  const valueHeight = isFlow ? Math.round(totalHeight * 0.58) : totalHeight;
  const growthHeight = isFlow ? totalHeight - valueHeight : 0;
  const xAxisHeight = fontSize * 2.5;
  // Evenly stepped month (quarter, year) ticks, as many as fit the plot's width.
  const sampleLabels = [drawn[0], drawn[Math.floor(drawn.length / 2)], drawn.at(-1)].flatMap((row) => (row === undefined ? [] : [tickFormatter(row.period)]));
  const labelWidth = Math.max(...sampleLabels.map((label) => estimateTextWidth(label, fontSize)), fontSize * 2);
  const plotWidth = Math.max(60, width - axisWidth - 32 - labelWidth);
  // A dense chart's numeric axis can put a tick on any row, not only on the drawn ones.
  const xTicks = evenTimeTicks(
    (isDense ? rows : drawn).map((row) => row.period),
    Math.floor(plotWidth / (labelWidth + fontSize * 1.5)),
  );

  const valueZones = zones.filter((zone) => zone.axis === 'value');
  const growthZones = zones.filter((zone) => zone.axis === 'growth');
  const valueDomain = chartDomain(
    rows.flatMap((row) => [row.value, row.projection, showPreviousYear ? row.previousYearValue : null, row.targetKind !== 'growth-at-least' ? row.target : null]),
    [...(isFlow ? [0] : [baseline?.value ?? null]), ...valueZones.flatMap((zone) => zone.riskBand)],
    ticksForHeight(valueHeight - (isFlow ? fontSize * 2 : xAxisHeight), fontSize),
  );
  const growthDomain = chartDomain(
    rows.flatMap((row) => [row.ytdGrowthPercent, row.targetKind === 'growth-at-least' ? row.target : null]),
    [0, ...growthZones.flatMap((zone) => zone.riskBand)],
    ticksForHeight(growthHeight - xAxisHeight - fontSize, fontSize),
  );

  const xPadding = { left: Math.round(labelWidth / 2), right: Math.round(labelWidth / 2) };
  const xAxis = (hide: boolean) =>
    rowIndex !== null ? (
      <XAxis
        type="number"
        dataKey="t"
        domain={[0, Math.max(1, rows.length - 1)]}
        allowDecimals={false}
        ticks={xTicks.flatMap((period) => rowIndex.get(period) ?? [])}
        interval={0}
        tickFormatter={(index: number) => tickFormatter(rows[index]?.period ?? '')}
        tick={{ fill: CHART_COLORS.axis, fontSize }}
        height={hide ? 0 : xAxisHeight}
        hide={hide}
        padding={xPadding}
      />
    ) : (
      // Half a label of padding at each end: the first label clears the y axis's lowest tick, the last stays inside.
      <XAxis dataKey="period" ticks={xTicks} interval={0} tickFormatter={tickFormatter} tick={{ fill: CHART_COLORS.axis, fontSize }} height={hide ? 0 : xAxisHeight} hide={hide} padding={xPadding} />
    );
  const targetLines = (axis: 'value' | 'growth') => {
    if (isStep) {
      const key = axis === 'growth' ? 'targetOnGrowth' : 'targetOnValue';
      if (!drawn.some((row) => row[key] !== null)) return null;
      // Dense: drawn with the other lines (denseLines).
      if (isDense) return null;
      return <Line yAxisId={axis} type="stepAfter" dataKey={key} name={t('chart.colTarget')} stroke={CHART_COLORS.target} strokeWidth={lineWidth} dot={false} connectNulls={false} isAnimationActive={false} />;
    }
    return zones
      .filter((zone) => zone.axis === axis)
      .map((zone) => <ReferenceLine key={`target-${zone.year}`} yAxisId={axis} segment={[{ x: xOf(zone.x1), y: zone.target }, { x: xOf(zone.x2), y: zone.target }]} stroke={CHART_COLORS.target} strokeWidth={lineWidth} />);
  };
  const previousYearLine = showPreviousYear ? (
    <Line yAxisId="value" dataKey="previousYearValue" name={t('chart.previousYear')} stroke={CHART_COLORS.previous} strokeWidth={lineWidth} strokeDasharray="2 3" dot={false} connectNulls={false} isAnimationActive={false} />
  ) : null;
  // Markers of events close together are set on rows below one another, never over each other.
  const positions = new Map(drawn.map((row, index) => [row.period, index]));
  const markers = stackMarkers(
    groupAnnotations(annotations).map(({ x, numbers }) => {
      const text = `(${numbers.join(',')})`;
      return { x, text, at: ((positions.get(x) ?? 0) / Math.max(1, drawn.length - 1)) * plotWidth, width: estimateTextWidth(text, fontSize) + fontSize };
    }),
  );
  const annotationLines = markers.map(({ x, text, row }) => (
    <ReferenceLine
      key={x}
      yAxisId="value"
      x={xOf(x)}
      stroke={CHART_COLORS.annotation}
      strokeDasharray="1 3"
      label={{ value: text, position: 'insideTopLeft', fill: CHART_COLORS.annotation, fontSize, dy: row * Math.round(fontSize * 1.3) }}
    />
  ));
  const valueAxis = (
    <YAxis
      yAxisId="value"
      domain={valueDomain.domain}
      ticks={valueDomain.ticks}
      interval={0}
      allowDataOverflow={false}
      tickFormatter={(value: number) => formatTick(value, tickStep(valueDomain.ticks), unit, locale)}
      tick={{ fill: CHART_COLORS.axis, fontSize }}
      width={axisWidth}
    />
  );
  const margin = { top: large ? 24 : 16, right: 24, bottom: 4, left: 4 };
  const syncId = useId();

  return isFlow ? (
        <>
          <div className="kpi-chart-plot" data-panel="value">
            <ComposedChart width={width} height={valueHeight} data={drawn} margin={{ ...margin, bottom: Math.round(fontSize * 0.75) }} syncId={syncId}>
              <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
              {xAxis(true)}
              {valueAxis}
              <Tooltip content={<ChartTooltip definition={definition} />} />
              {zoneAreas(valueZones, 'value', valueDomain.domain, xOf)}
              <Bar yAxisId="value" dataKey="value" name={valueLabel ?? t(isCumulative ? 'chart.cumulative' : 'chart.monthly')} fill={CHART_COLORS.bars} stackId="month" isAnimationActive={false}>
                {/* A provisional figure is a pale bar with a solid outline: it may still be revised. */}
                {drawn.map((row) => (
                  <Cell key={row.period} fill={row.isProvisional ? CHART_COLORS.provisional : CHART_COLORS.bars} stroke={CHART_COLORS.bars} strokeWidth={row.isProvisional ? 2 : 0} className={row.isProvisional ? 'bar-provisional' : undefined} />
                ))}
              </Bar>
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
              {previousYearLine}
              {targetLines('value')}
              {annotationLines}
            </ComposedChart>
          </div>
          <div className="kpi-chart-plot" data-panel="growth">
            <ComposedChart width={width} height={growthHeight} data={drawn} margin={{ ...margin, top: Math.round(fontSize * 0.9) }} syncId={syncId}>
              <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
              {xAxis(false)}
              <YAxis
                yAxisId="growth"
                domain={growthDomain.domain}
                ticks={growthDomain.ticks}
                interval={0}
                tickFormatter={(value: number) => formatTick(value, tickStep(growthDomain.ticks), 'percent', locale)}
                tick={{ fill: CHART_COLORS.growth, fontSize }}
                width={axisWidth}
              />
              <Tooltip content={<ChartTooltip definition={definition} />} />
              {zoneAreas(growthZones, 'growth', growthDomain.domain, xOf)}
              {targetLines('growth')}
              {isCumulative ? (
                // Checkpoints (Q1, H1, Jan–Oct, the year) are the only points of a cumulative series:
                // they are joined within a year, never across one (each year's growth starts afresh).
                (['growthEvenYear', 'growthOddYear'] as const).map((key) => (
                  <Line key={key} yAxisId="growth" dataKey={key} name={t('chart.ytdGrowth')} stroke={CHART_COLORS.growth} strokeWidth={lineWidth} dot={{ r: large ? 5 : 2.5 }} connectNulls isAnimationActive={false} />
                ))
              ) : (
                <Line yAxisId="growth" dataKey="ytdGrowthPercent" name={t('chart.ytdGrowth')} stroke={CHART_COLORS.growth} strokeWidth={lineWidth} dot={showDots ? { r: 2 } : false} connectNulls={false} isAnimationActive={false} />
              )}
            </ComposedChart>
          </div>
        </>
      ) : (
        <div className="kpi-chart-plot" data-panel="value" data-dense={isDense ? 'true' : undefined}>
          <ComposedChart width={width} height={valueHeight} data={singlePanelData} margin={margin}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            {xAxis(false)}
            {valueAxis}
            <Tooltip content={<ChartTooltip definition={definition} />} />
            {zoneAreas(valueZones, 'value', valueDomain.domain, xOf)}
            {isDense ? null : previousYearLine}
            {baseline !== null && !isStep ? <ReferenceLine yAxisId="value" y={baseline.value} stroke={CHART_COLORS.baseline} strokeWidth={large ? 3 : 1.5} strokeDasharray="2 3" /> : null}
            {targetLines('value')}
            {isDense ? (
              <>
                {/* Invisible: gives the tooltip its rows (the skeleton's), draws nothing. */}
                <Line yAxisId="value" dataKey="value" name={valueLabel ?? t('chart.series')} stroke="none" dot={false} activeDot={false} legendType="none" connectNulls={false} isAnimationActive={false} />
                <DenseLines yAxisId="value" lines={denseLines(drawn, rowIndex ?? new Map(), { isStep, hasProjection, showPreviousYear, lineWidth })} markers={provisionalMarkers(rows, large ? 6.5 : 4)} />
              </>
            ) : (
              <>
                <Line yAxisId="value" dataKey="value" name={valueLabel ?? t('chart.series')} stroke={CHART_COLORS.series} strokeWidth={lineWidth} dot={seriesDot(large ? 5 : 2.5, CHART_COLORS.series, showDots)} connectNulls={false} isAnimationActive={false} />
                {hasProjection ? (
                  <Line yAxisId="value" dataKey="projection" name={t('chart.projection')} stroke={CHART_COLORS.projection} strokeWidth={lineWidth} strokeDasharray="6 4" dot={false} connectNulls={false} isAnimationActive={false} />
                ) : null}
              </>
            )}
            {annotationLines}
          </ComposedChart>
        </div>
  );
}

/** Each zone's met area (from the target to the axis's edge) and at-risk band, behind the series. */
function zoneAreas(list: readonly TargetZone[], axis: 'value' | 'growth', domain: [number, number], xOf: (period: string) => string | number) {
  return list.flatMap((zone) => [
    <ReferenceArea key={`met-${zone.year}`} yAxisId={axis} x1={xOf(zone.x1)} x2={xOf(zone.x2)} y1={zone.goodSide === 'below' ? domain[0] : zone.target} y2={zone.goodSide === 'below' ? zone.target : domain[1]} fill={CHART_COLORS.zoneMet} fillOpacity={1} stroke="none" ifOverflow="hidden" />,
    <ReferenceArea key={`risk-${zone.year}`} yAxisId={axis} x1={xOf(zone.x1)} x2={xOf(zone.x2)} y1={zone.riskBand[0]} y2={zone.riskBand[1]} fill={CHART_COLORS.zoneRisk} fillOpacity={1} stroke="none" ifOverflow="hidden" />,
  ]);
}

const MAX_POINTS_WITH_DOTS = 72;
/** Drawn points from which a line chart draws its lines as single paths (see dense-lines.tsx). */
export const DENSE_FROM = 300;
/** Rows recharts gets for the axes and tooltip of a dense chart: one every few pixels. */
const SKELETON_ROWS = 160;

/** Every n-th row and the last, each with its index as `t` (the dense chart's x). */
function denseSkeleton(rows: readonly ChartRow[]): (ChartRow & { t: number })[] {
  const stride = Math.max(1, Math.ceil(rows.length / SKELETON_ROWS));
  const picked: (ChartRow & { t: number })[] = [];
  for (let index = 0; index < rows.length; index += stride) picked.push({ ...rows[index] as ChartRow, t: index });
  const last = rows.length - 1;
  if (last > 0 && picked.at(-1)?.t !== last) picked.push({ ...rows[last] as ChartRow, t: last });
  return picked;
}

type DrawnRow = ChartRow & { targetOnValue: number | null };

/** The lines of a dense chart, over the downsampled rows (`t` is each row's index in all rows). */
function denseLines(
  drawn: readonly DrawnRow[],
  rowIndex: ReadonlyMap<string, number>,
  { isStep, hasProjection, showPreviousYear, lineWidth }: { isStep: boolean; hasProjection: boolean; showPreviousYear: boolean; lineWidth: number },
): DenseLine[] {
  const along = (pick: (row: DrawnRow) => number | null) => drawn.map((row) => ({ t: rowIndex.get(row.period) ?? 0, y: pick(row) }));
  return [
    ...(showPreviousYear ? [{ key: 'previous', points: along((row) => row.previousYearValue), stroke: CHART_COLORS.previous, strokeWidth: lineWidth, strokeDasharray: '2 3' }] : []),
    ...(isStep ? [{ key: 'target', points: along((row) => row.targetOnValue), stroke: CHART_COLORS.target, strokeWidth: lineWidth, step: true }] : []),
    { key: 'value', points: along((row) => row.value), stroke: CHART_COLORS.series, strokeWidth: lineWidth },
    ...(hasProjection ? [{ key: 'projection', points: along((row) => row.projection), stroke: CHART_COLORS.projection, strokeWidth: lineWidth, strokeDasharray: '6 4' }] : []),
  ];
}

/** A hollow marker on every provisional figure, as the sparse chart's dots (all rows, not only drawn ones). */
function provisionalMarkers(rows: readonly ChartRow[], radius: number): DenseMarker[] {
  return rows.flatMap((row, index) => (row.isProvisional && row.value !== null ? [{ t: index, y: row.value, className: 'dot-provisional', radius, stroke: CHART_COLORS.series }] : []));
}

function drawnValue(row: ChartRow): number | null {
  return row.value ?? row.projection ?? row.previousYearValue ?? row.ytdGrowthPercent;
}

/**
 * The series' dots: hollow for a provisional figure (it may still be revised), drawn even where the
 * series is too dense for dots; solid for the others when `all`.
 */
function seriesDot(radius: number, color: string, all: boolean) {
  return function SeriesDot({ cx, cy, payload, index }: { cx?: number; cy?: number; payload?: ChartRow; index?: number }) {
    if (cx === undefined || cy === undefined || payload === undefined || payload.value === null) return <g key={index} />;
    if (payload.isProvisional) {
      return <circle key={index} cx={cx} cy={cy} r={radius + 1.5} fill="#ffffff" stroke={color} strokeWidth={2} className="dot-provisional" />;
    }
    return all ? <circle key={index} cx={cx} cy={cy} r={radius} fill={color} stroke={color} strokeWidth={1} /> : <g key={index} />;
  };
}

/** Gives each marker the first row where it clears the marker before it on that row. */
function stackMarkers<T extends { at: number; width: number }>(markers: readonly T[]): (T & { row: number })[] {
  const rowEnds: number[] = [];
  return [...markers]
    .sort((a, b) => a.at - b.at)
    .map((marker) => {
      let row = rowEnds.findIndex((end) => marker.at >= end);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = marker.at + marker.width;
      return { ...marker, row };
    });
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
  area: 'legend-area',
  'dot-hollow': 'legend-dot-hollow',
  'bar-pale': 'legend-bar-pale',
};

function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key}>
          <span className={`legend-swatch ${SWATCH_CLASS[item.swatch]}`} style={{ borderColor: item.swatch === 'area' ? undefined : item.color, backgroundColor: item.swatch === 'bar' || item.swatch === 'area' ? item.color : undefined }} aria-hidden="true" />
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
  if (!active || row === undefined) return null;
  // A dense chart's axis is row indices: its rows name their period.
  const title = typeof label === 'string' ? label : row.period;
  const { unit } = definition;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{isPeriod(title) ? formatPeriod(title, locale) : title}</p>
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
