import type { Page } from '@playwright/test';
import { scanForViolations } from './axe';
import { expect, test } from './fixtures';
import {
  asOfSelect,
  DECEMBER_2020_STATUSES,
  expectCardStatus,
  expectStatuses,
  FIXTURE_BADGE,
  KPI_KEYS,
  kpiCard,
  waitForCardsToSettle,
} from './kpis';

test('a manager opening the dashboard sees how every 2020 target ended, on data marked as fixtures', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Not `exact`: the badge may carry an icon next to its words.
  await expect(page.getByText(FIXTURE_BADGE['zh-CN'])).toBeVisible();
  await expect(asOfSelect(page)).toHaveValue('2020-12');
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '刷新数据', exact: true })).toBeVisible();

  await expectStatuses(page, DECEMBER_2020_STATUSES);
});

test('the as-of selector offers the months of the data and re-judges the cards', async ({ page }) => {
  await page.goto('/');
  await expectStatuses(page, DECEMBER_2020_STATUSES);

  const months = await asOfSelect(page).locator('option').evaluateAll((options) =>
    options.map((option) => (option as HTMLOptionElement).value),
  );
  expect(months.every((month) => /^\d{4}-(0[1-9]|1[0-2])$/.test(month)), months.join(' ')).toBe(true);
  expect(months).toEqual(expect.arrayContaining(['2020-03', '2020-06', '2020-12']));

  // A slow first quarter (+15.4% year to date) reads behind the 20% growth target…
  await asOfSelect(page).selectOption('2020-03');
  await expectCardStatus(page, 'pledge', 'at-risk');
  // …and by mid-year the seasonal projection puts it on track.
  await asOfSelect(page).selectOption('2020-06');
  await expectCardStatus(page, 'pledge', 'on-track');
});

test('every chart has a data table for people who cannot read the chart', async ({ page }) => {
  await page.goto('/');
  await waitForCardsToSettle(page);

  for (const key of KPI_KEYS) {
    const card = kpiCard(page, key);
    await expect(card.getByRole('figure').first()).toBeVisible();

    const table = card.getByRole('table');
    await expect(table).toBeHidden();
    await card.getByText('查看数据表', { exact: true }).click();
    await expect(table).toBeVisible();
    // A header row plus at least one month of data.
    expect(await table.getByRole('row').count(), `rows in ${key}'s table`).toBeGreaterThan(1);
  }
});

test('the settled overview has no accessibility violations in Chinese', async ({ page }) => {
  await page.goto('/');
  await expectStatuses(page, DECEMBER_2020_STATUSES);
  await openAllDataTables(page, '查看数据表');

  expect(await scanForViolations(page)).toEqual([]);
});

test('the settled overview has no accessibility violations in English', async ({ page }) => {
  await page.goto('/?lang=en');
  await expectStatuses(page, DECEMBER_2020_STATUSES, 'en');
  await openAllDataTables(page, 'Show data table');

  expect(await scanForViolations(page)).toEqual([]);
});

/** Scan the tables too: they are the accessible alternative to the charts. */
async function openAllDataTables(page: Page, summary: string) {
  const summaries = page.getByText(summary, { exact: true });
  await expect(summaries).toHaveCount(KPI_KEYS.length);
  for (const toggle of await summaries.all()) await toggle.click();
  await expect(page.getByRole('table')).toHaveCount(KPI_KEYS.length);
}

test('each card says how its figure moved since the previous report, better or worse in words as well as colour', async ({ page }) => {
  await page.goto('/?asOf=2020-06');
  await waitForCardsToSettle(page);

  // Fixture data: the high-value cycle fell from 15.5 (May) to 15.2 months (June); the trademark cycle stayed at 4.5.
  const highValue = kpiCard(page, 'highValue').locator('.figure-change');
  await expect(highValue).toHaveText('较上期（2020年5月）−0.3 个月，向好');
  await expect(highValue).toHaveAttribute('data-change', 'better');
  await expect(kpiCard(page, 'trademark').locator('.figure-change')).toHaveText('与上期（2020年5月）持平');
  // Pledge financing: the year-to-date growth, in points.
  await expect(kpiCard(page, 'pledge').locator('.figure-change')).toHaveText(/^较上期（2020年5月）[+−]\d+\.\d\s个百分点，(向好|变差)$/);

  await page.goto('/?asOf=2020-06&lang=en');
  await expect(kpiCard(page, 'highValue', 'en').locator('.figure-change')).toHaveText('−0.3 months since May 2020, better');
});
