import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { PreviewServer } from 'vite';
import { expect, test } from './fixtures';
import { DECEMBER_2020_STATUSES, expectStatuses } from './kpis';
import { PORTS } from './urls';

/**
 * `npm run preview` (vite preview) on a copy of the build, with the project's vite.config.ts, as
 * a person trying the build would run it. Requests are real HTTP; config.json is rewritten between
 * tests the way a deployment replaces it.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PREVIEW_URL = `http://127.0.0.1:${PORTS.preview}`;

// The headers the README's Security section asks a server to send, written out by hand.
const FIXTURES_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

test.describe.configure({ mode: 'serial' });

let outDir = '';
let server: PreviewServer | null = null;

test.beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'preview-dist-'));
  await cp(join(ROOT, 'dist'), outDir, { recursive: true });
  server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORTS.preview, strictPort: true, open: false },
  });
});

test.afterAll(async () => {
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
});

async function readmeSampleHeaders(): Promise<string[]> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = /\*\*Headers for deployment\.\*\*[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

test('every answer of vite preview carries the CSP with frame-ancestors, nosniff and no-referrer', async ({ request }) => {
  await writeFile(join(outDir, 'config.json'), JSON.stringify({ feed: { mode: 'fixtures' } }));
  const script = (await readdir(join(outDir, 'assets'))).find((file) => file.endsWith('.js'));
  for (const path of ['/', '/config.json', `/assets/${script}`, '/kpi/ip-pledge-financing?granularity=year', '/present']) {
    const response = await request.get(`${PREVIEW_URL}${path}`);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toBe(FIXTURES_POLICY);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
});

test('with an http feed in config.json, preview sends exactly the README’s sample headers', async ({ request }) => {
  await writeFile(join(outDir, 'config.json'), JSON.stringify({ feed: { mode: 'http', baseUrl: 'https://feed.example.org/api/v1' } }));
  const headers = (await request.get(`${PREVIEW_URL}/`)).headers();
  const sample = await readmeSampleHeaders();

  expect(sample).toHaveLength(3);
  expect(sample).toEqual([
    `Content-Security-Policy: ${headers['content-security-policy']}`,
    `X-Content-Type-Options: ${headers['x-content-type-options']}`,
    `Referrer-Policy: ${headers['referrer-policy']}`,
  ]);
  // The server cannot know the app's origin: the page narrows worker-src to its scripts' folder.
  expect(headers['content-security-policy']).toContain("connect-src 'self' https://feed.example.org; worker-src 'self'");
});

test('an invalid config.json gets the narrowest policy: no feed at all', async ({ request }) => {
  await writeFile(join(outDir, 'config.json'), '{ "feed": { "mode": "ftp" } }');
  const policy = (await request.get(`${PREVIEW_URL}/`)).headers()['content-security-policy'];
  expect(policy).toContain("connect-src 'self'; worker-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
});

test('the build ships no source maps, and preview serves none', async ({ request }) => {
  const assets = await readdir(join(outDir, 'assets'));
  expect(assets.filter((file) => file.endsWith('.map'))).toEqual([]);
  for (const file of assets.filter((name) => name.endsWith('.js') || name.endsWith('.css'))) {
    expect(await readFile(join(outDir, 'assets', file), 'utf8'), file).not.toContain('sourceMappingURL');
    expect((await request.get(`${PREVIEW_URL}/assets/${file}.map`)).status(), `${file}.map`).toBe(404);
  }
});

test('another page cannot frame the dashboard served by preview', async ({ page, consoleGuard }) => {
  await writeFile(join(outDir, 'config.json'), JSON.stringify({ feed: { mode: 'fixtures' } }));
  consoleGuard.allow(/frame-ancestors/);
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await page.setContent(`<iframe src="${PREVIEW_URL}/" title="framed"></iframe>`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  expect(await framed?.locator('#root').count()).toBe(0);
});

test('the app runs under the header policy of preview with no violation', async ({ page }) => {
  await writeFile(join(outDir, 'config.json'), JSON.stringify({ feed: { mode: 'fixtures' } }));
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`));
  });
  await page.goto(`${PREVIEW_URL}/`);
  await expectStatuses(page, DECEMBER_2020_STATUSES);
  await page.locator('.kpi-chart svg').first().waitFor();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
