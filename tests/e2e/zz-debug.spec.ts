import { test } from './fixtures';
test('debug overflow', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 844 });
  await page.goto(`/?asOf=2020-06&lang=en`);
  await page.locator('.kpi-chart[data-drawn="true"]').first().waitFor();
  await page.waitForTimeout(1000);
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 321).slice(0, 15).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 50)}`));
  console.log(wide.join('\n'));
});
