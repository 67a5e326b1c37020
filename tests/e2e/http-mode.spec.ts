import { openFirstExports } from './detail';
import { missingGlyphs } from './glyphs';
import { expect, test } from './fixtures';
import { DECEMBER_2020_STATUSES, expectCardStatus, expectStatuses, FIXTURE_BADGE, KPI_KEYS, KPIS, kpiCard } from './kpis';
import { FEED_ORIGIN, HTTP_APP_URL } from './urls';

// Faults are injected through the `feedFaults` fixture: each test sees its own, and the shared
// feed that other files read stays healthy.

test('pointed at a real feed by config.json, the dashboard shows the same statuses, with no fixture badge and no MSW', async ({
  page,
}) => {
  // The context, not the page, also sees what a service worker (or its registration) fetches.
  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  // Chunk names are the bundler's business, so recognise MSW by what a script contains.
  const scriptsWithMsw: Promise<string | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scriptsWithMsw.push(
      response
        .text()
        .then((body) => (/mockServiceWorker|\[MSW\]/.test(body) ? response.url() : null))
        .catch(() => null),
    );
  });

  await page.goto(`${HTTP_APP_URL}/`);

  await expectStatuses(page, DECEMBER_2020_STATUSES);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(FIXTURE_BADGE['zh-CN'])).toHaveCount(0);

  // The observations really came from the feed server, across origins…
  const feedRequests = requested.filter((url) => url.startsWith(`${FEED_ORIGIN}/api/v1/kpis/`));
  for (const key of KPI_KEYS) {
    expect(feedRequests.some((url) => url.includes(`/kpis/${KPIS[key].id}/observations`)), key).toBe(true);
  }
  // …and not one byte of the mock machinery was fetched or installed.
  expect(requested.filter((url) => url.includes('mockServiceWorker'))).toEqual([]);
  expect((await Promise.all(scriptsWithMsw)).filter((url) => url !== null)).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('when the real feed fails for one KPI, only that card errors, and retry recovers it once the feed is back', async ({
  page,
  feedFaults,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 500/);
  await feedFaults.set('pledge', 'http-500');

  await page.goto(`${HTTP_APP_URL}/`);

  await expectCardStatus(page, 'pledge', 'error');
  const pledge = kpiCard(page, 'pledge');
  await expect(pledge.getByRole('alert')).toBeVisible();
  await expectCardStatus(page, 'highValue', 'met');
  await expectCardStatus(page, 'trademark', 'met');

  await feedFaults.set('pledge', null);
  await pledge.getByRole('button', { name: '重试', exact: true }).click();
  await expectCardStatus(page, 'pledge', 'met');
});

// Each fault of the real feed server, the message the card must show, and what the browser logs
// about it (allowed only in that test). The http app's config.json sets a 3 s timeout and 1 retry.
const FAULTS = [
  { fault: 'http-500', message: /数据源返回错误（HTTP 500）/, logs: /status of 500/ },
  { fault: 'http-503', message: /数据源返回错误（HTTP 503）/, logs: /status of 503/ },
  // Two tries of 3 s and the 1 s pause between them: the card waited 7 s, and says so.
  { fault: 'hang', message: /数据源在约 7 秒内没有响应（共尝试 2 次，每次最多等待 3 秒，含重试间隔），已放弃。/, logs: null },
  { fault: 'truncate', message: /数据源的响应在传输途中中断/, logs: /ERR_CONTENT_LENGTH_MISMATCH|Failed to load resource/ },
  { fault: 'html', message: /数据源返回的内容不是 JSON：“<!doctype html>/, logs: null },
  { fault: 'empty-body', message: /数据源返回的内容不是 JSON：“\(empty\)”/, logs: null },
  { fault: 'null-value', message: /第 3 条记录（期间 2017年3月）无效：value 应为有限数字（收到 null）/, logs: null },
] as const;

for (const { fault, message, logs } of FAULTS) {
  test(`a feed fault (${fault}) shows a clear error on that KPI only, and retry recovers once the feed is healthy`, async ({
    page,
    feedFaults,
    consoleGuard,
  }) => {
    if (logs !== null) consoleGuard.allow(logs);
    await feedFaults.set('highValue', fault);
    await page.goto(`${HTTP_APP_URL}/`);

    const card = kpiCard(page, 'highValue');
    await expect(card).toHaveAttribute('data-status', 'error', { timeout: 20_000 });
    await expect(card.getByRole('alert')).toHaveText(message);
    await expectCardStatus(page, 'trademark', 'met');
    await expectCardStatus(page, 'pledge', 'met');
    await expectCardStatus(page, 'invention', 'no-target');

    await feedFaults.set('highValue', null);
    await card.getByRole('button', { name: '重试', exact: true }).click();
    await expectCardStatus(page, 'highValue', 'met');
    await expect(card.getByRole('alert')).toHaveCount(0);
  });
}

