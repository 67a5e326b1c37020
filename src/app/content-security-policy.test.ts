import { expect, test } from 'vitest';
import { appScriptsSource, deploymentPolicy, feedPolicy } from './content-security-policy';

const HTTP_FEED = { mode: 'http', baseUrl: 'https://feed.example.org/api/v1' } as const;

test('in http mode the page allows its feed and workers from its own scripts’ folder only', () => {
  expect(feedPolicy(HTTP_FEED, 'https://dash.example.org/assets/')).toBe(
    "connect-src 'self' https://feed.example.org; worker-src https://dash.example.org/assets/",
  );
});

test('in fixtures mode the mock service worker may run', () => {
  expect(feedPolicy({ mode: 'fixtures' }, 'https://dash.example.org/assets/')).toBe("connect-src 'self'; worker-src 'self'");
});

test('the scripts’ folder is assets/ under the base URL in a build, the whole base in dev', () => {
  expect(appScriptsSource('https://dash.example.org', '/', false)).toBe('https://dash.example.org/assets/');
  expect(appScriptsSource('https://dash.example.org', '/kpi/', false)).toBe('https://dash.example.org/kpi/assets/');
  expect(appScriptsSource('http://localhost:5173', '/', true)).toBe('http://localhost:5173/');
});

test('a server, which cannot know the app’s origin, sends worker-src self; no config gets none', () => {
  expect(deploymentPolicy(HTTP_FEED)).toContain("connect-src 'self' https://feed.example.org; worker-src 'self';");
  expect(deploymentPolicy(HTTP_FEED)).toMatch(/frame-ancestors 'none'$/);
  expect(deploymentPolicy(null)).toContain("connect-src 'self'; worker-src 'none';");
});
