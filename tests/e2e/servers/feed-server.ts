import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { FIXTURE_SERIES, isFixtureKpiId } from '../../../mocks/fixtures';
import { FIXTURE_CATALOGUE } from '../../../mocks/handlers';
import { PUBLISHED_CATALOGUE, PUBLISHED_OBSERVATIONS } from '../../../mocks/published';
import type { CatalogueBody } from '../../../src/feed/catalogue-schema';
import type { ObservationsBody } from '../../../src/feed/observations-schema';

type KpiId = string;
const unitOf = (kpiId: KpiId) => (kpiId === 'ip-pledge-financing' ? 'cny-100m' : 'months');

/** A fifth KPI that only the v2 feed's catalogue lists: the dashboard must show it with no code change. */
export const OPPOSITION_KPI_ID = 'trademark-opposition-review-cycle';

/**
 * The v2 feed (`/api/v2`): the published dataset's catalogue plus a fifth KPI, and a 2025 level
 * target for pledge financing (≥ 3200 亿元 by 2025, set in 2021), so a level target reached
 * early (4868.8 in 2022) reads `met-early`.
 */
export const V2_CATALOGUE: CatalogueBody = {
  kpis: [
    ...PUBLISHED_CATALOGUE.kpis.map((kpi) =>
      kpi.id === 'ip-pledge-financing'
        ? { ...kpi, targets: [...(kpi.targets ?? []), { year: 2025, setIn: 2021, kind: 'at-least' as const, value: 3200, source: { title: '“十四五”知识产权保护和运用规划（测试数据）', quote: '3200亿元' } }] }
        : kpi,
    ),
    {
      id: OPPOSITION_KPI_ID,
      name: { 'zh-CN': '商标异议审查周期', en: 'Trademark opposition review cycle' },
      definition: { 'zh-CN': '商标异议案件的平均审查周期（测试数据）。', en: 'Average review cycle of trademark oppositions (test data).' },
      unit: 'months',
      direction: 'lower-is-better',
      measure: 'ytd-average',
      targets: [{ year: 2020, kind: 'at-most', value: 12, source: { title: { 'zh-CN': '测试数据', en: 'Test data' } } }],
    },
  ],
};

const V2_OBSERVATIONS: Readonly<Record<string, ObservationsBody>> = {
  ...PUBLISHED_OBSERVATIONS,
  [OPPOSITION_KPI_ID]: {
    kpiId: OPPOSITION_KPI_ID,
    unit: 'months',
    // Vintages: H1 2020 was first published on 2020-07-15 (12.8, provisional) and revised on
    // 2020-08-14 (12.5). `?knownOn=2020-07-31` must read 12.8; without it, 12.5, marked revised.
    observations: [
      { period: '2019-12', value: 14.5, source: { title: 'Test data', publishedOn: '2020-01-20' } },
      { period: '2020-06', value: 12.5, source: { title: 'Test data (revised)', publishedOn: '2020-08-14' } },
      { period: '2020-06', value: 12.8, provisional: true, source: { title: 'Test data', publishedOn: '2020-07-15' } },
      { period: '2020-12', value: 11.6, source: { title: 'Test data', publishedOn: '2021-01-25' } },
    ],
  },
};

/**
 * A real HTTP feed. Under `/api/v1` it speaks feed contract v1 (no catalogue: `/kpis` is 404),
 * built from the same fixture series as the MSW feed, so http mode must show exactly what
 * fixtures mode shows. Under `/api/v2` it speaks contract v2: a catalogue and the published
 * dataset, with a fifth KPI.
 *
 *   GET  /api/v1/kpis/:kpiId/observations?from=YYYY-MM&to=YYYY-MM
 *   GET  /api/v2/kpis, /api/v2/kpis/:kpiId/observations
 *   GET  /scope/:scope/api/v1/kpis/:kpiId/observations…   (the same feed, seen by one test)
 *   POST /__control  {"scope": "...", "kpiId": "...", "fault": <FeedFault> | null}
 *                    (or {"scope": "...", "reset": true})
 *
 * The control endpoint exists because tests run in worker processes and this server lives in
 * the runner's global setup: a test cannot call `setFault` directly, but it can POST.
 *
 * A fault is set for one scope and only requests under `/scope/<that scope>/` see it: the
 * unscoped feed is never faulty, so a test injecting faults cannot turn a test running at the
 * same time in another worker red. Only an in-process caller that owns its server (the
 * benchmark) may fault the unscoped feed, with `UNSCOPED`.
 */
