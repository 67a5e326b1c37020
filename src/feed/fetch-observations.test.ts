import { delay, http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { FIXTURE_SERIES } from '../../mocks/fixtures';
import { createHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { builtInDefinition } from './built-in-catalogue';
import type { FixtureKpiId as KpiId } from '../../mocks/fixtures';
import { FeedError } from './feed-error';
import { fetchObservations } from './fetch-observations';
import type { ObservationsResult } from './fetch-observations';
import { fixtureFeedBaseUrl } from './fixture-feed';

const BASE_URL = fixtureFeedBaseUrl('http://localhost');
const OBSERVATIONS_URL = `${BASE_URL}/kpis/:kpiId/observations`;

const HIGH_VALUE = 'high-value-patent-review-cycle' satisfies KpiId;
const TRADEMARK = 'trademark-registration-review-cycle' satisfies KpiId;
const PLEDGE = 'ip-pledge-financing' satisfies KpiId;

/** What the promise rejected with, or `undefined` when it resolved. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return undefined;
}

function observationsOf(result: ObservationsResult) {
  if (result.kind !== 'observations') throw new Error(`expected observations, got ${result.kind}`);
  return result.observations;
}

function fixtureValue(kpiId: KpiId, period: string): number {
  const point = FIXTURE_SERIES[kpiId].find((candidate) => candidate.period === period);
  if (point === undefined) throw new Error(`the fixture has no ${kpiId} point at ${period}`);
  return point.value;
}

test('a normal answer is parsed into observations with the fixture values', async () => {
  const observations = observationsOf(await fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(PLEDGE) }));

  expect(observations).toHaveLength(FIXTURE_SERIES[PLEDGE].length);
  expect(observations.find((observation) => observation.period === '2020-12')).toEqual({
    period: '2020-12',
    value: fixtureValue(PLEDGE, '2020-12'),
    isProvisional: false,
  });
});

test('the high-value patent review cycle for December 2020 is the published 14.0 months', async () => {
  const observations = observationsOf(await fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(observations.find((observation) => observation.period === '2020-12')?.value).toBe(14);
});

test('a 404 means the feed does not provide the KPI', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.json({ error: 'not provided' }, { status: 404 })));

  await expect(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) })).resolves.toEqual({ kind: 'not-provided' });
});

test('a 500 is rejected as http-status with the status', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.json({ error: 'internal error' }, { status: 500 })));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'http-status', kpiId: HIGH_VALUE, details: { status: 500 } });
});

test('an HTML page instead of JSON is rejected as not-json, quoting its start', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.html('<html><body>Gateway login</body></html>')));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'not-json', details: { received: '<html><body>Gateway login</body></html>' } });
});

test('an empty body is rejected as not-json', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => new HttpResponse(null, { status: 200 })));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'not-json', details: { received: '(empty)' } });
});

test('a network failure is rejected as network', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.error()));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'network', kpiId: HIGH_VALUE });
});

test('a JSON answer that breaks the contract is rejected with the parser’s FeedError', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.json({ kpiId: PLEDGE, unit: 'months', observations: [] })));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'wrong-kpi', details: { expected: HIGH_VALUE, received: `"${PLEDGE}"` } });
});

test('from and to reach the feed, which answers with only those months', async () => {
  const observations = observationsOf(
    await fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(PLEDGE), from: '2020-01', to: '2020-06' }),
  );

  expect(observations.map((observation) => observation.period)).toEqual([
    '2020-01',
    '2020-02',
    '2020-03',
    '2020-04',
    '2020-05',
    '2020-06',
  ]);
  expect(observations[2]?.value).toBe(fixtureValue(PLEDGE, '2020-03'));
});

test('from alone reaches the feed', async () => {
  const observations = observationsOf(await fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE), from: '2020-10' }));

  expect(observations.map((observation) => observation.period)).toEqual(['2020-10', '2020-11', '2020-12']);
});

test('a trailing slash on the base URL still reaches the feed', async () => {
  const observations = observationsOf(await fetchObservations({ baseUrl: `${BASE_URL}/`, definition: builtInDefinition(HIGH_VALUE), to: '2017-03' }));

  expect(observations.map((observation) => observation.period)).toEqual(['2017-01', '2017-02', '2017-03']);
});

test('malformed scenario: a repeated trademark period is rejected as duplicate-period', async () => {
  server.use(...createHandlers('malformed'));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(TRADEMARK) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'duplicate-period',
    kpiId: TRADEMARK,
    // The first month is repeated after the whole series.
    details: { entry: FIXTURE_SERIES[TRADEMARK].length + 1, period: '2017-01' },
  });
});

test('malformed scenario: the pledge entry for 2020-03 is rejected as invalid-entry', async () => {
  server.use(...createHandlers('malformed'));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(PLEDGE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    kpiId: PLEDGE,
    details: {
      entry: FIXTURE_SERIES[PLEDGE].findIndex((point) => point.period === '2020-03') + 1,
      period: '2020-03',
      problem: 'value-not-a-number',
      received: '"n/a"',
    },
  });
});

test('malformed scenario: the high-value series is untouched and still parses', async () => {
  server.use(...createHandlers('malformed'));

  const observations = observationsOf(await fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(observations).toHaveLength(FIXTURE_SERIES[HIGH_VALUE].length);
  expect(observations.at(-1)).toEqual({ period: '2020-12', value: 14, isProvisional: false });
});

test('empty scenario: every KPI answers with no observations, which is not an error', async () => {
  server.use(...createHandlers('empty'));

  await expect(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) })).resolves.toEqual({
    kind: 'observations',
    observations: [],
  });
  await expect(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(PLEDGE) })).resolves.toEqual({
    kind: 'observations',
    observations: [],
  });
});

test('a feed that never answers is given up after the configured timeout, and the error names those seconds', async () => {
  server.use(
    http.get(OBSERVATIONS_URL, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  );

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE), timeoutMs: 1_000 }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'timeout', kpiId: HIGH_VALUE, details: { seconds: 1 } });
});

test('a request the dashboard cancels itself is not reported as a feed failure', async () => {
  server.use(
    http.get(OBSERVATIONS_URL, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  );
  const controller = new AbortController();

  const pending = rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE), signal: controller.signal, timeoutMs: 60_000 }));
  controller.abort();
  const error = await pending;

  // No error card: the query was dropped (the user moved on), and the rejection says so.
  expect(error).not.toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ name: 'AbortError' });
});

test('an answer whose body breaks off after the headers is rejected as interrupted, not as bad JSON', async () => {
  server.use(
    http.get(
      OBSERVATIONS_URL,
      () =>
        new HttpResponse(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"kpiId":"high-value-patent-review-cycle","unit":"months","observations":[{"period":"2017-01",'));
              controller.error(new Error('connection reset'));
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    ),
  );

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'interrupted', kpiId: HIGH_VALUE, details: { received: 'connection reset' } });
});

test('a long non-JSON answer is quoted by its first 60 characters, without surrounding whitespace', async () => {
  const page = `  <!doctype html><html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(200)}</body></html>`;
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.text(page)));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toMatchObject({ code: 'not-json', details: { received: '<!doctype html><html><head><title>502 Bad Gateway</title></h' } });
});

test('a 503 is a feed error carrying 503', async () => {
  server.use(http.get(OBSERVATIONS_URL, () => HttpResponse.json({ error: 'unavailable' }, { status: 503 })));

  const error = await rejectionOf(fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(error).toMatchObject({ code: 'http-status', details: { status: 503 } });
});

test('a feed that negotiates content answers JSON, because the dashboard asks for JSON', async () => {
  // Like a gateway that serves its HTML status page to browsers unless JSON is asked for.
  server.use(
    http.get(OBSERVATIONS_URL, ({ request }) =>
      request.headers.get('Accept') === 'application/json'
        ? HttpResponse.json({ kpiId: HIGH_VALUE, unit: 'months', observations: [{ period: '2020-12', value: 14 }] })
        : HttpResponse.html('<html><body>Welcome</body></html>'),
    ),
  );

  const observations = observationsOf(await fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE) }));

  expect(observations).toEqual([{ period: '2020-12', value: 14, isProvisional: false }]);
});

test('the timeout still gives up on a silent feed when the dashboard also passes its own cancel signal', async () => {
  // TanStack Query always passes a signal: the timeout must work alongside it, not be replaced by it.
  server.use(
    http.get(OBSERVATIONS_URL, async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }),
  );

  const error = await rejectionOf(
    fetchObservations({ baseUrl: BASE_URL, definition: builtInDefinition(HIGH_VALUE), signal: new AbortController().signal, timeoutMs: 1_000 }),
  );

  expect(error).toMatchObject({ code: 'timeout', details: { seconds: 1 } });
});

test('a base URL ending in several slashes still reaches the feed', async () => {
  const observations = observationsOf(await fetchObservations({ baseUrl: `${BASE_URL}//`, definition: builtInDefinition(HIGH_VALUE), to: '2017-02' }));

  expect(observations.map((observation) => observation.period)).toEqual(['2017-01', '2017-02']);
});
