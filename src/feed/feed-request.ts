import type { KpiId } from '../kpi/kpi-definitions';
import { FeedError } from './feed-error';

/**
 * How the feed's URLs are laid out:
 * - `api` (the contract): `{baseUrl}/kpis` and `{baseUrl}/kpis/{kpiId}/observations?from=&to=`;
 * - `static-files`: the same answers as files, `{baseUrl}/kpis.json` and
 *   `{baseUrl}/kpis/{kpiId}/observations.json`, for a feed published on any static host (a file
 *   and a folder cannot both be called `kpis`).
 */
export type FeedLayout = 'api' | 'static-files';

export interface FeedEndpoint {
  baseUrl: string;
  layout: FeedLayout;
}

function root(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

export function catalogueUrl({ baseUrl, layout }: FeedEndpoint): string {
  return new URL(`${root(baseUrl)}/kpis${layout === 'static-files' ? '.json' : ''}`).toString();
}

export function observationsPath({ baseUrl, layout }: FeedEndpoint, kpiId: KpiId): URL {
  return new URL(`${root(baseUrl)}/kpis/${encodeURIComponent(kpiId)}/observations${layout === 'static-files' ? '.json' : ''}`);
}

export type JsonResult = { kind: 'json'; body: unknown } | { kind: 'not-found' };

/**
 * GETs a feed URL and parses its JSON. 404 is an answer (`not-found`), not an error. Rejects only
 * with a `FeedError` naming `subject` (or with the caller's abort).
 */
export async function fetchFeedJson(url: string, subject: KpiId, options: { signal?: AbortSignal | undefined; timeoutMs?: number | undefined }): Promise<JsonResult> {
  const { signal, timeoutMs } = options;
  // The caller's signal cancels (the query was dropped); the timeout gives up on a silent feed.
  const timeout = timeoutMs === undefined ? null : AbortSignal.timeout(timeoutMs);
  const signals = [signal, timeout].filter((s): s is AbortSignal => s !== undefined && s !== null);
  const combined = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const failure = (error: unknown, code: 'network' | 'interrupted'): unknown => {
    if (signal?.aborted) return error;
    if (timeout?.aborted) return new FeedError('timeout', subject, { seconds: Math.round((timeoutMs ?? 0) / 1000) });
    return new FeedError(code, subject, { received: error instanceof Error ? error.message : String(error) });
  };

  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw failure(error, 'network');
  }
  if (response.status === 404) return { kind: 'not-found' };
  if (!response.ok) throw new FeedError('http-status', subject, { status: response.status });

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    // A body cut off mid-way: the connection dropped after the headers.
    throw failure(error, 'interrupted');
  }
  try {
    return { kind: 'json', body: JSON.parse(text) as unknown };
  } catch {
    throw new FeedError('not-json', subject, { received: text.trim().slice(0, 60) || '(empty)' });
  }
}
