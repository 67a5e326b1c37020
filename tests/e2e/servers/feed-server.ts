import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { FIXTURE_SERIES } from '../../../mocks/fixtures';
import { isKpiId, KPI_DEFINITIONS } from '../../../src/kpi/kpi-definitions';
import type { KpiId } from '../../../src/kpi/kpi-definitions';

/**
 * A real HTTP feed speaking feed contract v1, built from the same fixture series as the MSW
 * feed, so http mode must show exactly what fixtures mode shows.
 *
 *   GET  /api/v1/kpis/:kpiId/observations?from=YYYY-MM&to=YYYY-MM
 *   POST /__control  {"kpiId": "...", "fault": "http-500" | null}   (or {"reset": true})
 *
 * The control endpoint exists because tests run in worker processes and this server lives in
 * the runner's global setup: a test cannot call `setFault` directly, but it can POST.
 */
export type FeedFault = 'http-500';

export interface FeedServerHandler {
  onRequest: RequestListener;
  setFault(kpiId: KpiId, fault: FeedFault | null): void;
  resetFaults(): void;
}

const OBSERVATIONS_ROUTE = /^\/api\/v1\/kpis\/([^/]+)\/observations\/?$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Accept',
  'Access-Control-Max-Age': '600',
} as const;

export function createFeedHandler(): FeedServerHandler {
  const faults = new Map<KpiId, FeedFault>();

  function setFault(kpiId: KpiId, fault: FeedFault | null): void {
    if (fault === null) faults.delete(kpiId);
    else faults.set(kpiId, fault);
  }

  function resetFaults(): void {
    faults.clear();
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

    const match = OBSERVATIONS_ROUTE.exec(url.pathname);
    if (match === null || request.method !== 'GET') {
      sendJson(response, 404, { error: `No route for ${request.method ?? '?'} ${url.pathname}` });
      return;
    }

    const kpiId = decodeURIComponent(match[1] ?? '');
    if (!isKpiId(kpiId)) {
      sendJson(response, 404, { error: `KPI "${kpiId}" is not provided by this feed` });
      return;
    }
    if (faults.get(kpiId) === 'http-500') {
      sendJson(response, 500, { error: 'internal error (fault injected by the test)' });
      return;
    }

    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    if ((from !== null && !PERIOD.test(from)) || (to !== null && !PERIOD.test(to))) {
      sendJson(response, 400, { error: 'from and to must be YYYY-MM' });
      return;
    }

    const observations = FIXTURE_SERIES[kpiId]
      .filter((point) => (from === null || point.period >= from) && (to === null || point.period <= to))
      .map(({ period, value }) => ({ period, value }));
    sendJson(response, 200, { kpiId, unit: KPI_DEFINITIONS[kpiId].unit, observations });
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
  if (isRecord(body) && isKpiId(body.kpiId) && (body.fault === 'http-500' || body.fault === null)) {
    control.setFault(body.kpiId, body.fault);
    sendJson(response, 200, { ok: true });
    return;
  }
  sendJson(response, 400, { error: 'expected {"kpiId", "fault": "http-500" | null} or {"reset": true}' });
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
