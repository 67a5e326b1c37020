import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { builtInDefinition } from './built-in-catalogue';
import { FeedError } from './feed-error';
import { FeedPolicyProvider, useFeedPolicy } from './feed-policy';
import { catalogueQueryOptions, observationsQueryOptions, useCatalogue, useObservations } from './observations-query';
import type { FeedRequestPolicy } from './observations-query';
import type { ObservationsResult } from './fetch-observations';
import { fixtureFeedBaseUrl } from './fixture-feed';

const BASE_URL = fixtureFeedBaseUrl('http://localhost');
const pledge = builtInDefinition('ip-pledge-financing');
const highValue = builtInDefinition('high-value-patent-review-cycle');
const POLICY: FeedRequestPolicy = { timeoutMs: 15_000, retries: 2 };

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const retryOf = (options: { retry?: unknown }) => options.retry as (failureCount: number, error: unknown) => boolean;
const retryDelayOf = (options: { retryDelay?: unknown }) => options.retryDelay as (attempt: number) => number;

describe('what is asked again, and when', () => {
  const networkDown = new FeedError('network', pledge.id, { received: 'Failed to fetch' });
  const overloaded = new FeedError('http-status', pledge.id, { status: 503 });
  const broken = new FeedError('invalid-body', pledge.id, { field: 'observations' });

  test('a failure the feed may not repeat is tried again as many times as configured, and no more', () => {
    const retry = retryOf(observationsQueryOptions(BASE_URL, pledge, POLICY));
    expect(retry(0, networkDown)).toBe(true);
    expect(retry(1, overloaded)).toBe(true);
    expect(retry(2, networkDown)).toBe(false);
  });

  test('a malformed answer is shown at once: asking again would not change it', () => {
    expect(retryOf(observationsQueryOptions(BASE_URL, pledge, POLICY))(0, broken)).toBe(false);
    expect(retryOf(catalogueQueryOptions(BASE_URL, POLICY))(0, broken)).toBe(false);
  });

  test('the catalogue is retried by the same rule', () => {
    const retry = retryOf(catalogueQueryOptions(BASE_URL, { timeoutMs: 5000, retries: 1 }));
    expect(retry(0, networkDown)).toBe(true);
    expect(retry(1, networkDown)).toBe(false);
  });

  test('without a configured policy nothing is retried', () => {
    expect(retryOf(observationsQueryOptions(BASE_URL, pledge))(0, networkDown)).toBe(false);
    expect(retryOf(catalogueQueryOptions(BASE_URL))(0, networkDown)).toBe(false);
  });

  test('retries wait 1 s, then 2 s, then 4 s', () => {
    for (const options of [observationsQueryOptions(BASE_URL, pledge, POLICY), catalogueQueryOptions(BASE_URL, POLICY)]) {
      expect([0, 1, 2].map(retryDelayOf(options))).toEqual([1000, 2000, 4000]);
    }
  });
});

describe('what counts as the same data', () => {
  test('each KPI’s observations are their own query, and another feed’s are other data', () => {
    const keys = [
      observationsQueryOptions(BASE_URL, pledge, POLICY).queryKey,
      observationsQueryOptions(BASE_URL, highValue, POLICY).queryKey,
      observationsQueryOptions('https://feed.example.org/api', pledge, POLICY).queryKey,
    ];
    expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(3);
    // Refresh re-fetches everything under ['feed', baseUrl].
    for (const key of keys.slice(0, 2)) expect(key.slice(0, 2)).toEqual(['feed', BASE_URL]);
  });

  test('a catalogue that changes a KPI’s unit makes its observations a new query', () => {
    const inMonths = observationsQueryOptions(BASE_URL, { ...pledge, unit: 'months' }, POLICY).queryKey;
    expect(JSON.stringify(inMonths)).not.toBe(JSON.stringify(observationsQueryOptions(BASE_URL, pledge, POLICY).queryKey));
  });

  test('the catalogue is read once per page load: never stale, not refetched on a timer or on reconnect', () => {
    const options = catalogueQueryOptions(BASE_URL, POLICY);
    expect(options.queryKey).toEqual(['feed', BASE_URL, 'kpis']);
    expect(options.staleTime).toBe(Number.POSITIVE_INFINITY);
    expect(options.refetchInterval).toBe(false);
    expect(options.refetchOnReconnect).toBe(false);
  });
});

