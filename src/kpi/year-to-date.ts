import type { Observation } from './observation';
import { makePeriod, periodMonth, periodRange, periodYear } from './period';
import type { Period } from './period';
import { exactSum } from './exact-sum';

export interface YearToDate {
  year: number;
  /** The last month included (the as-of month). */
  throughMonth: number;
  total: number;
  /** Months of this year, January to `throughMonth`, with no reported value. */
  missingMonths: Period[];
  /** The same months of the previous year, or `null` when any of them is missing. */
  previousTotal: number | null;
  /** Growth over the same months of the previous year, in %, or `null` when it cannot be computed. */
  growthPercent: number | null;
  /**
   * Where `growthPercent` comes from: the publisher's own figure (`published`, on its comparable
   * basis), or computed from the previous year's figure for the same months (`computed`).
   */
  growthSource: 'published' | 'computed' | null;
  /** The growth computed from the previous year's figure, when that figure exists. */
  computedGrowthPercent: number | null;
  /** `previousTotal` was derived from the published growth (value ÷ (1 + growth)), not reported. */
  isPreviousDerived: boolean;
  /** The report the total comes from: the checkpoint (`ytd-cumulative`) or the last month summed. */
  checkpoint: Observation | null;
}

/** Growth of `current` over `previous`, in %; `null` without a positive previous figure to grow from. */
export function growthPercentOver(current: number, previous: number | null | undefined): number | null {
  return previous !== null && previous !== undefined && previous > 0 ? (current / previous - 1) * 100 : null;
}

/**
 * A checkpoint's year-to-date growth: the publisher's own figure when it states one, else computed
 * against last year's figure for the same month (`null` without one). The card, the chart rows
 * and the table all read it from here.
 */
export function checkpointGrowth(checkpoint: Observation, previousSame: number | null | undefined): { value: number | null; source: 'published' | 'computed' } {
  const published = checkpoint.growthPct ?? null;
  return published !== null ? { value: published, source: 'published' } : { value: growthPercentOver(checkpoint.value, previousSame), source: 'computed' };
}

/**
 * The publisher's growth and the computed one disagree by more than this (percentage points):
 * the published one is shown, with a note that the computed one differs.
 */
export const GROWTH_DISAGREEMENT_POINTS = 0.5;

/**
 * Year to date of a `ytd-cumulative` KPI: its latest checkpoint of the year up to `asOf` is the
 * total. Growth is the publisher's when stated, else computed against last year's checkpoint for
 * the same month; the previous year's comparable total is then derived from the published growth
 * or read from that checkpoint.
 */
export function cumulativeYearToDate(observations: readonly Observation[], asOf: Period): YearToDate {
  const year = periodYear(asOf);
  let checkpoint: Observation | null = null;
  for (const observation of observations) {
    if (observation.period > asOf) break;
    if (periodYear(observation.period) === year) checkpoint = observation;
  }
  if (checkpoint === null) {
    return { year, throughMonth: 0, total: 0, missingMonths: [], previousTotal: null, growthPercent: null, growthSource: null, computedGrowthPercent: null, isPreviousDerived: false, checkpoint: null };
  }
  const throughMonth = periodMonth(checkpoint.period);
  const total = checkpoint.value;
  const previousSame = observations.find((observation) => observation.period === makePeriod(year - 1, throughMonth))?.value ?? null;
  const computed = growthPercentOver(total, previousSame);
  const growth = checkpointGrowth(checkpoint, previousSame);
  const published = checkpoint.growthPct ?? null;
  const previousTotal = published !== null ? total / (1 + published / 100) : previousSame;
  return {
    year,
    throughMonth,
    total,
    missingMonths: [],
    previousTotal,
    growthPercent: growth.value,
    growthSource: growth.value === null ? null : growth.source,
    computedGrowthPercent: computed,
    isPreviousDerived: published !== null,
    checkpoint,
  };
}

