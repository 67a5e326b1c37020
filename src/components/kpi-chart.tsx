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
import { formatGrowth, formatNumber, formatPercent, formatPeriod, formatPeriodShort, formatValue } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { CHART_COLORS } from './chart-colors';
import { chartDomain } from './chart-domain';

export interface KpiChartProps {
  /** The year the target applies to: its line spans that year only. */
  targetYear: number;
  definition: KpiDefinition;
  rows: readonly ChartRow[];
  /** The target of the as-of year: a cycle's limit (months) or the growth target (%). */
  target: number | null;
  baseline: { year: number; value: number } | null;
  height?: number;
}

/**
 * A KPI's series against its target: review cycles as a line with the target and 2019 baseline
 * as labelled reference lines; pledge financing as monthly bars with the year-to-date growth line
 * against the growth target. Projections are dashed and named as projections; missing months are
 * gaps.
 */
export function KpiChart({ definition, rows, target, targetYear, baseline, height = 260 }: KpiChartProps) {
  const { locale, t } = useI18n();
  const { unit } = definition;
  const isFlow = definition.measure === 'monthly-flow';
  const hasProjection = rows.some((row) => row.projection !== null);
  const tickFormatter = (period: string) => formatPeriodShort(period, locale);
  // The target applies to its own year, not to the year before it shown for context.
  const targetYearRows = rows.filter((row) => row.period.startsWith(`${targetYear}-`));
  const targetSegment = (y: number): [{ x?: string; y: number }, { x?: string; y: number }] => [
    { x: targetYearRows[0]?.period ?? rows[0]?.period, y },
    { x: targetYearRows.at(-1)?.period ?? rows.at(-1)?.period, y },
  ];

  const valueDomain = chartDomain(
    rows.flatMap((row) => [row.value, row.projection]),
    isFlow ? [0] : [target, baseline?.value ?? null],
  );
  const growthDomain = chartDomain(
    rows.map((row) => row.ytdGrowthPercent),
    [0, target],
  );

  return (
    <div className="kpi-chart" data-testid="kpi-chart">
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows as ChartRow[]} margin={{ top: 16, right: isFlow ? 8 : 24, bottom: 4, left: 4 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="period" tickFormatter={tickFormatter} minTickGap={16} tick={{ fill: CHART_COLORS.axis, fontSize: 12 }} />
          <YAxis
            yAxisId="value"
            domain={valueDomain}
            allowDataOverflow={false}
            tickFormatter={(value: number) => formatNumber(value, unit, locale)}
            tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
            width={56}
          />
          {isFlow ? (
            <YAxis
              yAxisId="growth"
              orientation="right"
              domain={growthDomain}
              tickFormatter={(value: number) => formatPercent(value, locale)}
              tick={{ fill: CHART_COLORS.growth, fontSize: 12 }}
              width={56}
            />
          ) : null}
          <Tooltip content={<ChartTooltip definition={definition} />} />

          {isFlow ? (
            <>
              <Bar yAxisId="value" dataKey="value" name={t('chart.monthly')} fill={CHART_COLORS.bars} stackId="month" isAnimationActive={false} />
              {hasProjection ? (
                <Bar
                  yAxisId="value"
                  dataKey="projection"
                  name={t('chart.projectedMonthly')}
                  fill="#ffffff"
                  stroke={CHART_COLORS.projection}
                  strokeDasharray="4 3"
                  stackId="month"
                  isAnimationActive={false}
                />
              ) : null}
              <Line
                yAxisId="growth"
                dataKey="ytdGrowthPercent"
                name={t('chart.ytdGrowth')}
                stroke={CHART_COLORS.growth}
                strokeWidth={2}
                dot={{ r: 2 }}
                connectNulls={false}
                isAnimationActive={false}
              />
              {target !== null ? (
                <ReferenceLine
                  yAxisId="growth"
                  segment={targetSegment(target)}
                  stroke={CHART_COLORS.target}
                  strokeWidth={2}
                  label={{ value: t('chart.targetGrowth', { value: formatPercent(target, locale) }), position: 'insideTopLeft', fill: CHART_COLORS.target, fontSize: 12 }}
                />
              ) : null}
            </>
          ) : (
            <>
              {baseline !== null ? (
                <ReferenceLine
                  yAxisId="value"
                  y={baseline.value}
                  stroke={CHART_COLORS.baseline}
                  strokeDasharray="2 3"
                  label={{ value: t('chart.baseline', { year: baseline.year, value: formatValue(baseline.value, unit, locale) }), position: 'insideBottomLeft', fill: CHART_COLORS.baseline, fontSize: 12 }}
                />
              ) : null}
              {target !== null ? (
                <ReferenceLine
                  yAxisId="value"
                  segment={targetSegment(target)}
                  stroke={CHART_COLORS.target}
                  strokeWidth={2}
                  label={{ value: t('chart.target', { value: `≤ ${formatValue(target, unit, locale)}` }), position: 'insideTopRight', fill: CHART_COLORS.target, fontSize: 12 }}
                />
              ) : null}
              <Line
                yAxisId="value"
                dataKey="value"
                name={t('chart.series')}
                stroke={CHART_COLORS.series}
                strokeWidth={2}
                dot={{ r: 2.5 }}
                connectNulls={false}
                isAnimationActive={false}
              />
              {hasProjection ? (
                <Line
                  yAxisId="value"
                  dataKey="projection"
                  name={t('chart.projection')}
                  stroke={CHART_COLORS.projection}
                  strokeWidth={2}
                  strokeDasharray="6 4"
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ) : null}
            </>
          )}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend isFlow={isFlow} hasProjection={hasProjection} hasTarget={target !== null} baselineYear={!isFlow ? (baseline?.year ?? null) : null} />
    </div>
  );
}

function ChartLegend({ isFlow, hasProjection, hasTarget, baselineYear }: { isFlow: boolean; hasProjection: boolean; hasTarget: boolean; baselineYear: number | null }) {
  const { t } = useI18n();
  return (
    <ul className="chart-legend">
      <li>
        <span className={isFlow ? 'legend-swatch legend-bar' : 'legend-swatch legend-line'} aria-hidden="true" />
        {isFlow ? t('chart.monthly') : t('chart.series')}
      </li>
      {hasProjection ? (
        <li>
          <span className={isFlow ? 'legend-swatch legend-bar-dashed' : 'legend-swatch legend-dashed'} aria-hidden="true" />
          {isFlow ? t('chart.projectedMonthly') : t('chart.projection')}
        </li>
      ) : null}
      {isFlow ? (
        <li>
          <span className="legend-swatch legend-growth" aria-hidden="true" />
          {t('chart.ytdGrowth')}
        </li>
      ) : null}
      {hasTarget ? (
        <li>
          <span className="legend-swatch legend-target" aria-hidden="true" />
          {t('chart.colTarget')}
        </li>
      ) : null}
      {baselineYear !== null ? (
        <li>
          <span className="legend-swatch legend-baseline" aria-hidden="true" />
          {t('chart.baselineLegend', { year: baselineYear })}
        </li>
      ) : null}
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
      <p className="chart-tooltip-title">{formatPeriod(label, locale)}</p>
      <dl>
        {row.value !== null ? (
          <>
            <dt>{definition.measure === 'monthly-flow' ? t('chart.monthly') : t('chart.series')}</dt>
            <dd>
              {formatValue(row.value, unit, locale)}
              {row.isProvisional ? ` (${t('chart.provisional')})` : ''}
            </dd>
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
            <dd>{formatValue(row.projection, unit, locale)}</dd>
          </>
        ) : null}
        {row.ytdGrowthPercent !== null ? (
          <>
            <dt>{t('chart.ytdGrowth')}</dt>
            <dd>{formatGrowth(row.ytdGrowthPercent, locale)}</dd>
          </>
        ) : null}
        {row.target !== null ? (
          <>
            <dt>{t('chart.colTarget')}</dt>
            <dd>
              {definition.measure === 'monthly-flow'
                ? `≥ ${formatPercent(row.target, locale)}`
                : `≤ ${formatValue(row.target, unit, locale)}`}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
