import type { Observation } from './observation';
import type { Period } from './period';
import { periodYear } from './period';

/** Observations reported up to and including `asOf`, in period order (input must be sorted). */
export function observationsUpTo(observations: readonly Observation[], asOf: Period): Observation[] {
  return observations.filter((observation) => observation.period <= asOf);
}

export function latestObservation(observations: readonly Observation[]): Observation | null {
  return observations.at(-1) ?? null;
}

export function observationsInYear(observations: readonly Observation[], year: number): Observation[] {
  return observations.filter((observation) => periodYear(observation.period) === year);
}

export function findObservation(observations: readonly Observation[], period: Period): Observation | null {
  return observations.find((observation) => observation.period === period) ?? null;
}
