import type { KpiDefinition } from './kpi-definitions';
import { MEASURE_TRAITS } from './measure';
import type { Observation, ObservationSource } from './observation';
import { makePeriod, periodMonth, periodRange, periodYear } from './period';
import type { Period } from './period';
import { valuesByPeriod, ytdGrowthByPeriod } from './year-to-date';
import { exactSum } from './exact-sum';

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export function isGranularity(value: unknown): value is Granularity {
  return typeof value === 'string' && (GRANULARITIES as readonly string[]).includes(value);
}

/** One period of an aggregated series: a month, a quarter or a year, clipped to the range. */
export interface Bucket {
  /** `2020-03`, `2020-Q1` or `2020`. */
  key: string;
  granularity: Granularity;
  year: number;
  /** First and last month of the bucket that fall inside the range. */
  start: Period;
  end: Period;
  /**
   * Review cycles: the last value reported within the bucket. Pledge financing: the sum of the
   * bucket's months, only when every one of them is reported (a partial sum would undercount).
   */
  value: number | null;
  /** Months of the bucket (within the range) with a reported value. */
  monthsReported: number;
  monthsInBucket: number;
  isProvisional: boolean;
  /** The same bucket a year earlier, aggregated the same way (for the overlay and growth). */
  previousYearValue: number | null;
  /** Pledge financing: growth over the same bucket a year earlier, %. */
  growthPercent: number | null;
  /** Pledge financing: growth of the year to date through `end` over the same months a year earlier, %. */
  ytdGrowthPercent: number | null;
  growthSource: 'published' | 'computed';
  /** The source of the bucket's last report (a checkpoint's, or the last month's). */
  source: ObservationSource | null;
}

export function bucketKey(period: Period, granularity: Granularity): string {
  const year = periodYear(period);
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}-Q${Math.ceil(periodMonth(period) / 3)}`;
  return period;
}

function aggregate(
  definition: KpiDefinition,
  byPeriod: ReadonlyMap<Period, Observation>,
  months: readonly Period[],
): { value: number | null; reported: number; isProvisional: boolean; last: Observation | undefined } {
  const reported = months.map((period) => byPeriod.get(period)).filter((o): o is Observation => o !== undefined);
  if (MEASURE_TRAITS[definition.measure].aggregate === 'last') {
    const last = reported.at(-1);
    return { value: last?.value ?? null, reported: reported.length, isProvisional: last?.isProvisional ?? false, last };
  }
  const isComplete = reported.length === months.length && months.length > 0;
  return {
    value: isComplete ? exactSum(reported.map((o) => o.value)) : null,
    reported: reported.length,
    isProvisional: reported.some((o) => o.isProvisional),
    last: reported.at(-1),
  };
}

function shiftYear(period: Period, years: number): Period {
  return makePeriod(periodYear(period) + years, periodMonth(period));
}

/**
 * Aggregates a monthly series from `from` to `to` (inclusive) by the KPI's rule: review cycles
 * take the period's last reported value, pledge financing sums its months. Buckets at the range's
 * edges are clipped to it, and compared with the same clipped months a year earlier, so growth
 * always compares like periods.
 */
export function aggregateSeries(
  definition: KpiDefinition,
  observations: readonly Observation[],
  granularity: Granularity,
  from: Period,
  to: Period,
): Bucket[] {
  const byPeriod = new Map(observations.map((observation) => [observation.period, observation]));
  const growth = definition.measure === 'monthly-flow' ? ytdGrowthByPeriod(valuesByPeriod(observations), periodRange(from, to)) : null;
  // A checkpoint carries the publisher's growth: the bucket's last checkpoint gives it.
  const isCumulative = definition.measure === 'ytd-cumulative';
  const groups = new Map<string, Period[]>();
  for (const period of periodRange(from, to)) {
    const key = bucketKey(period, granularity);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [period]);
    else group.push(period);
  }

  return [...groups].map(([key, months]) => {
    const current = aggregate(definition, byPeriod, months);
    const previous = aggregate(definition, byPeriod, months.map((period) => shiftYear(period, -1)));
    const isFlow = definition.measure === 'monthly-flow';
    const start = months[0] ?? from;
    return {
      key,
      granularity,
      year: periodYear(start),
      start,
      end: months.at(-1) ?? to,
      value: current.value,
      monthsReported: current.reported,
      monthsInBucket: months.length,
      isProvisional: current.isProvisional,
      previousYearValue: previous.value,
      growthPercent:
        isFlow && current.value !== null && previous.value !== null && previous.value > 0
          ? (current.value / previous.value - 1) * 100
          : null,
      growthSource: isCumulative && current.last?.growthPct !== undefined && current.last.growthPct !== null ? 'published' : 'computed',
      source: current.last?.source ?? null,
      ytdGrowthPercent: isCumulative ? (current.last?.growthPct ?? null) : growth !== null && current.reported > 0 ? (growth.get(months.at(-1) ?? to) ?? null) : null,
    };
  });
}
