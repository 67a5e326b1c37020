import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { loadRuntimeConfig, parseRuntimeConfig } from './runtime-config';

const CONFIG_URL = 'http://localhost/config.json';

// What a config.json that leaves them out gets (documented in the README).
const DEFAULTS = { requestTimeoutSeconds: 15, retries: 2, publicationLagMonths: null };

const HTTP_EXAMPLE = {
  feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1' },
  refreshIntervalSeconds: 300,
};

// ---------------------------------------------------------------------------------------------
// parseRuntimeConfig

test('the documented fixtures example is accepted with the default refresh of 300 s', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' } })).toEqual({
    ok: true,
    config: { feed: { mode: 'fixtures' }, refreshIntervalSeconds: 300, ...DEFAULTS },
  });
});

test('the documented http example is accepted as written', () => {
  expect(parseRuntimeConfig(HTTP_EXAMPLE)).toEqual({
    ok: true,
    config: { feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1' }, refreshIntervalSeconds: 300, ...DEFAULTS },
  });
});

test('a plain http base URL is accepted too', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'http://localhost:8080/api/v1' } });

  expect(result).toEqual({
    ok: true,
    config: { feed: { mode: 'http', baseUrl: 'http://localhost:8080/api/v1' }, refreshIntervalSeconds: 300, ...DEFAULTS },
  });
});

test('a trailing slash on the base URL is stripped', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1/' } });

  expect(result).toMatchObject({ ok: true, config: { feed: { baseUrl: 'https://feed.example.org/api/v1' } } });
});

test('a bare origin as base URL loses the slash URL adds to it', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'https://feed.example.org' } });

  expect(result).toMatchObject({ ok: true, config: { feed: { baseUrl: 'https://feed.example.org' } } });
});

test('a refresh interval of 0 turns auto-refresh off', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 0 });

  expect(result).toEqual({ ok: true, config: { feed: { mode: 'fixtures' }, refreshIntervalSeconds: null, ...DEFAULTS } });
});

test('a refresh interval of null turns auto-refresh off', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: null });

  expect(result).toEqual({ ok: true, config: { feed: { mode: 'fixtures' }, refreshIntervalSeconds: null, ...DEFAULTS } });
});

test('the minimum refresh interval of 10 s is allowed', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 10 });

  expect(result).toMatchObject({ ok: true, config: { refreshIntervalSeconds: 10 } });
});

test('a file that is not an object is invalid, naming the file', () => {
  for (const raw of [null, '{"feed": {"mode": "fixtures"}}', 42, [{ feed: { mode: 'fixtures' } }]]) {
    expect(parseRuntimeConfig(raw)).toMatchObject({ ok: false, problem: { code: 'config-invalid', field: '(file)' } });
  }
});

test('a file without feed is invalid, naming feed', () => {
  expect(parseRuntimeConfig({ refreshIntervalSeconds: 300 })).toEqual({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed', expected: 'an object such as {"mode": "fixtures"}', received: 'undefined' },
  });
});

test('feed given as a string is invalid, naming feed', () => {
  expect(parseRuntimeConfig({ feed: 'fixtures' })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed', received: '"fixtures"' },
  });
});

test('an unknown feed mode is invalid, naming feed.mode', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'grpc' } })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.mode', received: '"grpc"' },
  });
});

test('http mode without a base URL is invalid, naming feed.baseUrl', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http' } })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.baseUrl', received: 'undefined' },
  });
});

test('a relative base URL is invalid, naming feed.baseUrl', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: '/api/v1' } })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.baseUrl', received: '"/api/v1"' },
  });
});

test('a javascript: URL is invalid, naming feed.baseUrl', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'javascript:alert(1)' } })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.baseUrl' },
  });
});

test('a non-http scheme such as ftp: is invalid', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'ftp://feed.example.org/api/v1' } })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.baseUrl' },
  });
});

test('a refresh interval below 10 s is invalid, naming refreshIntervalSeconds', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 9 })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'refreshIntervalSeconds', received: '9' },
  });
});

test('a negative refresh interval is invalid', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: -300 })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'refreshIntervalSeconds' },
  });
});

test('a refresh interval given as a string is invalid, naming refreshIntervalSeconds', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: '300' })).toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'refreshIntervalSeconds', received: '"300"' },
  });
});

// ---------------------------------------------------------------------------------------------
// loadRuntimeConfig

test('loading a valid config.json gives the parsed config', async () => {
  server.use(http.get(CONFIG_URL, () => HttpResponse.json(HTTP_EXAMPLE)));

  await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toEqual({
    ok: true,
    config: { feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1' }, refreshIntervalSeconds: 300, ...DEFAULTS },
  });
});

test('a missing config.json (404) is config-missing with the status', async () => {
  server.use(http.get(CONFIG_URL, () => new HttpResponse('Not Found', { status: 404 })));

  await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toEqual({ ok: false, problem: { code: 'config-missing', status: 404 } });
});

test('a config.json that is not JSON is config-not-json', async () => {
  server.use(http.get(CONFIG_URL, () => HttpResponse.text('feed:\n  mode: fixtures\n')));

  await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toEqual({ ok: false, problem: { code: 'config-not-json' } });
});

test('an unreachable config.json is config-unreachable', async () => {
  server.use(http.get(CONFIG_URL, () => HttpResponse.error()));

  await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toMatchObject({
    ok: false,
    problem: { code: 'config-unreachable', message: expect.any(String) },
  });
});

test('a config.json that is JSON but invalid is config-invalid', async () => {
  server.use(http.get(CONFIG_URL, () => HttpResponse.json({ feed: { mode: 'http', baseUrl: 'javascript:alert(1)' } })));

  await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toMatchObject({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.baseUrl' },
  });
});

test('timeout, retries and publication lag are read and checked', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, requestTimeoutSeconds: 5, retries: 0, publicationLagMonths: 2 })).toEqual({
    ok: true,
    config: { feed: { mode: 'fixtures' }, refreshIntervalSeconds: 300, requestTimeoutSeconds: 5, retries: 0, publicationLagMonths: 2 },
  });
  for (const [field, value] of [
    ['requestTimeoutSeconds', 0],
    ['requestTimeoutSeconds', '10'],
    ['retries', 1.5],
    ['retries', 6],
    ['publicationLagMonths', -1],
    ['publicationLagMonths', 'two'],
  ] as const) {
    const result = parseRuntimeConfig({ feed: { mode: 'fixtures' }, [field]: value });
    expect(result, `${field}=${String(value)}`).toMatchObject({ ok: false, problem: { code: 'config-invalid', field } });
  }
});

test('a base URL with a query or fragment is refused: it would split every request URL', () => {
  for (const baseUrl of ['https://feed.example.org/api/v1?token=x', 'https://feed.example.org/api/v1#v1']) {
    expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl } })).toMatchObject({ ok: false, problem: { code: 'config-invalid', field: 'feed.baseUrl' } });
  }
});