export const FEED_FAULTS = [
  /** Every request answers 500. */
  'http-500',
  /** Every request answers 503 with Retry-After. */
  'http-503',
  /** Requests alternate: 500, then a good answer, then 500… */
  'flap',
  /** The connection is accepted and never answered (until the server closes). */
  'hang',
  /** A 200 whose body stops half-way and the connection drops. */
  'truncate',
  /** A 200 carrying a proxy's HTML error page instead of JSON. */
  'html',
  /** A 200 with an empty body. */
  'empty-body',
  /** A 200 whose third entry has `"value": null`. */
  'null-value',
  /** A 200 with 100,000 valid monthly observations (0001-01 onwards). */
  'huge',
  /** A 200 whose 2020-12 figure is revised: a quarter higher (high-value: 14.0 → 17.5 months). */
  'revise',
  /** A 200 that stops at 2020-06: the feed "loses" July to December. */
  'shrink',
  /** A 404: the feed no longer provides the KPI. */
  'not-found',
  /** A 200 with an empty `observations` list. */
  'empty-list',
] as const;

export type FeedFault = (typeof FEED_FAULTS)[number];

function isFeedFault(value: unknown): value is FeedFault {
  return typeof value === 'string' && (FEED_FAULTS as readonly string[]).includes(value);
}

const HUGE_COUNT = 100_000;

