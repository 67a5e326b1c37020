import { scanForViolations } from './axe';
import { expect, test } from './fixtures';
import { INVALID_CONFIG_APP_URL } from './urls';

test('an invalid config.json stops the dashboard with a page that names the bad field', async ({ page }) => {
  await page.goto(`${INVALID_CONFIG_APP_URL}/`);

  await expect(page.getByRole('heading', { name: '无法启动仪表板：配置文件有问题', exact: true })).toBeVisible();
  await expect(page.getByText(/feed\.mode/).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('the configuration error page has no accessibility violations', async ({ page }) => {
  await page.goto(`${INVALID_CONFIG_APP_URL}/`);
  await expect(page.getByRole('heading', { name: '无法启动仪表板：配置文件有问题', exact: true })).toBeVisible();

  expect(await scanForViolations(page)).toEqual([]);
});

test('the configuration problem is explained in English too', async ({ page }) => {
  await page.goto(`${INVALID_CONFIG_APP_URL}/?lang=en`);

  await expect(
    page.getByRole('heading', { name: 'The dashboard cannot start: its configuration has a problem', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/feed\.mode/).filter({ visible: true }).first()).toBeVisible();
});