/** The year's full total of a `ytd-cumulative` KPI: its December checkpoint, when published. */
export function cumulativeAnnualTotal(observations: readonly Observation[], year: number): number | null {
  return observations.find((observation) => observation.period === makePeriod(year, 12))?.value ?? null;
}

function sumMonths(
  byPeriod: ReadonlyMap<Period, number>,
  year: number,
  throughMonth: number,
): { total: number; missing: Period[] } {
  const values: number[] = [];
  const missing: Period[] = [];
  for (const period of periodRange(makePeriod(year, 1), makePeriod(year, throughMonth))) {
    const value = byPeriod.get(period);
    if (value === undefined) missing.push(period);
    else values.push(value);
  }
  return { total: exactSum(values), missing };
}

/**
 * Year-to-date total of a monthly flow through `asOf`, and its growth over the same months of the
 * previous year. Growth is only given when both years report every one of those months: a gap in
 * either would compare unlike periods.
 */
export function yearToDate(observations: readonly Observation[], asOf: Period): YearToDate {
  return yearToDateOf(valuesByPeriod(observations), asOf, observations.find((observation) => observation.period === asOf) ?? null);
}

/** Values keyed by period, built once when many year-to-date figures are needed. */
export function valuesByPeriod(observations: readonly Observation[]): Map<Period, number> {
  return new Map(observations.map((observation) => [observation.period, observation.value]));
}

/** `yearToDate` over a prebuilt `valuesByPeriod` map. */
export function yearToDateOf(byPeriod: ReadonlyMap<Period, number>, asOf: Period, checkpoint: Observation | null = null): YearToDate {
  const year = periodYear(asOf);
  const throughMonth = periodMonth(asOf);
  const current = sumMonths(byPeriod, year, throughMonth);
  const previous = sumMonths(byPeriod, year - 1, throughMonth);
  const previousTotal = previous.missing.length === 0 ? previous.total : null;
  const growthPercent =
    current.missing.length === 0 ? growthPercentOver(current.total, previousTotal) : null;
  return {
    year,
    throughMonth,
    total: current.total,
    missingMonths: current.missing,
    previousTotal,
    growthPercent,
    growthSource: growthPercent === null ? null : 'computed',
    computedGrowthPercent: growthPercent,
    isPreviousDerived: false,
    checkpoint,
  };
}

/** A full calendar year's total, or `null` when any month of it is missing. */
export function annualTotal(observations: readonly Observation[], year: number): number | null {
  const byPeriod = new Map(observations.map((observation) => [observation.period, observation.value]));
  const { total, missing } = sumMonths(byPeriod, year, 12);
  return missing.length === 0 ? total : null;
}

/**
 * Year-to-date growth at every month of `periods`, in one pass per year: what `yearToDateOf(…)
 * .growthPercent` gives month by month, without re-adding the year for each month. (Growth is a
 * ratio, so plain float sums serve; totals that are shown use `exactSum`.)
 */
export function ytdGrowthByPeriod(byPeriod: ReadonlyMap<Period, number>, periods: readonly Period[]): Map<Period, number | null> {
  const result = new Map<Period, number | null>();
  const lastMonthOfYear = new Map<number, number>();
  for (const period of periods) {
    const year = periodYear(period);
    lastMonthOfYear.set(year, Math.max(lastMonthOfYear.get(year) ?? 0, periodMonth(period)));
  }
  for (const [year, lastMonth] of lastMonthOfYear) {
    let current = 0;
    let previous = 0;
    let isComplete = true;
    for (let month = 1; month <= lastMonth; month += 1) {
      const value = byPeriod.get(makePeriod(year, month));
      const before = byPeriod.get(makePeriod(year - 1, month));
      if (value === undefined || before === undefined) isComplete = false;
      current += value ?? 0;
      previous += before ?? 0;
      result.set(makePeriod(year, month), isComplete && previous > 0 ? (current / previous - 1) * 100 : null);
    }
  }
  return result;
}
