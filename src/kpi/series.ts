import type { Observation } from './observation';
import type { Period } from './period';

/** Observations reported up to and including `asOf`, in period order (input must be sorted). */
export function observationsUpTo(observations: readonly Observation[], asOf: Period): Observation[] {
  return observations.filter((observation) => observation.period <= asOf);
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
