import { z } from 'zod';

/**
 * `config.json`, fetched at start-up and replaceable at deploy time without a rebuild. It is the
 * only place the feed's location comes from: never the page URL or user input.
 *
 * One zod schema is the whole contract: the rules, the defaults and (inferred from it) the
 * `RuntimeConfig` type everything else uses. A broken file stops the app with a page naming the
 * field, what it should be (`ConfigExpectation`, a message in each language) and what it was.
 */

export const DEFAULT_REFRESH_SECONDS = 300;
export const MIN_REFRESH_SECONDS = 10;
/**
 * One day. Browsers keep timer delays in a signed 32-bit count of milliseconds: anything above
 * 2,147,483 s overflows, fires at once and, as an interval, re-fetches the feed about a hundred
 * times a second. A dashboard refreshed less than daily is better reloaded, so the cap is far
 * below that limit.
 */
export const MAX_REFRESH_SECONDS = 86_400;
export const DEFAULT_TIMEOUT_SECONDS = 15;
export const MAX_TIMEOUT_SECONDS = 300;
export const DEFAULT_RETRIES = 2;
export const MAX_RETRIES = 5;
export const MAX_PUBLICATION_LAG_MONTHS = 36;

/** What a field should have been, one message per case in `config.expected.*`. */
export type ConfigExpectation =
  | 'file'
  | 'feed'
  | 'feed.mode'
  | 'feed.baseUrl'
  | 'feed.baseUrl.credentials'
  | 'feed.layout'
  | 'feed.catalogue'
  | 'refreshIntervalSeconds'
  | 'requestTimeoutSeconds'
  | 'retries'
  | 'publicationLagMonths';

/** A refinement's issue says which expectation it broke, when the field's own is too general. */
function fail(ctx: z.core.$RefinementCtx, input: unknown, expectation: ConfigExpectation, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', input, message: expectation, params: { expectation }, ...(path === undefined ? {} : { path }) });
}

/**
 * The feed's base URL: an absolute http(s) URL; with the `static-files` layout also a path on
 * this site (`/feeds/published`), resolved against the page's origin, so a feed shipped with the
 * build works from any static host.
 */
function resolveBaseUrl(value: string, allowSitePath: boolean, pageOrigin: string | undefined, ctx: z.core.$RefinementCtx): string {
  let url: URL;
  try {
    const isSitePath = value.startsWith('/') && !value.startsWith('//');
    if (isSitePath && (!allowSitePath || pageOrigin === undefined)) throw new TypeError('a path needs the static-files layout and a page');
    url = isSitePath ? new URL(value, pageOrigin) : new URL(value);
  } catch {
    fail(ctx, value, 'feed.baseUrl', ['baseUrl']);
    return value;
  }
  // A query or fragment would end up in the middle of every request URL built from it.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    fail(ctx, value, 'feed.baseUrl', ['baseUrl']);
    return value;
  }
  // config.json is public to every visitor, and the URL is printed in the feed's errors.
  if (url.username !== '' || url.password !== '') {
    fail(ctx, value, 'feed.baseUrl.credentials', ['baseUrl']);
    return value;
  }
  return url.toString().replace(/\/+$/, '');
}

const feedSchema = (pageOrigin: string | undefined) =>
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('fixtures') }),
    z
      .object({
        mode: z.literal('http'),
        baseUrl: z.string(),
        /**
         * `api` (the contract's URLs, the default) or `static-files` (the same answers as `.json`
         * files: the published dataset in the build, or any feed exported to a static host).
         * Left out of the parsed config when not written, so a v1 config reads as it always did.
         */
        layout: z.enum(['api', 'static-files']).optional(),
        /**
         * `auto` (the default): ask the feed for its catalogue, and use the built-in 2020 one
         * when it answers 404 (a contract v1 feed). `built-in`: a v1 feed, never asked.
         */
        catalogue: z.enum(['auto', 'built-in']).optional(),
      })
      .transform((feed, ctx) => {
        const baseUrl = resolveBaseUrl(feed.baseUrl, feed.layout === 'static-files', pageOrigin, ctx);
        // Fields left out stay out, so a v1 config reads as it always did.
        return {
          mode: feed.mode,
          baseUrl,
          ...(feed.layout === undefined ? {} : { layout: feed.layout }),
          ...(feed.catalogue === undefined ? {} : { catalogue: feed.catalogue }),
        };
      }),
  ]);

