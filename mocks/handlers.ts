import { delay, http, HttpResponse } from 'msw';
import builtInCatalogue from '../src/feed/catalogues/built-in.json' with { type: 'json' };
import type { CatalogueBody } from '../src/feed/catalogue-schema';
import type { ObservationWire } from '../src/feed/observations-schema';
import { FIXTURE_FEED_PATH } from '../src/feed/fixture-feed';
import { isPeriod } from '../src/kpi/period';
import { FIXTURE_SERIES, isFixtureKpiId } from './fixtures';
import type { FixtureKpiId } from './fixtures';
import { PUBLISHED_CATALOGUE, PUBLISHED_OBSERVATIONS } from './published';
import { SERVER_ERROR_FAILURES, SLOW_DELAY_MS, YEAR_IN_PROGRESS_END } from './scenarios';
import type { Scenario } from './scenarios';

export const CATALOGUE_PATH = `*${FIXTURE_FEED_PATH}/kpis`;
export const OBSERVATIONS_PATH = `*${FIXTURE_FEED_PATH}/kpis/:kpiId/observations`;

/** The fixture feed's catalogue: the built-in 2020 catalogue, in the catalogue's own format. */
export const FIXTURE_CATALOGUE: CatalogueBody = builtInCatalogue as CatalogueBody;

/** A wire observation whose value may be broken on purpose (`malformed`). */
type LooseObservation = Omit<ObservationWire, 'value'> & { value: unknown };

function seriesFor(kpiId: FixtureKpiId, scenario: Scenario): LooseObservation[] {
  const points: LooseObservation[] = FIXTURE_SERIES[kpiId].map(({ period, value }) => ({ period, value }));
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
function breakSeries(kpiId: FixtureKpiId, series: LooseObservation[]): LooseObservation[] {
  if (kpiId === 'trademark-registration-review-cycle') {
    const first = series[0];
    return first === undefined ? series : [...series, { ...first }];
  }
  if (kpiId === 'ip-pledge-financing') {
    return series.map((point) => (point.period === '2020-03' ? { ...point, value: 'n/a' } : point));
  }
  return series;
}

const UNITS = { 'ip-pledge-financing': 'cny-100m' } as const;

/**
 * The fixture feed, speaking feed contract v2 (a catalogue at `/kpis`, observations per KPI). The
 * same handlers serve the browser worker (fixtures mode) and the vitest server.
 */
export function createHandlers(scenario: Scenario = 'normal') {
  // `server-error`: each KPI's first SERVER_ERROR_FAILURES requests fail with a 500, as in an
  // outage that outlasts the app's automatic retries (2 by default), so the card shows its error
  // and its retry button visibly recovers it.
  const failures = new Map<string, number>();
  return [
    // `slow` delays the observations only, so the cards' skeletons show while they load.
    http.get(CATALOGUE_PATH, () => {
      return HttpResponse.json(scenario === 'published' ? PUBLISHED_CATALOGUE : FIXTURE_CATALOGUE);
    }),
    http.get(OBSERVATIONS_PATH, async ({ params, request }) => {
      const kpiId = String(params.kpiId);
      if (scenario === 'slow') await delay(SLOW_DELAY_MS);
      if (scenario === 'published') {
        const body = PUBLISHED_OBSERVATIONS[kpiId];
        return body === undefined
          ? HttpResponse.json({ error: `KPI "${kpiId}" is not provided by this feed` }, { status: 404 })
          : HttpResponse.json(body);
      }
      if (!isFixtureKpiId(kpiId)) {
        return HttpResponse.json({ error: `KPI "${kpiId}" is not provided by this feed` }, { status: 404 });
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
      const unit = kpiId === 'ip-pledge-financing' ? UNITS[kpiId] : 'months';
      return HttpResponse.json({ kpiId, unit, observations });
    }),
  ];
}

export const handlers = createHandlers('normal');
