import type { Page } from '@playwright/test';
import { openFirstExports } from './detail';
import { expect, test } from './fixtures';
import { DECEMBER_2020_STATUSES, expectStatuses } from './kpis';
import { FEED_ORIGIN, FIXTURES_APP_URL, HTTP_APP_URL } from './urls';

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
}

function reportedViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function policies(page: Page): Promise<string[]> {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
}

/**
 * Notes where the page encodes PNGs: the scripts it starts as workers, and the times the page
 * itself encoded one (`canvas.toBlob`, the slow fallback when no worker may run).
 */
async function recordEncoders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { workers: [] as string[], encodedOnPage: 0 };
    (window as unknown as { encoders: typeof seen }).encoders = seen;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        seen.workers.push(new URL(url, location.href).pathname);
        super(url, options);
      }
    };
    const toBlob = HTMLCanvasElement.prototype.toBlob;
    HTMLCanvasElement.prototype.toBlob = function countedToBlob(this: HTMLCanvasElement, ...args: Parameters<HTMLCanvasElement['toBlob']>) {
      seen.encodedOnPage += 1;
      toBlob.apply(this, args);
    };
  });
}

function encoders(page: Page): Promise<{ workers: string[]; encodedOnPage: number }> {
  return page.evaluate(() => (window as unknown as { encoders: { workers: string[]; encodedOnPage: number } }).encoders);
}

/** The overview with its charts, an exported figure (drawn through a data: URL) and a CSV. */
async function useOverviewAndExports(page: Page): Promise<void> {
  await expectStatuses(page, DECEMBER_2020_STATUSES);
  await page.locator('.kpi-chart svg').first().waitFor();
  await openFirstExports(page);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PNG' }).first().click()]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 CSV' }).first().click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
}

/** The detail view's chart, then the deck's, reached as a user does from the overview. */
async function useDetailAndDeck(page: Page): Promise<void> {
  await page.getByRole('link', { name: '查看“知识产权质押融资规模”详情' }).click();
  await page.locator('.kpi-chart svg').first().waitFor();
  await page.goBack();
  await page.getByRole('link', { name: /演示/ }).click();
  // The deck is a chunk of its own: keys reach it once it is on screen.
  await page.locator('.slide').first().waitFor();
  await page.keyboard.press('End');
  await page.locator('.slide svg').first().waitFor();
}

// Each mode is checked in two halves, so that no single test walks the whole app on a slow machine.
test('the built app in fixtures mode runs under its policy with no violation', async ({ page }) => {
  await recordViolations(page);
  await recordEncoders(page);
  await page.goto(`${FIXTURES_APP_URL}/`);
  await useOverviewAndExports(page);
  // The PNG was encoded by the app's worker, not by the page (whose encoder waits for idle time).
  expect(await encoders(page)).toEqual({ workers: [expect.stringMatching(/^\/assets\/png-encoder\.worker-[\w-]+\.js$/)], encodedOnPage: 0 });

  const found = await policies(page);
  expect(found).toHaveLength(2);
  for (const policy of found) expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(found[1]).toBe("connect-src 'self'; worker-src 'self'");
  expect(await reportedViolations(page)).toEqual([]);
});

test('in fixtures mode, the detail view and the deck run under the policy with no violation', async ({ page }) => {
  await recordViolations(page);
  await page.goto(`${FIXTURES_APP_URL}/`);
  await useDetailAndDeck(page);
  expect(await reportedViolations(page)).toEqual([]);
});

test('the built app in http mode runs under its policy with no violation, and may talk to its feed only', async ({ page, consoleGuard }) => {
  await recordViolations(page);
  await recordEncoders(page);
  await page.goto(`${HTTP_APP_URL}/`);
  await useOverviewAndExports(page);

  const found = await policies(page);
  // Workers from the app's own built scripts only: the PNG encoder, never a service worker.
  expect(found[1]).toBe(`connect-src 'self' ${FEED_ORIGIN}; worker-src ${HTTP_APP_URL}/assets/`);
  expect(await reportedViolations(page)).toEqual([]);
  expect(await encoders(page)).toEqual({ workers: [expect.stringMatching(/^\/assets\/png-encoder\.worker-[\w-]+\.js$/)], encodedOnPage: 0 });

  // Anything else, even on this machine, is refused by the policy before a request is made.
  consoleGuard.allow(/Content Security Policy|Failed to fetch/);
  const outcome = await page.evaluate(async (url) => {
    try {
      await fetch(url);
      return 'fetched';
    } catch {
      return 'blocked';
    }
  }, `${FIXTURES_APP_URL}/config.json`);
  expect(outcome).toBe('blocked');
  await expect.poll(() => reportedViolations(page)).toEqual([`connect-src blocked ${FIXTURES_APP_URL}/config.json`]);
});

test('in http mode, the detail view and the deck run under the policy with no violation, and no service worker may be registered', async ({ page, consoleGuard }) => {
  await recordViolations(page);
  await page.goto(`${HTTP_APP_URL}/`);
  await useDetailAndDeck(page);
  expect(await reportedViolations(page)).toEqual([]);

  // The mock service worker ships in every build (public/), but only fixtures mode may run it:
  // it lies outside the scripts' folder that http mode allows workers from.
  consoleGuard.allow(/Content Security Policy|mockServiceWorker/);
  const outcome = await page.evaluate(async () => {
    try {
      await navigator.serviceWorker.register('/mockServiceWorker.js');
      return 'registered';
    } catch (error) {
      return error instanceof Error ? error.name : 'refused';
    }
  });
  expect(outcome).toBe('SecurityError');
  await expect.poll(() => reportedViolations(page)).toEqual([`worker-src blocked ${HTTP_APP_URL}/mockServiceWorker.js`]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
