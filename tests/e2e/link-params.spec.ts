import type { Locator, Page } from '@playwright/test';
import { detailPath, waitForDetail } from './detail';
import { expect, test } from './fixtures';
import { DECEMBER_2020_STATUSES, expectStatuses } from './kpis';

// A crafted link: one parameter of half a million characters with no place to break a line.
const HUGE = 'W'.repeat(500_000);
const QUOTED_HUGE = `${'W'.repeat(59)}…`;

/** The text between the first “ and ” of a notice: the link's value as the notice quotes it. */
async function quotedValue(notice: Locator): Promise<string> {
  const text = (await notice.textContent()) ?? '';
  return /“([^”]*)”/.exec(text)?.[1] ?? '';
}

/**
 * Opens `path`, then puts `name=HUGE` in its URL the way an in-app navigation does. A request
 * line that long is refused by most servers (Node's limit is 16 KB), but a link handled inside
 * the page, or a server with a larger limit, gets it to the app.
 */
async function openWithHugeParam(page: Page, path: string, name: string): Promise<void> {
  // Every link on the page now carries half a megabyte: rendering it is slow on a busy machine.
  test.slow();
  await page.goto(path);
  await page.evaluate(
    ([param, length]) => {
      const url = new URL(window.location.href);
      url.searchParams.set(param, 'W'.repeat(length));
      window.history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    [name, HUGE.length] as const,
  );
}

async function expectWithinPageWidth(page: Page, notice: Locator): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const box = await notice.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('/present?slide=0x3 is not slide 3: the deck opens at slide 1 and its notice says so truthfully', async ({ page }) => {
  await page.goto('/present?slide=0x3');

  await expect(page.getByRole('region', { name: '第 1 页，共 5 页' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2020年目标进展' })).toBeVisible();
  await expect(page.getByText('链接中的页码“0x3”无效（共 5 页），已从第 1 页开始。')).toBeVisible();
});

test('other ways of writing a number that are not a slide number open slide 1 too', async ({ page }) => {
  for (const slide of ['3e0', '3.0', '+3', ' 3']) {
    await page.goto(`/present?${new URLSearchParams({ slide }).toString()}`);
    await expect(page.getByRole('region', { name: '第 1 页，共 5 页' }), slide).toBeVisible();
    await expect(page.getByText(`链接中的页码“${slide}”无效`), slide).toBeVisible();
  }
});

test('the overview quotes a huge asOf in 60 characters, within the page width, and shows the latest month', async ({ page }) => {
  await openWithHugeParam(page, '/', 'asOf');
  await expectStatuses(page, DECEMBER_2020_STATUSES);

  const notice = page.getByRole('status').filter({ hasText: '链接中的截至月份' });
  await expect(notice).toBeVisible();
  expect(await quotedValue(notice)).toBe(QUOTED_HUGE);
  await expectWithinPageWidth(page, notice);
});

test('a huge lang is quoted in 60 characters and the page stays in Chinese, within its width', async ({ page }) => {
  await openWithHugeParam(page, '/', 'lang');
  await expectStatuses(page, DECEMBER_2020_STATUSES);

  const notice = page.getByRole('status').filter({ hasText: '链接中的语言' });
  expect(await quotedValue(notice)).toBe(QUOTED_HUGE);
  await expectWithinPageWidth(page, notice);
});

test('the detail view quotes a huge parameter in 60 characters, within the page width', async ({ page }) => {
  await openWithHugeParam(page, detailPath('pledge'), 'granularity');
  await waitForDetail(page, 'pledge');

  const notice = page.getByRole('status').filter({ hasText: 'granularity' });
  expect(await quotedValue(notice)).toBe(QUOTED_HUGE);
  await expectWithinPageWidth(page, notice);
});

test('the deck quotes a huge slide in 60 characters, within the screen', async ({ page }) => {
  await openWithHugeParam(page, '/present?slide=2', 'slide');
  await expect(page.getByRole('region', { name: '第 1 页，共 5 页' })).toBeVisible();

  const notice = page.getByText(/链接中的页码/);
  expect(await quotedValue(notice)).toBe(QUOTED_HUGE);
  await expectWithinPageWidth(page, notice);
});

test('a long parameter in a link opened directly is quoted in 60 characters too, scenario included', async ({ page }) => {
  // 5,000 characters: as long as a request line gets past the test server's 16 KB limit.
  const long = 'V'.repeat(5000);
  await page.goto(`/?asOf=${long}&scenario=${long}`);
  await expectStatuses(page, DECEMBER_2020_STATUSES);

  for (const text of ['链接中的截至月份', '链接中的场景']) {
    const notice = page.getByRole('status').filter({ hasText: text });
    expect(await quotedValue(notice), text).toBe(`${'V'.repeat(59)}…`);
    await expectWithinPageWidth(page, notice);
  }
});
