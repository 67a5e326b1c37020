import { expect, test } from './fixtures';
import { V2_APP_URL } from './urls';

/**
 * A feed speaking contract v2 (the real feed server's `/api/v2`): its catalogue lists a fifth KPI
 * and a 2025 level target that no code of the dashboard names.
 */

const OPPOSITION = { 'zh-CN': '商标异议审查周期', en: 'Trademark opposition review cycle' };

test('a fifth KPI in the feed’s catalogue gets its card, chart, table and detail view', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/?asOf=2020-12`);

  await expect(page.getByRole('article')).toHaveCount(5);
  const card = page.getByRole('article', { name: OPPOSITION['zh-CN'], exact: true });
  await expect(card).toHaveAttribute('data-status', 'met');
  await expect(card).toHaveAttribute('data-kpi-id', 'trademark-opposition-review-cycle');
  await expect(card).toContainText('11.6 个月');
  await expect(card.getByText('已实现', { exact: true })).toBeVisible();
  await expect(card.locator('svg').first()).toBeVisible();

  await card.getByRole('link', { name: `查看“${OPPOSITION['zh-CN']}”详情` }).click();
  await expect(page).toHaveURL(/\/kpi\/trademark-opposition-review-cycle/);
  await expect(page.getByRole('heading', { name: OPPOSITION['zh-CN'] })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('11.6');
});

test('a level target reached before its deadline reads met early (4868.8 亿元 in 2022 against ≥ 3200 by 2025)', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/?asOf=2022-12&lang=en`);

  const pledge = page.getByRole('article', { name: 'IP pledge financing', exact: true });
  await expect(pledge).toHaveAttribute('data-status', 'met-early');
  await expect(pledge.getByText('Met early', { exact: true })).toBeVisible();
  await expect(pledge).toContainText('≥ CNY 320');
  await expect(pledge).toContainText('2025');
});

test('the deck has a slide for the fifth KPI too', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/present?asOf=2020-12&slide=6`);

  await expect(page.getByText('6 / 6')).toBeVisible();
  await expect(page.locator('.slide-kpi[data-kpi-id="trademark-opposition-review-cycle"]')).toHaveAttribute('data-status', 'met');
});
