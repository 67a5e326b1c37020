import { evaluateKpi } from './evaluate-kpi';
import type { KpiEvaluation } from './evaluate-kpi';
import { observationsUpTo } from './series';
import type { KpiDefinition } from './kpi-definitions';
import { targetLevel } from './kpi-definitions';
import type { Observation } from './observation';
import { makePeriod, periodRange, periodYear } from './period';
import type { Period } from './period';
import { valuesByPeriod, ytdGrowthByPeriod } from './year-to-date';

/**
 * One month of a KPI's chart and table. `value` is what the feed reported (`null` is a gap, never
 * filled in); `projection` is the model's estimate and is never mixed into `value`.
 */
export interface ChartRow {
  period: Period;
  value: number | null;
  isProvisional: boolean;
  projection: number | null;
  /** The target in force that month: a cycle's limit, or pledge financing's growth %. */
  target: number | null;
  /** Pledge financing only: growth of the year to date over the same months a year earlier, %. */
  ytdGrowthPercent: number | null;
  /** The same period a year earlier (the detail view's overlay); `null` where not shown. */
  previousYearValue: number | null;
  /** Pledge financing by quarter or year: growth over the same period a year earlier, %. */
  periodGrowthPercent: number | null;
  /** A quarter or year cut by the range: how many of its months are in it. `null`: the whole period. */
  partialMonths: number | null;
}

/** The window an overview chart shows: the year before the as-of year, and the as-of year. */
export function overviewWindow(asOf: Period): { from: Period; to: Period } {
  const year = periodYear(asOf);
  return { from: makePeriod(year - 1, 1), to: makePeriod(year, 12) };
}


/**
 * The rows of a chart from `from` to `to`, seeing only what was reported by the evaluation's
 * as-of month. `known` must be sorted and already cut at the as-of month.
 */
export function buildChartRows(
  definition: KpiDefinition,
  known: readonly Observation[],
  evaluation: KpiEvaluation,
  from: Period,
  to: Period,
): ChartRow[] {
  const byPeriod = new Map(known.map((observation) => [observation.period, observation]));
  const projected = new Map<Period, number>();
  if (evaluation.measure === 'ytd-average') {
    for (const point of evaluation.projection?.path ?? []) projected.set(point.period, point.value);
  } else {
    for (const point of evaluation.projection?.months ?? []) projected.set(point.period, point.value);
  }
  const isFlow = definition.measure === 'monthly-flow';
  const periods = periodRange(from, to);
  const growth = isFlow ? ytdGrowthByPeriod(valuesByPeriod(known), periods) : null;

  return periods.map((period) => {
    const observation = byPeriod.get(period);
    return {
      period,
      value: observation?.value ?? null,
      isProvisional: observation?.isProvisional ?? false,
      projection: projected.get(period) ?? null,
      target: targetLevel(definition, periodYear(period)),
      ytdGrowthPercent: growth !== null && observation !== undefined ? (growth.get(period) ?? null) : null,
      previousYearValue: null,
      periodGrowthPercent: null,
      partialMonths: null,
    };
  });
}

export interface OverviewChart {
  evaluation: KpiEvaluation;
  from: Period;
  to: Period;
  rows: ChartRow[];
  /** A month between the first report and the as-of month has no value (drawn as a gap). */
  hasGap: boolean;
}

/** What the overview and the deck draw for a KPI as of a month: its evaluation and chart rows. */
export function overviewChart(definition: KpiDefinition, observations: readonly Observation[], asOf: Period): OverviewChart {
  const evaluation = evaluateKpi(definition, observations, asOf);
  const known = observationsUpTo(observations, asOf);
  const { from, to } = overviewWindow(asOf);
  const rows = buildChartRows(definition, known, evaluation, from, to);
  const firstReported = known[0]?.period;
  const hasGap = firstReported !== undefined && rows.some((row) => row.value === null && row.period <= asOf && row.period >= firstReported);
  return { evaluation, from, to, rows, hasGap };
}
