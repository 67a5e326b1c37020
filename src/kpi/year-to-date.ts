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
  const byPeriod = new Map(observations.map((observation) => [observation.period, observation.value]));
  const year = periodYear(asOf);
  const throughMonth = periodMonth(asOf);
  const current = sumMonths(byPeriod, year, throughMonth);
  const previous = sumMonths(byPeriod, year - 1, throughMonth);
  const previousTotal = previous.missing.length === 0 ? previous.total : null;
  const growthPercent =
    previousTotal !== null && previousTotal > 0 && current.missing.length === 0
      ? (current.total / previousTotal - 1) * 100
      : null;
  return { year, throughMonth, total: current.total, missingMonths: current.missing, previousTotal, growthPercent };
}

/** A full calendar year's total, or `null` when any month of it is missing. */
export function annualTotal(observations: readonly Observation[], year: number): number | null {
  const byPeriod = new Map(observations.map((observation) => [observation.period, observation.value]));
  const { total, missing } = sumMonths(byPeriod, year, 12);
  return missing.length === 0 ? total : null;
}
