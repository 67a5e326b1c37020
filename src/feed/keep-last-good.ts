import { replaceEqualDeep } from '@tanstack/react-query';
import { lostPeriods, noteRevisions } from '../kpi/vintages';
import type { ObservationsResult } from './fetch-observations';

/**
 * What a refresh writes over the answer on screen. A good answer replaces it, with every figure
 * that changed since marked revised (`noteRevisions`). An answer that loses periods, a 404 or an
 * empty list after a good answer is more likely a fault of the feed than the figures being
 * withdrawn: the last good series stays, marked with the reason and since when, so nothing is
 * lost and the default month does not move by itself. Reloading the page starts afresh.
 */
export function keepLastGood(previous: ObservationsResult | undefined, next: ObservationsResult, now: number): ObservationsResult {
  if (previous?.kind !== 'observations' || previous.observations.length === 0) return next;
  const since = previous.kept?.since ?? now;
  if (next.kind === 'not-provided') return { kind: 'observations', observations: previous.observations, kept: { reason: 'not-provided', since } };
  if (next.observations.length === 0) return { kind: 'observations', observations: previous.observations, kept: { reason: 'empty', since } };
  const lost = lostPeriods(previous.observations, next.observations);
  if (lost.length > 0) return { kind: 'observations', observations: previous.observations, kept: { reason: 'lost-periods', lost, since } };
  return { kind: 'observations', observations: noteRevisions(previous.observations, next.observations, now) };
}

function isObservationsResult(value: unknown): value is ObservationsResult {
  return typeof value === 'object' && value !== null && 'kind' in value && (value.kind === 'observations' || value.kind === 'not-provided');
}

/**
 * The observations queries' `structuralSharing`: `keepLastGood`, then TanStack Query's default
 * sharing, so an unchanged answer keeps its instances and re-renders nothing.
 */
export function shareRefresh(previous: unknown, next: unknown): unknown {
  if (!isObservationsResult(next)) return next;
  return replaceEqualDeep(previous, keepLastGood(isObservationsResult(previous) ? previous : undefined, next, Date.now()));
}
