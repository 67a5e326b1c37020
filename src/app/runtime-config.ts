/**
 * `config.json`, fetched at start-up and replaceable at deploy time without a rebuild. It is the
 * only place the feed's location comes from: never the page URL or user input.
 */
export type FeedConfig = { mode: 'fixtures' } | { mode: 'http'; baseUrl: string };

export interface RuntimeConfig {
  feed: FeedConfig;
  /** Re-fetch every KPI this often; `null` turns auto-refresh off. */
  refreshIntervalSeconds: number | null;
}

export const DEFAULT_REFRESH_SECONDS = 300;
export const MIN_REFRESH_SECONDS = 10;

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
  const { feed, refreshIntervalSeconds } = raw;
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
    if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      return invalid('feed.baseUrl', 'an absolute http(s) URL, e.g. "https://feed.example.org/api/v1"', baseUrl);
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
  return { ok: true, config: { feed: feedConfig, refreshIntervalSeconds: refresh } };
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
