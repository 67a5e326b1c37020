/**
 * `config.json`, fetched at start-up and replaceable at deploy time without a rebuild. It is the
 * only place the feed's location comes from: never the page URL or user input.
 */
export type FeedConfig = { mode: 'fixtures' } | { mode: 'http'; baseUrl: string };

export interface RuntimeConfig {
  feed: FeedConfig;
  /** Re-fetch every KPI this often; `null` turns auto-refresh off. */
  refreshIntervalSeconds: number | null;
  /** A feed request still unanswered after this long is abandoned as timed out. */
  requestTimeoutSeconds: number;
  /** Further tries after a transient failure (network, timeout, HTTP 5xx or 429), with backoff. */
  retries: number;
  /**
   * How many months after a month's end its figures are expected in the feed. When set, a feed
   * whose latest month is older than (this month − lag − 1) is shown as having stopped updating.
   * `null` (the default, and right for the historical fixture data) turns the check off.
   */
  publicationLagMonths: number | null;
}

export const DEFAULT_REFRESH_SECONDS = 300;
export const MIN_REFRESH_SECONDS = 10;
export const DEFAULT_TIMEOUT_SECONDS = 15;
export const DEFAULT_RETRIES = 2;
export const MAX_RETRIES = 5;

export type ConfigProblem =
  | { code: 'config-missing'; status: number }
  | { code: 'config-unreachable'; message: string }
  | { code: 'config-not-json' }
  | { code: 'config-invalid'; field: string; expected: string; received: string };

export type ConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; problem: ConfigProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function invalid(field: string, expected: string, received: unknown): ConfigResult {
  return { ok: false, problem: { code: 'config-invalid', field, expected, received: describe(received) } };
}

export function parseRuntimeConfig(raw: unknown): ConfigResult {
  if (!isRecord(raw)) return invalid('(file)', 'a JSON object', raw);
  const { feed, refreshIntervalSeconds, requestTimeoutSeconds, retries, publicationLagMonths } = raw;
  if (!isRecord(feed)) return invalid('feed', 'an object such as {"mode": "fixtures"}', feed);

  let feedConfig: FeedConfig;
  if (feed.mode === 'fixtures') {
    feedConfig = { mode: 'fixtures' };
  } else if (feed.mode === 'http') {
    const { baseUrl } = feed;
    let url: URL | null = null;
    try {
      url = typeof baseUrl === 'string' ? new URL(baseUrl) : null;
    } catch {
      url = null;
    }
    // A query or fragment would end up in the middle of every request URL built from it.
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
      return invalid('feed.baseUrl', 'an absolute http(s) URL without ?query or #fragment, e.g. "https://feed.example.org/api/v1"', baseUrl);
    }
    feedConfig = { mode: 'http', baseUrl: url.toString().replace(/\/+$/, '') };
  } else {
    return invalid('feed.mode', '"fixtures" or "http"', feed.mode);
  }

  let refresh: number | null = DEFAULT_REFRESH_SECONDS;
  if (refreshIntervalSeconds === null || refreshIntervalSeconds === 0) refresh = null;
  else if (refreshIntervalSeconds !== undefined) {
    if (
      typeof refreshIntervalSeconds !== 'number' ||
      !Number.isFinite(refreshIntervalSeconds) ||
      refreshIntervalSeconds < MIN_REFRESH_SECONDS
    ) {
      return invalid(
        'refreshIntervalSeconds',
        `a number of seconds ≥ ${MIN_REFRESH_SECONDS}, or 0 / null for no auto-refresh`,
        refreshIntervalSeconds,
      );
    }
    refresh = refreshIntervalSeconds;
  }
  let timeout = DEFAULT_TIMEOUT_SECONDS;
  if (requestTimeoutSeconds !== undefined) {
    if (typeof requestTimeoutSeconds !== 'number' || !Number.isFinite(requestTimeoutSeconds) || requestTimeoutSeconds < 1 || requestTimeoutSeconds > 300) {
      return invalid('requestTimeoutSeconds', 'a number of seconds from 1 to 300', requestTimeoutSeconds);
    }
    timeout = requestTimeoutSeconds;
  }
  let retryCount = DEFAULT_RETRIES;
  if (retries !== undefined) {
    if (typeof retries !== 'number' || !Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
      return invalid('retries', `a whole number from 0 to ${MAX_RETRIES}`, retries);
    }
    retryCount = retries;
  }
  let lag: number | null = null;
  if (publicationLagMonths !== undefined && publicationLagMonths !== null) {
    if (typeof publicationLagMonths !== 'number' || !Number.isInteger(publicationLagMonths) || publicationLagMonths < 0 || publicationLagMonths > 36) {
      return invalid('publicationLagMonths', 'a whole number of months from 0 to 36, or null', publicationLagMonths);
    }
    lag = publicationLagMonths;
  }
  return {
    ok: true,
    config: { feed: feedConfig, refreshIntervalSeconds: refresh, requestTimeoutSeconds: timeout, retries: retryCount, publicationLagMonths: lag },
  };
}

/** Fetches and validates `config.json` next to the app. Never throws. */
export async function loadRuntimeConfig(url: string): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (error) {
    return { ok: false, problem: { code: 'config-unreachable', message: error instanceof Error ? error.message : String(error) } };
  }
  if (!response.ok) return { ok: false, problem: { code: 'config-missing', status: response.status } };
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    return { ok: false, problem: { code: 'config-not-json' } };
  }
  return parseRuntimeConfig(raw);
}