const configSchema = (pageOrigin: string | undefined) => z.object({
  feed: feedSchema(pageOrigin),
  /** Re-fetch every KPI this often; `null` (or `0` in the file) turns auto-refresh off. */
  refreshIntervalSeconds: z
    .union([z.null(), z.literal(0), z.number().min(MIN_REFRESH_SECONDS).max(MAX_REFRESH_SECONDS)])
    .default(DEFAULT_REFRESH_SECONDS)
    .transform((seconds) => (seconds === 0 ? null : seconds)),
  /** A feed request still unanswered after this long is abandoned as timed out. */
  requestTimeoutSeconds: z.number().min(1).max(MAX_TIMEOUT_SECONDS).default(DEFAULT_TIMEOUT_SECONDS),
  /** Further tries after a transient failure (network, timeout, HTTP 5xx or 429), with backoff. */
  retries: z.int().min(0).max(MAX_RETRIES).default(DEFAULT_RETRIES),
  /**
   * How many months after a month's end its figures are expected in the feed. When set, a feed
   * whose latest month is older than (this month − lag − 1) is shown as having stopped updating.
   * `null` (the default, and right for the historical fixture data) turns the check off.
   */
  publicationLagMonths: z.int().min(0).max(MAX_PUBLICATION_LAG_MONTHS).nullable().default(null),
});

/** The schema as a static file is checked: a feed path (`/feeds/…`) needs a page to resolve against. */
export const runtimeConfigSchema = configSchema(undefined);

/** The configuration as config.json writes it (defaults may be left out). */
export type RuntimeConfigInput = z.input<typeof runtimeConfigSchema>;
export type RuntimeConfig = z.output<typeof runtimeConfigSchema>;
export type FeedConfig = RuntimeConfig['feed'];

export type ConfigProblem =
  | { code: 'config-missing'; status: number }
  | { code: 'config-unreachable'; message: string }
  | { code: 'config-not-json' }
  | { code: 'config-invalid'; field: string; expected: ConfigExpectation; received: string };

export type ConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; problem: ConfigProblem };

const FIELD_EXPECTATIONS: Record<string, ConfigExpectation> = {
  feed: 'feed',
  'feed.mode': 'feed.mode',
  'feed.baseUrl': 'feed.baseUrl',
  'feed.layout': 'feed.layout',
  'feed.catalogue': 'feed.catalogue',
  refreshIntervalSeconds: 'refreshIntervalSeconds',
  requestTimeoutSeconds: 'requestTimeoutSeconds',
  retries: 'retries',
  publicationLagMonths: 'publicationLagMonths',
};

const MAX_RECEIVED = 80;

/**
 * A short rendering of what the file held, built without serialising a whole nested value, and
 * with any user name and password in a URL replaced by `***`: the page must not repeat a secret.
 */
export function describeReceived(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'string') text = JSON.stringify(value.length > MAX_RECEIVED ? value.slice(0, MAX_RECEIVED) : value);
  else if (Array.isArray(value)) text = `[…] (${value.length})`;
  else if (typeof value === 'object' && value !== null) {
    text = `{${Object.keys(value).slice(0, 8).map((key) => `${JSON.stringify(key.slice(0, 40))}: …`).join(', ')}}`;
  } else text = String(value);
  text = text.replace(/([a-z][a-z\d+.-]*:\/\/)[^/?#\s"]*@/gi, '$1***@');
  return text.length > MAX_RECEIVED ? `${text.slice(0, MAX_RECEIVED - 1)}…` : text;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function expectationOf(issue: z.core.$ZodIssue, field: string): ConfigExpectation {
  const named = issue.code === 'custom' ? (issue.params?.expectation as ConfigExpectation | undefined) : undefined;
  return named ?? FIELD_EXPECTATIONS[field] ?? 'file';
}

const schemas = new Map<string | undefined, ReturnType<typeof configSchema>>([[undefined, runtimeConfigSchema]]);

/** Validates config.json; `pageOrigin` resolves a feed given as a path on this site. */
export function parseRuntimeConfig(raw: unknown, pageOrigin: string | undefined = globalThis.location?.origin): ConfigResult {
  let schema = schemas.get(pageOrigin);
  if (schema === undefined) {
    schema = configSchema(pageOrigin);
    schemas.set(pageOrigin, schema);
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  // Issues come in the schema's field order; the first one is named, as a person fixes one at a time.
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.length === 0 ? '(file)' : path.map(String).join('.');
  return {
    ok: false,
    problem: {
      code: 'config-invalid',
      field,
      expected: issue === undefined || path.length === 0 ? 'file' : expectationOf(issue, field),
      received: describeReceived(valueAt(raw, path)),
    },
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
