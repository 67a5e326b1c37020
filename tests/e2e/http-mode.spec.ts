import { resetFeedFaults, setFeedFault } from './feed-control';
import { expect, test } from './fixtures';
import { DECEMBER_2020_STATUSES, expectCardStatus, expectStatuses, FIXTURE_BADGE, KPI_KEYS, KPIS, kpiCard } from './kpis';
import { FEED_ORIGIN, HTTP_APP_URL } from './urls';

// The feed server's fault switch is shared by the whole run: keep this file's tests in one line.
test.describe.configure({ mode: 'serial' });
test.afterEach(async ({ request }) => {
  await resetFeedFaults(request);
});

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
  request,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 500/);
  await setFeedFault(request, 'pledge', 'http-500');

  await page.goto(`${HTTP_APP_URL}/`);

  await expectCardStatus(page, 'pledge', 'error');
  const pledge = kpiCard(page, 'pledge');
  await expect(pledge.getByRole('alert')).toBeVisible();
  await expectCardStatus(page, 'highValue', 'met');
  await expectCardStatus(page, 'trademark', 'met');

  await setFeedFault(request, 'pledge', null);
  await pledge.getByRole('button', { name: '重试', exact: true }).click();
  await expectCardStatus(page, 'pledge', 'met');
});