test('a flapping feed is ridden out by the automatic retry', async ({ page, feedFaults, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await feedFaults.set('highValue', 'flap');
  await page.goto(`${HTTP_APP_URL}/`);
  await expectCardStatus(page, 'highValue', 'met');
  await expect(kpiCard(page, 'highValue').getByRole('alert')).toHaveCount(0);
});

test('a refresh that fails keeps every figure on screen and marks it stale, and the next good refresh clears it', async ({
  page,
  feedFaults,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 500/);
  await page.goto(`${HTTP_APP_URL}/?asOf=2020-06`);
  const card = kpiCard(page, 'highValue');
  await expectCardStatus(page, 'highValue', 'on-track');
  const figures = await card.locator('dl.kpi-figures').innerText();

  await feedFaults.set('highValue', 'http-500');
  await page.getByRole('button', { name: '刷新数据' }).click();
  await expect(card).toHaveAttribute('data-stale', 'true', { timeout: 15_000 });
  const staleBadge = card.getByText(/刷新失败：显示的是 .* 获取的数据/);
  await expect(staleBadge).toBeVisible();
  // Its icon is drawn, not an empty box, in Debian Chromium with the CJK and DejaVu fonts.
  await staleBadge.screenshot({ path: test.info().outputPath('stale-badge.png') });
  expect(await missingGlyphs(staleBadge)).toEqual([]);
  // Nothing already shown was lost: same verdict, same figures, same month.
  await expect(card).toHaveAttribute('data-status', 'on-track');
  expect(await card.locator('dl.kpi-figures').innerText()).toBe(figures);
  expect(new URL(page.url()).searchParams.get('asOf')).toBe('2020-06');

  await feedFaults.set('highValue', null);
  await page.getByRole('button', { name: '刷新数据' }).click();
  await expect(card).not.toHaveAttribute('data-stale', 'true');
  await expect(card.getByText(/刷新失败/)).toHaveCount(0);
});

test('going offline pauses the dashboard visibly and coming back recovers without a reload', async ({ page, context }) => {
  await page.goto(`${HTTP_APP_URL}/`);
  await expectCardStatus(page, 'pledge', 'met');

  await context.setOffline(true);
  await expect(page.getByText(/网络已断开/)).toBeVisible();
  await page.getByRole('button', { name: '刷新数据' }).click();
  await expect(kpiCard(page, 'pledge').getByText(/离线：已暂停获取/)).toBeVisible();
  await expectCardStatus(page, 'pledge', 'met');

  await context.setOffline(false);
  await expect(page.getByText(/网络已断开/)).toHaveCount(0);
  await expect(kpiCard(page, 'pledge').getByText(/离线：已暂停获取/)).toHaveCount(0);
  await expectCardStatus(page, 'pledge', 'met');
});

// Two tests (draw and page; export): in one they took up to 64 s of three times the timeout.
test('a 100,000-month answer is validated and drawn, by year and by month, and its table pages every row', async ({ page, feedFaults }) => {
  // Parses, draws and pages 100,000 rows twice over, by design: three times the timeout.
  test.slow();
  await feedFaults.set('highValue', 'huge');
  await page.goto(`${HTTP_APP_URL}/kpi/high-value-patent-review-cycle?granularity=year&sort=period:desc`);
  await page.getByRole('button', { name: '全部' }).click();
  // By year the series is 8,334 rows: paged in the table.
  await expect(page.getByText('第 1 / 70 页，共 8334 行')).toBeVisible({ timeout: 20_000 });
  await page.locator('.kpi-chart svg').first().waitFor();
  await page.getByLabel('粒度').selectOption('month');
  await expect(page.getByText('第 1 / 834 页，共 100000 行')).toBeVisible({ timeout: 20_000 });
  // The chart draws about two points per pixel, not 100,000: count the vertices of its line.
  const path = (await page.locator('.kpi-chart svg path[d]').evaluateAll((paths) => paths.map((element) => element.getAttribute('d') ?? ''))).sort(
    (a, b) => b.length - a.length,
  )[0];
  const vertices = (path?.match(/[ML]/g) ?? []).length;
  expect(vertices).toBeGreaterThan(100);
  expect(vertices).toBeLessThan(5_000);
});

test('the CSV of a 100,000-month answer keeps every row', async ({ page, feedFaults }) => {
  // Parses and exports 100,000 rows, by design: three times the timeout.
  test.slow();
  await feedFaults.set('highValue', 'huge');
  await page.goto(`${HTTP_APP_URL}/kpi/high-value-patent-review-cycle?granularity=month`);
  await page.getByRole('button', { name: '全部' }).click();
  await expect(page.getByText(/共 100000 行/)).toBeVisible({ timeout: 20_000 });

  await openFirstExports(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).click()]);
  const text = await (await import('node:fs/promises')).readFile((await download.path()) ?? '', 'utf8');
  const lines = text.split('\r\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1 + 100_000);
  expect(lines[1]?.startsWith('0001-01,')).toBe(true);
  expect(lines.at(-1)?.startsWith('8334-04,')).toBe(true);
});

test('config.json and each feed request are asked for once: the views join the requests started before their first render', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/config.json') || path.startsWith('/api/')) requested.push(path);
  });

  await page.goto(`${HTTP_APP_URL}/`);
  await expectStatuses(page, DECEMBER_2020_STATUSES);

  expect(requested[0]).toBe('/config.json');
  expect(requested.filter((path) => path.endsWith('/config.json'))).toHaveLength(1);
  // src/app/feed-start.test.ts checks which requests are started before the first render.
  const feed = requested.filter((path) => path.startsWith('/api/'));
  expect(feed.filter((path) => path.endsWith('/observations'))).toHaveLength(4);
  expect(new Set(feed).size).toBe(feed.length);
});
