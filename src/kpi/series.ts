import type { Observation } from './observation';
import type { Period } from './period';

/**
 * The observations up to and including `asOf`. A series is sorted by period (as parsed), so this
 * is a binary search and a slice: the as-of month of a 100,000-month series is found in 17 steps.
 */
export function observationsUpTo(observations: readonly Observation[], asOf: Period): Observation[] {
  let low = 0;
  let high = observations.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((observations[middle]?.period ?? '') <= asOf) low = middle + 1;
    else high = middle;
  }
  return observations.slice(0, low);
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
