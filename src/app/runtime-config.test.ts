import { http, HttpResponse } from 'msw';
import { expect, test } from 'vitest';
import { server } from '../../mocks/node';
import { createQueryClient } from './app';
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
    problem: { code: 'config-invalid', field: 'feed', expected: 'feed', received: 'undefined' },
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

// ---------------------------------------------------------------------------------------------
// The refresh interval stays far below the browser's timer limit

test('the longest refresh interval, one day (86,400 s), is allowed', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 86_400 })).toMatchObject({ ok: true, config: { refreshIntervalSeconds: 86_400 } });
});

test('a refresh interval above one day is invalid, naming the field, the range and the value', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 86_401 })).toEqual({
    ok: false,
    problem: { code: 'config-invalid', field: 'refreshIntervalSeconds', expected: 'refreshIntervalSeconds', received: '86401' },
  });
});

test('30 days (2,592,000 s), past the browser timer limit of 2,147,483 s, is refused rather than flooding the feed', () => {
  for (const seconds of [2_592_000, 2_147_484, 1e12]) {
    expect(parseRuntimeConfig({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: seconds }), String(seconds)).toMatchObject({
      ok: false,
      problem: { code: 'config-invalid', field: 'refreshIntervalSeconds', received: String(seconds) },
    });
  }
});

test('where the timer is set, the interval is clamped to one day even if a config bypassed the schema', () => {
  const client = createQueryClient({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 2_592_000, requestTimeoutSeconds: 15, retries: 2, publicationLagMonths: null });
  expect(client.getDefaultOptions().queries?.refetchInterval).toBe(86_400_000);
  const normal = createQueryClient({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 300, requestTimeoutSeconds: 15, retries: 2, publicationLagMonths: null });
  expect(normal.getDefaultOptions().queries?.refetchInterval).toBe(300_000);
});

// ---------------------------------------------------------------------------------------------
// Credentials in the base URL

test('a base URL with a user name and password is refused, and the message does not repeat them', () => {
  const result = parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'http://admin:s3cret@feed.example.org/api' } });

  expect(result).toEqual({
    ok: false,
    problem: { code: 'config-invalid', field: 'feed.baseUrl', expected: 'feed.baseUrl.credentials', received: '"http://***@feed.example.org/api"' },
  });
});

test('a user name alone, or an empty password, is refused too', () => {
  for (const baseUrl of ['https://admin@feed.example.org/api', 'https://admin:@feed.example.org/api', 'https://:s3cret@feed.example.org/api']) {
    const result = parseRuntimeConfig({ feed: { mode: 'http', baseUrl } });
    expect(result, baseUrl).toMatchObject({ ok: false, problem: { field: 'feed.baseUrl', expected: 'feed.baseUrl.credentials' } });
    expect(JSON.stringify(result), baseUrl).not.toMatch(/admin|s3cret/);
  }
});

test('credentials in a base URL that is invalid for another reason are not repeated either', () => {
  for (const baseUrl of ['ftp://admin:s3cret@feed.example.org/api', 'http://admin:s3cret@feed.example.org/api?x=1', 'http://admin:s3cret@']) {
    const result = parseRuntimeConfig({ feed: { mode: 'http', baseUrl } });
    expect(result, baseUrl).toMatchObject({ ok: false, problem: { field: 'feed.baseUrl' } });
    expect(JSON.stringify(result), baseUrl).not.toMatch(/admin|s3cret/);
  }
});

// ---------------------------------------------------------------------------------------------
// What was received is quoted briefly

test('a huge or deeply nested value is quoted in at most 80 characters, without serialising it', () => {
  let deep: unknown = 'x';
  for (let level = 0; level < 100_000; level += 1) deep = { mode: deep };
  const started = performance.now();
  const results = [
    parseRuntimeConfig({ feed: { mode: 'x'.repeat(1_000_000) } }),
    parseRuntimeConfig({ feed: deep }),
    parseRuntimeConfig({ feed: { mode: 'fixtures' }, retries: Array.from({ length: 100_000 }, () => 1) }),
  ];
  expect(performance.now() - started).toBeLessThan(1000);
  for (const result of results) {
    expect(result).toMatchObject({ ok: false, problem: { code: 'config-invalid', received: expect.stringMatching(/^.{1,80}$/su) } });
  }
  expect(results[1]).toMatchObject({ problem: { field: 'feed.mode', received: '{"mode": …}' } });
  expect(results[2]).toMatchObject({ problem: { field: 'retries', received: '[…] (100000)' } });
});

test('unknown fields are ignored, so a newer config.json still starts an older build', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'fixtures', extra: 1 }, theme: 'dark' })).toEqual({
    ok: true,
    config: { feed: { mode: 'fixtures' }, refreshIntervalSeconds: 300, ...DEFAULTS },
  });
});

test('the published dataset shipped in the build is reached by a path on this site, with the static-files layout', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: '/feeds/published', layout: 'static-files' } }, 'https://dash.example.org')).toMatchObject({
    ok: true,
    config: { feed: { mode: 'http', baseUrl: 'https://dash.example.org/feeds/published', layout: 'static-files' } },
  });
});

test('a path on this site is refused with the api layout, and a layout other than api or static-files is refused', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: '/feeds/published', layout: 'api' } }, 'https://dash.example.org')).toMatchObject({
    ok: false,
    problem: { field: 'feed.baseUrl', expected: 'feed.baseUrl' },
  });
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'https://feed.example.org', layout: 'ftp' } })).toMatchObject({
    ok: false,
    problem: { field: 'feed.layout', expected: 'feed.layout', received: '"ftp"' },
  });
});

test('a v1 feed can be marked as such, so the dashboard never asks it for a catalogue', () => {
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1', catalogue: 'built-in' } })).toMatchObject({
    ok: true,
    config: { feed: { catalogue: 'built-in' } },
  });
  expect(parseRuntimeConfig({ feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1', catalogue: 'v1' } })).toMatchObject({
    ok: false,
    problem: { field: 'feed.catalogue', expected: 'feed.catalogue' },
  });
});
