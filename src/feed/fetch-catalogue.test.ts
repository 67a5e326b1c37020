import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { builtInDefinition } from './built-in-catalogue';
import { catalogueUrl } from './feed-request';
import { builtInCatalogue, fetchCatalogue } from './fetch-catalogue';
import { observationsUrl } from './fetch-observations';
import { fixtureFeedBaseUrl, FIXTURE_FEED_PATH } from './fixture-feed';

const BASE_URL = fixtureFeedBaseUrl('http://localhost');

test('the fixture feed lives on the page’s own origin', () => {
  expect(FIXTURE_FEED_PATH).toBe('/fixture-feed/api/v1');
  expect(fixtureFeedBaseUrl('https://dashboard.example.org')).toBe('https://dashboard.example.org/fixture-feed/api/v1');
});

test('the catalogue and observation addresses follow the feed’s layout', () => {
  expect(catalogueUrl({ baseUrl: 'https://feed.example.org/api/', layout: 'api' })).toBe('https://feed.example.org/api/kpis');
  expect(catalogueUrl({ baseUrl: 'https://feed.example.org/data//', layout: 'static-files' })).toBe('https://feed.example.org/data/kpis.json');
  const pledge = builtInDefinition('ip-pledge-financing');
  expect(observationsUrl({ baseUrl: 'https://feed.example.org/api', definition: pledge, from: '2020-01', to: '2020-12' })).toBe(
    'https://feed.example.org/api/kpis/ip-pledge-financing/observations?from=2020-01&to=2020-12',
  );
  // A static file cannot filter: no query, whatever the range.
  expect(observationsUrl({ baseUrl: 'https://feed.example.org/data', layout: 'static-files', definition: pledge, from: '2020-01', to: '2020-12' })).toBe(
    'https://feed.example.org/data/kpis/ip-pledge-financing/observations.json',
  );
  expect(observationsUrl({ baseUrl: 'https://feed.example.org/api', definition: pledge, to: '2020-12' })).toBe('https://feed.example.org/api/kpis/ip-pledge-financing/observations?to=2020-12');
});

test('a KPI id is written into the address as one path segment', () => {
  const odd = { ...builtInDefinition('ip-pledge-financing'), id: 'a/b c' };
  expect(observationsUrl({ baseUrl: 'https://feed.example.org/api', definition: odd })).toBe('https://feed.example.org/api/kpis/a%2Fb%20c/observations');
});

test('a contract v2 feed’s catalogue is read from the feed', async () => {
  server.use(http.get(`${BASE_URL}/kpis`, () => HttpResponse.json({ kpis: [] })));
  expect(await fetchCatalogue({ baseUrl: BASE_URL, layout: 'api' })).toEqual({ origin: 'feed', items: [] });
});

test('a feed that answers 404 for its catalogue speaks contract v1: the four built-in 2020 KPIs are shown', async () => {
  server.use(http.get(`${BASE_URL}/kpis`, () => HttpResponse.json({ error: 'no such path' }, { status: 404 })));
  const catalogue = await fetchCatalogue({ baseUrl: BASE_URL, layout: 'api' });

  expect(catalogue.origin).toBe('built-in');
  expect(catalogue).toEqual(builtInCatalogue());
  expect(catalogue.items.map((item) => (item.kind === 'kpi' ? item.definition.id : item.kind))).toEqual([
    'high-value-patent-review-cycle',
    'trademark-registration-review-cycle',
    'invention-patent-review-cycle',
    'ip-pledge-financing',
  ]);
});

test('a catalogue that is not one is refused with a feed error naming the catalogue', async () => {
  server.use(http.get(`${BASE_URL}/kpis`, () => HttpResponse.json({ kpi: [] })));
  await expect(fetchCatalogue({ baseUrl: BASE_URL, layout: 'api' })).rejects.toMatchObject({ code: 'invalid-catalogue', kpiId: '(catalogue)' });
  server.use(http.get(`${BASE_URL}/kpis`, () => HttpResponse.json({ error: 'down' }, { status: 500 })));
  await expect(fetchCatalogue({ baseUrl: BASE_URL, layout: 'api' })).rejects.toMatchObject({ code: 'http-status', kpiId: '(catalogue)', details: { status: 500 } });
});

test('asking for a KPI the built-in catalogue does not hold is an error naming it', () => {
  expect(() => builtInDefinition('patent-grants')).toThrow('No built-in KPI patent-grants');
  expect(builtInDefinition('ip-pledge-financing').unit).toBe('cny-100m');
});
