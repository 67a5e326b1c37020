import { evaluateKpi } from './evaluate-kpi';
import type { KpiEvaluation } from './evaluate-kpi';
import { observationsUpTo } from './series';
import type { KpiDefinition, TargetKind } from './kpi-definitions';
import { targetForYear } from './kpi-definitions';
import type { Observation, ObservationSource, Revision } from './observation';
import { makePeriod, periodRange, periodYear, shiftPeriod } from './period';
import type { Period } from './period';
import { checkpointGrowth, valuesByPeriod, ytdGrowthByPeriod } from './year-to-date';
import { MEASURE_TRAITS } from './measure';

/**
 * One month of a KPI's chart and table. `value` is what the feed reported (`null` is a gap, never
 * filled in); `projection` is the model's estimate and is never mixed into `value`.
 */
export interface ChartRow {
  period: Period;
  value: number | null;
  isProvisional: boolean;
  projection: number | null;
  /** The target in force that period: a level in the KPI's unit, or a growth in % (see `targetKind`). */
  target: number | null;
  targetKind: TargetKind | null;
  /** Where the period's figure was published, when the feed says. */
  source: ObservationSource | null;
  /** The figure replaced an earlier, different one (a feed vintage, or a change seen on refresh). */
  revision: Revision | null;
  /** Whether `ytdGrowthPercent` is the publisher's own figure or computed here. */
  growthSource: 'published' | 'computed' | null;
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
  if (evaluation.kind === 'level') {
    for (const point of evaluation.projection?.path ?? []) projected.set(point.period, point.value);
  } else {
    for (const point of evaluation.projection?.months ?? []) projected.set(point.period, point.value);
  }
  const periods = periodRange(from, to);
  const growth = growthByPeriod(definition, known, periods);

  // One lookup per year, not per month: the twelve months of a year share its target.
  const targets = new Map<number, ReturnType<typeof targetForYear>>();
  const targetOf = (year: number) => {
    if (!targets.has(year)) targets.set(year, targetForYear(definition, year));
    return targets.get(year) ?? null;
  };

  return periods.map((period) => {
    const observation = byPeriod.get(period);
    const target = targetOf(periodYear(period));
    const rowGrowth = observation === undefined ? undefined : growth?.get(period);
    return {
      period,
      value: observation?.value ?? null,
      isProvisional: observation?.isProvisional ?? false,
      projection: projected.get(period) ?? null,
      target: target?.value ?? null,
      targetKind: target?.kind ?? null,
      source: observation?.source ?? null,
      revision: observation?.revision ?? null,
      ytdGrowthPercent: rowGrowth?.value ?? null,
      growthSource: rowGrowth === undefined || rowGrowth.value === null ? null : rowGrowth.source,
      previousYearValue: null,
      periodGrowthPercent: null,
      partialMonths: null,
    };
  });
}

type RowGrowth = { value: number | null; source: 'published' | 'computed' };

/**
 * Year-to-date growth of each period, by the measure's rule: computed from summed months for a
 * monthly flow; the publisher's own figure, else computed against last year's checkpoint, for a
 * cumulative series; none for a level.
 */
function growthByPeriod(definition: KpiDefinition, known: readonly Observation[], periods: readonly Period[]): Map<Period, RowGrowth> | null {
  const measure = definition.measure;
  switch (measure) {
    case 'ytd-average':
      return null;
    case 'monthly-flow': {
      const result = new Map<Period, RowGrowth>();
      for (const [period, value] of ytdGrowthByPeriod(valuesByPeriod(known), periods)) result.set(period, { value, source: 'computed' });
      return result;
    }
    case 'ytd-cumulative': {
      const values = valuesByPeriod(known);
      const result = new Map<Period, RowGrowth>();
      for (const observation of known) result.set(observation.period, checkpointGrowth(observation, values.get(shiftPeriod(observation.period, -12))));
      return result;
    }
    default: {
      const unhandled: never = measure;
      throw new Error(`Unhandled measure ${String(unhandled)}`);
    }
  }
}

export interface OverviewChart {
  evaluation: KpiEvaluation;
  from: Period;
  to: Period;
  rows: ChartRow[];
  /** A month between the first report and the as-of month has no value (drawn as a gap). */
  hasGap: boolean;
}

/**
 * What the overview and the deck draw for a KPI as of a month: its evaluation and chart rows.
 * `evaluated`: the evaluation already made for the card, reused when it is of the same month.
 */
export function overviewChart(definition: KpiDefinition, observations: readonly Observation[], asOf: Period, evaluated: KpiEvaluation | null = null): OverviewChart {
  const evaluation = evaluated !== null && evaluated.asOf === asOf && evaluated.kpiId === definition.id ? evaluated : evaluateKpi(definition, observations, asOf);
  const known = observationsUpTo(observations, asOf);
  const { from, to } = overviewWindow(asOf);
  const rows = buildChartRows(definition, known, evaluation, from, to);
  const firstReported = known[0]?.period;
  // A checkpointed series (Q1, H1, Jan–Oct, the year) has no gaps to apologise for.
  const hasGap = !MEASURE_TRAITS[definition.measure].isCheckpointed && firstReported !== undefined && rows.some((row) => row.value === null && row.period <= asOf && row.period >= firstReported);
  return { evaluation, from, to, rows, hasGap };
}