describe('what the queries fetch', () => {
  test('the catalogue comes from the feed', async () => {
    const catalogue = await client().fetchQuery(catalogueQueryOptions(BASE_URL, POLICY));
    expect(catalogue.origin).toBe('feed');
    expect(catalogue.items.length).toBeGreaterThan(0);
  });

  test('a feed configured as contract v1 is not asked for a catalogue: the built-in one is used', async () => {
    let asked = 0;
    server.use(http.get(`${BASE_URL}/kpis`, () => {
      asked += 1;
      return HttpResponse.json({ kpis: [] });
    }));
    const catalogue = await client().fetchQuery(catalogueQueryOptions(BASE_URL, { ...POLICY, catalogue: 'built-in' }));
    expect(catalogue.origin).toBe('built-in');
    expect(catalogue.items.map((item) => (item.kind === 'kpi' ? item.definition.id : null))).toEqual([
      'high-value-patent-review-cycle',
      'trademark-registration-review-cycle',
      'invention-patent-review-cycle',
      'ip-pledge-financing',
    ]);
    expect(asked).toBe(0);
  });

  test('a feed published as static files is read from its .json files', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${BASE_URL}/kpis.json`, ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return HttpResponse.json({ kpis: [] });
      }),
      http.get(`${BASE_URL}/kpis/:kpiId/observations.json`, ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return HttpResponse.json({ kpiId: 'ip-pledge-financing', unit: 'cny-100m', observations: [{ period: '2020-12', value: 2180 }] });
      }),
    );
    const policy: FeedRequestPolicy = { ...POLICY, layout: 'static-files' };
    expect(await client().fetchQuery(catalogueQueryOptions(BASE_URL, policy))).toEqual({ origin: 'feed', items: [] });
    expect(await client().fetchQuery(observationsQueryOptions(BASE_URL, pledge, policy))).toEqual({
      kind: 'observations',
      observations: [{ period: '2020-12', value: 2180, isProvisional: false }],
    });
    expect(asked).toEqual(['/fixture-feed/api/v1/kpis.json', '/fixture-feed/api/v1/kpis/ip-pledge-financing/observations.json']);
  });

  test('a KPI’s observations come from the feed, December 2020’s high-value cycle the published 14 months', async () => {
    const result = await client().fetchQuery(observationsQueryOptions(BASE_URL, highValue, POLICY));
    expect(result.kind === 'observations' ? result.observations.find((o) => o.period === '2020-12')?.value : null).toBe(14);
  });

  test('the configured timeout gives up on a silent feed, for observations and catalogue alike', async () => {
    server.use(
      http.get(`${BASE_URL}/kpis`, async () => {
        await delay('infinite');
        return HttpResponse.json({ kpis: [] });
      }),
      http.get(`${BASE_URL}/kpis/:kpiId/observations`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const policy: FeedRequestPolicy = { timeoutMs: 50, retries: 0 };
    await expect(client().fetchQuery(observationsQueryOptions(BASE_URL, pledge, policy))).rejects.toMatchObject({ code: 'timeout' });
    await expect(client().fetchQuery(catalogueQueryOptions(BASE_URL, policy))).rejects.toMatchObject({ code: 'timeout' });
  });
});

/** Shows the feed policy in force where it is rendered. */
function PolicyProbe() {
  const policy = useFeedPolicy();
  return createElement('p', null, `${policy.timeoutMs}/${policy.retries}`);
}

describe('the hooks the pages use', () => {
  test('a component reads the cached catalogue and observations through the hooks', () => {
    const queryClient = client();
    queryClient.setQueryData(catalogueQueryOptions(BASE_URL, POLICY).queryKey, { origin: 'built-in', items: [] });
    const answer: ObservationsResult = { kind: 'observations', observations: [{ period: '2020-12', value: 2180, isProvisional: false }] };
    queryClient.setQueryData(observationsQueryOptions(BASE_URL, pledge, POLICY).queryKey, answer);
    function Probe() {
      const catalogue = useCatalogue(BASE_URL, POLICY);
      const observations = useObservations(BASE_URL, pledge, POLICY);
      const latest = observations.data?.kind === 'observations' ? observations.data.observations.at(-1)?.value : null;
      return createElement('p', null, `${catalogue.data?.origin ?? 'none'} ${String(latest)}`);
    }
    const html = renderToString(createElement(QueryClientProvider, { client: queryClient }, createElement(Probe)));
    expect(html).toContain('built-in 2180');
  });

  test('every request follows the policy from config.json, and 15 s with two retries without one', () => {
    expect(renderToString(createElement(PolicyProbe))).toContain('15000/2');
    const props = { policy: { timeoutMs: 5000, retries: 1 } } as Parameters<typeof FeedPolicyProvider>[0];
    const provided = createElement(FeedPolicyProvider, props, createElement(PolicyProbe));
    expect(renderToString(provided)).toContain('5000/1');
  });
});
