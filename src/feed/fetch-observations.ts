import type { KpiId } from '../kpi/kpi-definitions';
import type { Observation } from '../kpi/observation';
import type { Period } from '../kpi/period';
import { FeedError } from './feed-error';
import { parseObservationsResponse } from './parse-observations';

export type ObservationsResult =
  | { kind: 'observations'; observations: Observation[] }
  /** The feed answered 404: it does not provide this KPI. */
  | { kind: 'not-provided' };

export interface ObservationsRequest {
  baseUrl: string;
  kpiId: KpiId;
  from?: Period;
  to?: Period;
  signal?: AbortSignal;
  /** Abandon the request after this long (ms). */
  timeoutMs?: number;
}

export function observationsUrl({ baseUrl, kpiId, from, to }: ObservationsRequest): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/kpis/${encodeURIComponent(kpiId)}/observations`);
  if (from !== undefined) url.searchParams.set('from', from);
  if (to !== undefined) url.searchParams.set('to', to);
  return url.toString();
}

/** `GET {baseUrl}/kpis/{kpiId}/observations`, validated. Rejects only with a `FeedError` (or an abort). */
export async function fetchObservations(request: ObservationsRequest): Promise<ObservationsResult> {
  const { kpiId, signal, timeoutMs } = request;
  // The caller's signal cancels (the query was dropped); the timeout gives up on a silent feed.
  const timeout = timeoutMs === undefined ? null : AbortSignal.timeout(timeoutMs);
  const signals = [signal, timeout].filter((s): s is AbortSignal => s !== undefined && s !== null);
  const combined = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const failure = (error: unknown, code: 'network' | 'interrupted'): unknown => {
    if (signal?.aborted) return error;
    if (timeout?.aborted) return new FeedError('timeout', kpiId, { seconds: Math.round((timeoutMs ?? 0) / 1000) });
    return new FeedError(code, kpiId, { received: error instanceof Error ? error.message : String(error) });
  };

  let response: Response;
  try {
    response = await fetch(observationsUrl(request), { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw failure(error, 'network');
  }
  if (response.status === 404) return { kind: 'not-provided' };
  if (!response.ok) throw new FeedError('http-status', kpiId, { status: response.status });

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // A body cut off mid-way: the connection dropped after the headers.
    throw failure(error, 'interrupted');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new FeedError('not-json', kpiId, { received: text.trim().slice(0, 60) || '(empty)' });
  }
  return { kind: 'observations', observations: parseObservationsResponse(kpiId, body) };
}
