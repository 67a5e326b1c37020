import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { CATALOGUE_PATH, FIXTURE_CATALOGUE, OBSERVATIONS_PATH } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { fixtureFeedBaseUrl } from '../feed/fixture-feed';
import { TEST_CONFIG } from '../../tests/render-app';
import { createQueryClient } from './app';
import { feedRequestPolicy, prefetchFeed } from './feed-start';
import type { RuntimeConfig } from './runtime-config';

const BASE_URL = fixtureFeedBaseUrl('http://localhost');
const FIXTURE_IDS = FIXTURE_CATALOGUE.kpis.map((kpi) => kpi.id);

/** Counts the feed's requests by path while the fixtures answer them. */
function countRequests(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    paths.push(new URL(request.url).pathname.replace(/^.*\/kpis/, '/kpis'));
  });
  return paths;
}

test('the overview and the deck: the catalogue, then every KPI, each asked once and kept for the view', async () => {
  for (const route of [{ name: 'overview' }, { name: 'present' }] as const) {
    const paths = countRequests();
    const queryClient = createQueryClient(TEST_CONFIG);
    await prefetchFeed(queryClient, BASE_URL, feedRequestPolicy(TEST_CONFIG), route);
    server.events.removeAllListeners();

    expect(paths.sort()).toEqual(['/kpis', ...FIXTURE_IDS.map((id) => `/kpis/${id}/observations`)].sort());
    for (const id of FIXTURE_IDS) {
      const cached = queryClient.getQueryCache().findAll({ queryKey: ['feed', BASE_URL, 'kpis', id, 'observations'] });
      expect(cached.map((query) => query.state.status), id).toEqual(['success']);
    }
  }
});

test('a detail view: the catalogue and its own KPI only; an unknown page: nothing', async () => {
  const [first, second] = FIXTURE_IDS;
  const paths = countRequests();
  await prefetchFeed(createQueryClient(TEST_CONFIG), BASE_URL, feedRequestPolicy(TEST_CONFIG), { name: 'kpi-detail', kpiId: second ?? '' });
  await prefetchFeed(createQueryClient(TEST_CONFIG), BASE_URL, feedRequestPolicy(TEST_CONFIG), { name: 'not-found', pathname: '/nowhere' });
  server.events.removeAllListeners();

  expect(paths).toEqual(['/kpis', `/kpis/${second}/observations`]);
  expect(first).not.toBe(second);
});

test('a catalogue that fails leaves its error in the query for the view, and nothing rejects', async () => {
  server.use(http.get(CATALOGUE_PATH, () => HttpResponse.json({ error: 'down' }, { status: 503 })));
  const queryClient = createQueryClient(TEST_CONFIG);

  await expect(prefetchFeed(queryClient, BASE_URL, feedRequestPolicy(TEST_CONFIG), { name: 'overview' })).resolves.toBeUndefined();
  expect(queryClient.getQueryState(['feed', BASE_URL, 'kpis'])?.status).toBe('error');
});

test('a failing KPI does not stop the others', async () => {
  const [failing] = FIXTURE_IDS;
  server.use(http.get(OBSERVATIONS_PATH, ({ params }) => (params.kpiId === failing ? HttpResponse.json({ error: 'down' }, { status: 500 }) : undefined)));
  const queryClient = createQueryClient(TEST_CONFIG);

  await prefetchFeed(queryClient, BASE_URL, feedRequestPolicy(TEST_CONFIG), { name: 'overview' });
  const statuses = FIXTURE_IDS.map((id) => queryClient.getQueryCache().findAll({ queryKey: ['feed', BASE_URL, 'kpis', id] })[0]?.state.status);
  expect(statuses).toEqual(FIXTURE_IDS.map((id) => (id === failing ? 'error' : 'success')));
});

test('the policy follows config.json: timeout in ms, retries, and in http mode its layout and catalogue', () => {
  const httpConfig: RuntimeConfig = { ...TEST_CONFIG, requestTimeoutSeconds: 7, retries: 3, feed: { mode: 'http', baseUrl: 'https://feed.example.org/api', layout: 'static-files', catalogue: 'built-in' } };
  expect(feedRequestPolicy(httpConfig)).toEqual({ timeoutMs: 7000, retries: 3, layout: 'static-files', catalogue: 'built-in' });
  expect(feedRequestPolicy({ ...httpConfig, feed: { mode: 'http', baseUrl: 'https://feed.example.org/api' } })).toEqual({ timeoutMs: 7000, retries: 3, layout: 'api', catalogue: 'auto' });
  expect(feedRequestPolicy(TEST_CONFIG)).toEqual({ timeoutMs: 15_000, retries: 0, layout: 'api', catalogue: 'auto' });
});
