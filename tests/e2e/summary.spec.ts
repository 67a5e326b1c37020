import { expect, test } from './fixtures';
import { KPI_KEYS, KPIS, STATUS_WORDS, kpiCard, waitForCardsToSettle } from './kpis';
import type { Lang } from './kpis';

const SIZES = [
  { name: 'desk', width: 1440, height: 900 },
  { name: 'projector', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
] as const;

for (const lang of ['zh-CN', 'en'] as const satisfies readonly Lang[]) {
  for (const size of SIZES) {
    test(`the summary strip shows every target's status on the first screen (${size.name} ${size.width}×${size.height}, ${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/?lang=${lang}`);
      await waitForCardsToSettle(page);

      const entries = page.locator('.summary-strip [data-kpi-id]');
      await expect(entries).toHaveCount(KPI_KEYS.length);
      // KPIs with a target first: the invention cycle has none in 2020.
      await expect(entries.last()).toHaveAttribute('data-kpi-id', KPIS.invention.id);
      for (const key of KPI_KEYS) {
        const entry = page.locator(`.summary-strip [data-kpi-id="${KPIS[key].id}"]`);
        const status = await kpiCard(page, key, lang).getAttribute('data-status');
        // The same hooks as its card, and the status in words.
        await expect(entry).toHaveAttribute('data-status', status ?? '');
        await expect(entry.getByText(STATUS_WORDS[lang][status as keyof (typeof STATUS_WORDS)[Lang]], { exact: true })).toBeVisible();
        const box = await entry.boundingBox();
        expect(box, key).not.toBeNull();
        expect((box?.y ?? Infinity) + (box?.height ?? 0), `${key} is on the first screen`).toBeLessThanOrEqual(size.height);
      }
      // Nothing scrolls sideways, not even on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
}

test('a summary entry links to its card, and its bar names the figure and target in words', async ({ page }) => {
  await page.goto('/');
  await waitForCardsToSettle(page);

  const entry = page.locator(`.summary-strip [data-kpi-id="${KPIS.highValue.id}"]`);
  await expect(entry.getByRole('img')).toHaveAccessibleName('2020年12月：14.0 个月，目标 16.0 个月');
  await entry.getByRole('link', { name: KPIS.highValue.name['zh-CN'] }).click();
  await expect(page).toHaveURL(new RegExp(`#kpi-${KPIS.highValue.id}$`));
  await expect(kpiCard(page, 'highValue')).toBeInViewport();
});