/** 100,000 distinct months from 0001-01, with values that stay valid for the KPI's unit. */
function hugeSeries(): { period: string; value: number }[] {
  return Array.from({ length: HUGE_COUNT }, (_, index) => {
    const year = 1 + Math.floor(index / 12);
    const month = (index % 12) + 1;
    return { period: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`, value: 10 + ((index * 7919) % 1000) / 100 };
  });
}

export interface FeedServerHandler {
  onRequest: RequestListener;
  setFault(scope: string, kpiId: KpiId, fault: FeedFault | null): void;
  resetFaults(scope: string): void;
}

/** Copies of each fixture KPI in the `/api/many` catalogue: 4 × 10 = 40 KPIs. */
export const MANY_COPIES = 10;

/**
 * `/api/many`: a catalogue of 40 KPIs, each fixture KPI ten times over (`…-1` to `…-10`, names
 * numbered), each answering its fixture's observations. For the benchmark's figures at scale.
 */
export const MANY_CATALOGUE: CatalogueBody = {
  kpis: Array.from({ length: MANY_COPIES }, (_, copy) =>
    FIXTURE_CATALOGUE.kpis.map((kpi) => ({
      ...kpi,
      id: `${kpi.id}-${copy + 1}`,
      name: { 'zh-CN': `${kpi.name['zh-CN']}（${copy + 1}）`, en: `${kpi.name.en} (${copy + 1})` },
    })),
  ).flat(),
};
const MANY_CATALOGUE_ROUTE = /^\/api\/many\/kpis\/?$/;
const MANY_OBSERVATIONS_ROUTE = /^\/api\/many\/kpis\/([^/]+)-(\d+)\/observations\/?$/;

const OBSERVATIONS_ROUTE = /^(?:\/scope\/([^/]+))?\/api\/(v1|v2)\/kpis\/([^/]+)\/observations\/?$/;
const CATALOGUE_ROUTE = /^(?:\/scope\/([^/]+))?\/api\/v2\/kpis\/?$/;
const SCOPE = /^[\w.-]{1,200}$/;
/** The scope of requests without a `/scope/…` prefix: not reachable through `/__control`. */
export const UNSCOPED = '';
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Max-Age': '600',
} as const;

export function createFeedHandler(): FeedServerHandler {
  // Keyed by `${scope} ${kpiId}`.
  const faults = new Map<string, FeedFault>();
  const flapCount = new Map<string, number>();

  function setFault(scope: string, kpiId: KpiId, fault: FeedFault | null): void {
    const key = `${scope} ${kpiId}`;
    flapCount.delete(key);
    if (fault === null) faults.delete(key);
    else faults.set(key, fault);
  }

  function resetFaults(scope: string): void {
    for (const key of [...faults.keys(), ...flapCount.keys()]) {
      if (key.startsWith(`${scope} `)) {
        faults.delete(key);
        flapCount.delete(key);
      }
    }
  }

  const onRequest: RequestListener = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://feed.invalid');

    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS_HEADERS).end();
      return;
    }

    if (url.pathname === '/__control' && request.method === 'POST') {
      void handleControl(request, response, { setFault, resetFaults });
      return;
    }

    if (MANY_CATALOGUE_ROUTE.test(url.pathname) && request.method === 'GET') {
      sendJson(response, 200, MANY_CATALOGUE);
      return;
    }
    const many = MANY_OBSERVATIONS_ROUTE.exec(url.pathname);
    if (many !== null && request.method === 'GET') {
      const baseId = many[1] ?? '';
      const copy = Number(many[2]);
      if (!isFixtureKpiId(baseId) || copy < 1 || copy > MANY_COPIES) sendJson(response, 404, { error: `KPI "${baseId}-${many[2]}" is not provided by this feed` });
      else sendJson(response, 200, { kpiId: `${baseId}-${copy}`, unit: unitOf(baseId), observations: FIXTURE_SERIES[baseId] });
      return;
    }

    const catalogue = CATALOGUE_ROUTE.exec(url.pathname);
    if (catalogue !== null && request.method === 'GET') {
      if (faults.get(`${catalogue[1] ?? UNSCOPED} (catalogue)`) === 'http-500') sendJson(response, 500, { error: 'internal error (fault injected by the test)' });
      else sendJson(response, 200, V2_CATALOGUE);
      return;
    }

    const match = OBSERVATIONS_ROUTE.exec(url.pathname);
    if (match === null || request.method !== 'GET') {
      sendJson(response, 404, { error: `No route for ${request.method ?? '?'} ${url.pathname}` });
      return;
    }

    const scope = match[1];
    const version = match[2];
    const kpiId = decodeURIComponent(match[3] ?? '');
    if (version === 'v2') {
      const body = V2_OBSERVATIONS[kpiId];
      if (body === undefined) sendJson(response, 404, { error: `KPI "${kpiId}" is not provided by this feed` });
      else if (faults.get(`${scope ?? UNSCOPED} ${kpiId}`) === 'http-500') sendJson(response, 500, { error: 'internal error (fault injected by the test)' });
      else sendJson(response, 200, body);
      return;
    }
    if (!isFixtureKpiId(kpiId)) {
      sendJson(response, 404, { error: `KPI "${kpiId}" is not provided by this feed` });
      return;
    }
    const faultKey = `${scope ?? UNSCOPED} ${kpiId}`;
    const fault = faults.get(faultKey);
    if (fault === 'flap') {
      const count = (flapCount.get(faultKey) ?? 0) + 1;
      flapCount.set(faultKey, count);
      if (count % 2 === 1) {
        sendJson(response, 500, { error: 'flapping (fault injected by the test)' });
        return;
      }
    }
    if (fault === 'http-500') {
      sendJson(response, 500, { error: 'internal error (fault injected by the test)' });
      return;
    }
    if (fault === 'http-503') {
      response.writeHead(503, { ...CORS_HEADERS, 'Retry-After': '1', 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ error: 'unavailable (fault injected by the test)' }));
      return;
    }
    if (fault === 'hang') return;
    if (fault === 'html') {
      response.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>');
      return;
    }
    if (fault === 'empty-body') {
      response.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json' });
      response.end();
      return;
    }
    if (fault === 'truncate') {
      const body = JSON.stringify({ kpiId, unit: unitOf(kpiId), observations: FIXTURE_SERIES[kpiId] });
      response.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
      response.write(body.slice(0, Math.floor(body.length / 2)));
      // Drop the connection mid-body, as a crashing upstream or a cut proxy would.
      setTimeout(() => response.socket?.destroy(), 50);
      return;
    }
    if (fault === 'not-found') {
      sendJson(response, 404, { error: `KPI "${kpiId}" is not provided by this feed (fault injected by the test)` });
      return;
    }
    if (fault === 'empty-list') {
      sendJson(response, 200, { kpiId, unit: unitOf(kpiId), observations: [] });
      return;
    }
    if (fault === 'huge') {
      sendJson(response, 200, { kpiId, unit: unitOf(kpiId), observations: hugeSeries() });
      return;
    }

    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    if ((from !== null && !PERIOD.test(from)) || (to !== null && !PERIOD.test(to))) {
      sendJson(response, 400, { error: 'from and to must be YYYY-MM' });
      return;
    }

    const observations: { period: string; value: number | null }[] = FIXTURE_SERIES[kpiId]
      .filter((point) => (from === null || point.period >= from) && (to === null || point.period <= to))
      .filter((point) => fault !== 'shrink' || point.period <= '2020-06')
      .map(({ period, value }) => ({ period, value: fault === 'revise' && period === '2020-12' ? Math.round(value * 125) / 100 : value }));
    if (fault === 'null-value' && observations[2] !== undefined) observations[2] = { ...observations[2], value: null };
    sendJson(response, 200, { kpiId, unit: unitOf(kpiId), observations });
  };

  return { onRequest, setFault, resetFaults };
}

async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  control: Pick<FeedServerHandler, 'setFault' | 'resetFaults'>,
): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    sendJson(response, 400, { error: 'control body must be JSON' });
    return;
  }
  const scope = isRecord(body) && typeof body.scope === 'string' && SCOPE.test(body.scope) ? body.scope : null;
  if (scope !== null && isRecord(body) && body.reset === true) {
    control.resetFaults(scope);
    sendJson(response, 200, { ok: true });
    return;
  }
  if (scope !== null && isRecord(body) && typeof body.kpiId === 'string' && (isFeedFault(body.fault) || body.fault === null)) {
    control.setFault(scope, body.kpiId, body.fault);
    sendJson(response, 200, { ok: true });
    return;
  }
  sendJson(response, 400, {
    error: `expected {"scope", "kpiId", "fault": ${FEED_FAULTS.join(' | ')} | null} or {"scope", "reset": true}`,
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
