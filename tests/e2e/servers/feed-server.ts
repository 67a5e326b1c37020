import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { FIXTURE_SERIES, isFixtureKpiId } from '../../../mocks/fixtures';
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
    observations: [
      { period: '2019-12', value: 14.5, source: { title: 'Test data' } },
      { period: '2020-06', value: 12.8, source: { title: 'Test data' } },
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
 *   POST /__control  {"kpiId": "...", "fault": <FeedFault> | null}   (or {"reset": true})
 *
 * The control endpoint exists because tests run in worker processes and this server lives in
 * the runner's global setup: a test cannot call `setFault` directly, but it can POST.
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
  setFault(kpiId: KpiId, fault: FeedFault | null): void;
  resetFaults(): void;
}

const OBSERVATIONS_ROUTE = /^\/api\/(v1|v2)\/kpis\/([^/]+)\/observations\/?$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Max-Age': '600',
} as const;

export function createFeedHandler(): FeedServerHandler {
  const faults = new Map<KpiId, FeedFault>();
  const flapCount = new Map<KpiId, number>();

  function setFault(kpiId: KpiId, fault: FeedFault | null): void {
    flapCount.delete(kpiId);
    if (fault === null) faults.delete(kpiId);
    else faults.set(kpiId, fault);
  }

  function resetFaults(): void {
    faults.clear();
    flapCount.clear();
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

    if (url.pathname === '/api/v2/kpis' && request.method === 'GET') {
      const fault = faults.get('(catalogue)');
      if (fault === 'http-500') sendJson(response, 500, { error: 'internal error (fault injected by the test)' });
      else sendJson(response, 200, V2_CATALOGUE);
      return;
    }

    const match = OBSERVATIONS_ROUTE.exec(url.pathname);
    if (match === null || request.method !== 'GET') {
      sendJson(response, 404, { error: `No route for ${request.method ?? '?'} ${url.pathname}` });
      return;
    }

    const version = match[1];
    const kpiId = decodeURIComponent(match[2] ?? '');
    if (version === 'v2') {
      const body = V2_OBSERVATIONS[kpiId];
      if (body === undefined) sendJson(response, 404, { error: `KPI "${kpiId}" is not provided by this feed` });
      else if (faults.get(kpiId) === 'http-500') sendJson(response, 500, { error: 'internal error (fault injected by the test)' });
      else sendJson(response, 200, body);
      return;
    }
    if (!isFixtureKpiId(kpiId)) {
      sendJson(response, 404, { error: `KPI "${kpiId}" is not provided by this feed` });
      return;
    }
    const fault = faults.get(kpiId);
    if (fault === 'flap') {
      const count = (flapCount.get(kpiId) ?? 0) + 1;
      flapCount.set(kpiId, count);
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
      .map(({ period, value }) => ({ period, value }));
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
  if (isRecord(body) && body.reset === true) {
    control.resetFaults();
    sendJson(response, 200, { ok: true });
    return;
  }
  if (isRecord(body) && typeof body.kpiId === 'string' && (isFeedFault(body.fault) || body.fault === null)) {
    control.setFault(body.kpiId, body.fault);
    sendJson(response, 200, { ok: true });
    return;
  }
  sendJson(response, 400, { error: `expected {"kpiId", "fault": ${FEED_FAULTS.join(' | ')} | null} or {"reset": true}` });
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
