import type { Observation } from './observation';
import type { Period } from './period';

/**
 * How many observations lead a series sorted by period while `isLeading(period)` holds, for a test
 * that holds up to some period and not after it: a binary search, so a month of a 100,000-month
 * series is found in 17 steps.
 */
export function countLeading(observations: readonly Observation[], isLeading: (period: Period) => boolean): number {
  let low = 0;
  let high = observations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isLeading(observations[middle]?.period ?? '')) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The observations up to and including `asOf`, of a series sorted by period (as parsed). */
export function observationsUpTo(observations: readonly Observation[], asOf: Period): Observation[] {
  return observations.slice(0, countLeading(observations, (period) => period <= asOf));
}

export function latestObservation(observations: readonly Observation[]): Observation | null {
  return observations.at(-1) ?? null;
}

export function findObservation(observations: readonly Observation[], period: Period): Observation | null {
  return observations.find((observation) => observation.period === period) ?? null;
}

/** The first and last month across several sorted series (e.g. every KPI the feed answered). */
export function periodSpan(serieses: readonly (readonly Observation[])[]): { first: Period | null; last: Period | null } {
  let first: Period | null = null;
  let last: Period | null = null;
  for (const series of serieses) {
    const head = series[0]?.period;
    const tail = series.at(-1)?.period;
    if (head !== undefined && (first === null || head < first)) first = head;
    if (tail !== undefined && (last === null || tail > last)) last = tail;
  }
  return { first, last };
}
