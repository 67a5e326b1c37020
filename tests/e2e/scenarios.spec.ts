import { expect, test } from './fixtures';
import { asOfSelect, DECEMBER_2020_STATUSES, expectCardStatus, expectStatuses, KPI_KEYS, kpiCard } from './kpis';

test('when the feed fails, every card says so and offers a retry that recovers just that card', async ({
  page,
  consoleGuard,
}) => {
  // Chromium logs every HTTP 500 the page receives; here they are the point of the test.
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 500/);
  await page.goto('/?scenario=server-error');

  for (const key of KPI_KEYS) {
    await expectCardStatus(page, key, 'error');
    const card = kpiCard(page, key);
    await expect(card.getByRole('alert')).toBeVisible();
    await expect(card.getByRole('button', { name: '重试', exact: true })).toBeVisible();
  }

  await kpiCard(page, 'trademark').getByRole('button', { name: '重试', exact: true }).click();

  await expectCardStatus(page, 'trademark', 'met');
  await expect(kpiCard(page, 'trademark').getByRole('alert')).toHaveCount(0);
  for (const key of KPI_KEYS.filter((other) => other !== 'trademark')) {
    await expectCardStatus(page, key, 'error');
  }
});

test('a malformed response breaks only its own card, which names the bad entry', async ({ page }) => {
  await page.goto('/?scenario=malformed');

  await expectCardStatus(page, 'trademark', 'error');
  await expect(kpiCard(page, 'trademark').getByRole('alert')).toBeVisible();

  await expectCardStatus(page, 'pledge', 'error');
  const pledgeAlert = kpiCard(page, 'pledge').getByRole('alert');
  await expect(pledgeAlert).toBeVisible();
  await expect(pledgeAlert).toContainText(/2020-03|2020年3月|2020 年 3 月/);

  await expectCardStatus(page, 'highValue', 'met');
  await expectCardStatus(page, 'invention', 'no-target');
});

test('an empty feed shows "no data" on every card', async ({ page }) => {
  await page.goto('/?scenario=empty');

  await expectStatuses(page, {
    highValue: 'no-data',
    trademark: 'no-data',
    invention: 'no-data',
    pledge: 'no-data',
  });
});

test('mid-year, the view opens on June 2020 and judges pledge financing by its projection', async ({ page }) => {
  await page.goto('/?scenario=year-in-progress');

  await expect(asOfSelect(page)).toHaveValue('2020-06');
  await expectCardStatus(page, 'pledge', 'on-track');
});

test('the normal scenario, named explicitly, is the default view', async ({ page }) => {
  await page.goto('/?scenario=normal');

  await expectStatuses(page, DECEMBER_2020_STATUSES);
});
