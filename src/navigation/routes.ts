import type { KpiId } from '../kpi/kpi-definitions';

export type Route =
  | { name: 'overview' }
  | { name: 'kpi-detail'; kpiId: KpiId }
  | { name: 'present' }
  | { name: 'not-found'; pathname: string; kpiId?: string };

const DETAIL_PATTERN = /^\/kpi\/([^/]+)\/?$/;
const KPI_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'overview' };
  if (pathname === '/present' || pathname === '/present/') return { name: 'present' };
  const match = DETAIL_PATTERN.exec(pathname);
  if (match !== null) {
    let kpiId: string;
    try {
      kpiId = decodeURIComponent(match[1] ?? '');
    } catch {
      // A malformed escape (`%E0%A4%A`) names no KPI.
      return { name: 'not-found', pathname };
    }
    // Which ids exist is the catalogue's to say; the route only checks the id's shape.
    return KPI_ID_PATTERN.test(kpiId) ? { name: 'kpi-detail', kpiId } : { name: 'not-found', pathname, kpiId };
  }
  return { name: 'not-found', pathname };
}

/**
 * Parameters that travel with the user between views: the language, the as-of month (so a KPI
 * reads the same in its detail view as on the card that led there), the known-on day of a replay
 * and the fixture scenario.
 */
const CARRIED = ['lang', 'asOf', 'knownOn', 'scenario'] as const;

function carry(from: URLSearchParams, extra: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const name of CARRIED) {
    const value = from.get(name);
    if (value !== null) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) if (value !== null) params.set(name, value);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function overviewHref(current: URLSearchParams, extra: Record<string, string | null> = {}): string {
  return `/${carry(current, extra)}`;
}

/** The deck, opened on the view's as-of month and language. */
export function presentHref(current: URLSearchParams, extra: Record<string, string | null> = {}): string {
  return `/present${carry(current, extra)}`;
}

export function detailHref(kpiId: KpiId, current: URLSearchParams, extra: Record<string, string | null> = {}): string {
  return `/kpi/${encodeURIComponent(kpiId)}${carry(current, extra)}`;
}
