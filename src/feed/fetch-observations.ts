import type { KpiDefinition } from '../kpi/kpi-definitions';
import type { Observation } from '../kpi/observation';
import type { Period } from '../kpi/period';
import { fetchFeedJson, observationsPath } from './feed-request';
import type { FeedLayout } from './feed-request';
import { parseObservationsResponseInSlices } from './observations-schema';

/**
 * Why the series shown is an earlier answer rather than the feed's latest one: a refresh that
 * loses periods, answers 404 or an empty list after a good answer does not replace good data
 * (see `keepLastGood`). `since`: when the first such answer came (ms since 1970).
 */
export type KeptReason =
  | { reason: 'lost-periods'; lost: Period[]; since: number }
  | { reason: 'not-provided'; since: number }
  | { reason: 'empty'; since: number };

export type ObservationsResult =
  | { kind: 'observations'; observations: Observation[]; kept?: KeptReason }
  /** The feed answered 404: it does not provide this KPI. */
  | { kind: 'not-provided' };

export interface ObservationsRequest {
  baseUrl: string;
  layout?: FeedLayout;
  definition: KpiDefinition;
  from?: Period;
  to?: Period;
  signal?: AbortSignal;
  /** Abandon the request after this long (ms). */
  timeoutMs?: number;
}

export function observationsUrl({ baseUrl, layout = 'api', definition, from, to }: ObservationsRequest): string {
  const url = observationsPath({ baseUrl, layout }, definition.id);
  // A static file cannot filter: the whole series is the answer either way.
  if (layout === 'api' && from !== undefined) url.searchParams.set('from', from);
  if (layout === 'api' && to !== undefined) url.searchParams.set('to', to);
  return url.toString();
}

/** `GET {baseUrl}/kpis/{kpiId}/observations`, validated. Rejects only with a `FeedError` (or an abort). */
export async function fetchObservations(request: ObservationsRequest): Promise<ObservationsResult> {
  const answer = await fetchFeedJson(observationsUrl(request), request.definition.id, { signal: request.signal, timeoutMs: request.timeoutMs });
  if (answer.kind === 'not-found') return { kind: 'not-provided' };
  return { kind: 'observations', observations: await parseObservationsResponseInSlices(request.definition, answer.body) };
}
