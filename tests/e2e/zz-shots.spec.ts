import { test } from './fixtures';

const SIZES = { desk: { width: 1440, height: 900 }, projector: { width: 1920, height: 1080 }, phone: { width: 390, height: 844 } } as const;

for (const lang of ['zh-CN', 'en'] as const) {
  for (const [name, size] of Object.entries(SIZES)) {
    test(`shot overview ${lang} ${name}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/?lang=${lang}&asOf=2020-06`);
      await page.locator('.kpi-chart[data-drawn="true"]').first().waitFor();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/shots/ov-june-${lang}-${name}.png`, fullPage: true });
    });
  }
  test(`shot deck ${lang}`, async ({ page }) => {
    await page.setViewportSize(SIZES.projector);
    for (const slide of [2, 5]) {
      await page.goto(`/present?lang=${lang}&asOf=2020-06&slide=${slide}`);
      await page.locator('.kpi-chart[data-drawn="true"]').first().waitFor();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/shots/deck-${lang}-${slide}.png` });
    }
  });
  test(`shot detail pledge ${lang}`, async ({ page }) => {
    await page.setViewportSize(SIZES.desk);
    await page.goto(`/kpi/ip-pledge-financing?lang=${lang}&asOf=2020-06`);
    await page.locator('.kpi-chart[data-drawn="true"]').first().waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/detail-pledge-${lang}.png`, fullPage: true });
  });
}
