import { delay, http, HttpResponse } from 'msw';
import { FIXTURE_FEED_PATH } from '../src/feed/fixture-feed';
import { isKpiId, KPI_DEFINITIONS } from '../src/kpi/kpi-definitions';
import type { KpiId } from '../src/kpi/kpi-definitions';
import { isPeriod } from '../src/kpi/period';
import { FIXTURE_SERIES } from './fixtures';
import { SERVER_ERROR_FAILURES, SLOW_DELAY_MS, YEAR_IN_PROGRESS_END } from './scenarios';
import type { Scenario } from './scenarios';

export const OBSERVATIONS_PATH = `*${FIXTURE_FEED_PATH}/kpis/:kpiId/observations`;

interface WireObservation {
  period: string;
  value: unknown;
  provisional?: boolean;
}

function seriesFor(kpiId: KpiId, scenario: Scenario): WireObservation[] {
  const points = FIXTURE_SERIES[kpiId].map(({ period, value }) => ({ period, value }) as WireObservation);
  if (scenario === 'empty') return [];
  if (scenario === 'year-in-progress') {
    const upTo = points.filter((point) => point.period <= YEAR_IN_PROGRESS_END);
    const last = upTo.at(-1);
    if (last !== undefined) last.provisional = true;
    return upTo;
  }
  return points;
}

/**
 * `malformed` breaks two KPIs in two different ways and leaves the others intact, so the page
 * shows that one bad response stays on its own card.
 */
function breakSeries(kpiId: KpiId, series: WireObservation[]): WireObservation[] {
  if (kpiId === 'trademark-registration-review-cycle') {
    const first = series[0];
    return first === undefined ? series : [...series, { ...first }];
  }
  if (kpiId === 'ip-pledge-financing') {
    return series.map((point) => (point.period === '2020-03' ? { ...point, value: 'n/a' } : point));
  }
  return series;
}

/**
 * The fixture feed, speaking feed contract v1. The same handlers serve the browser worker
 * (fixtures mode) and the vitest server.
 */
export function createHandlers(scenario: Scenario = 'normal') {
  // `server-error`: each KPI's first SERVER_ERROR_FAILURES requests fail with a 500, as in an
  // outage that outlasts the app's automatic retries (2 by default), so the card shows its error
  // and its retry button visibly recovers it.
  const failures = new Map<KpiId, number>();
  return [
    http.get(OBSERVATIONS_PATH, async ({ params, request }) => {
      const { kpiId } = params;
      if (scenario === 'slow') await delay(SLOW_DELAY_MS);
      if (!isKpiId(kpiId)) {
        return HttpResponse.json({ error: `KPI "${String(kpiId)}" is not provided by this feed` }, { status: 404 });
      }
      if (scenario === 'server-error' && (failures.get(kpiId) ?? 0) < SERVER_ERROR_FAILURES) {
        failures.set(kpiId, (failures.get(kpiId) ?? 0) + 1);
        return HttpResponse.json({ error: 'internal error' }, { status: 500 });
      }
      const url = new URL(request.url);
      const from = url.searchParams.get('from');
      const to = url.searchParams.get('to');
      if ((from !== null && !isPeriod(from)) || (to !== null && !isPeriod(to))) {
        return HttpResponse.json({ error: 'from and to must be YYYY-MM' }, { status: 400 });
      }
      let observations = seriesFor(kpiId, scenario).filter(
        (point) => (from === null || point.period >= from) && (to === null || point.period <= to),
      );
      if (scenario === 'malformed') observations = breakSeries(kpiId, observations);
      return HttpResponse.json({ kpiId, unit: KPI_DEFINITIONS[kpiId].unit, observations });
    }),
  ];
}

export const handlers = createHandlers('normal');
