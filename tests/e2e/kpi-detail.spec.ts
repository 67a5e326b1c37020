import { scanForViolations } from './axe';
import { chooseMonth, dataTable, detailPath, expectMonth, fixturePoints, monthField, tableRow, waitForDetail } from './detail';
import { expect, test } from './fixtures';
import { KPIS, kpiCard, waitForCardsToSettle } from './kpis';

const PLEDGE = KPIS.pledge;

/** A table cell's number as the page writes it in Chinese ("2,180", "17.3"). */
function cellNumber(text: string): number {
  return Number(text.replaceAll(',', ''));
}

test('an analyst opens a KPI from its card, and comes back by the back link and by the browser', async ({ page }) => {
  await page.goto('/');
  await waitForCardsToSettle(page);

  const openDetail = () => kpiCard(page, 'highValue').getByRole('link', { name: `查看“${KPIS.highValue.name['zh-CN']}”详情`, exact: true }).click();

  await openDetail();
  await expect(page).toHaveURL(/\/kpi\/high-value-patent-review-cycle(\?|$)/);
  await waitForDetail(page, 'highValue');

  await page.getByRole('link', { name: '← 返回总览', exact: true }).click();
  await expect(page).toHaveURL(/:\d+\/(\?|$)/);
  await waitForCardsToSettle(page);

  await openDetail();
  await waitForDetail(page, 'highValue');
  await page.goBack();
  await expect(page).toHaveURL(/:\d+\/(\?|$)/);
  await waitForCardsToSettle(page);
  await expect(kpiCard(page, 'highValue')).toBeVisible();
});

test('in English, the detail link is named for the KPI and keeps the language', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForCardsToSettle(page);

  await kpiCard(page, 'pledge', 'en').getByRole('link', { name: `Details of “${PLEDGE.name.en}”`, exact: true }).click();

  await expect(page).toHaveURL(/\/kpi\/ip-pledge-financing\?(.*&)?lang=en(&|$)/);
  await waitForDetail(page, 'pledge', 'en');
  await expect(page.getByRole('link', { name: '← Back to the overview', exact: true })).toHaveAttribute('href', /lang=en/);
});

test('range presets write from and to into the URL and show which one is active', async ({ page }) => {
  await page.goto(detailPath('pledge'));
  await waitForDetail(page, 'pledge');

  const preset = (name: string) => page.getByRole('button', { name, exact: true });

  // The default is the latest data year, which is also the last 12 months of data.
  await expectMonth(page, '起始月份', '2020-01');
  await expectMonth(page, '结束月份', '2020-12');
  await expect(preset('2020年')).toHaveAttribute('aria-pressed', 'true');
  await expect(preset('2017–2020年')).toHaveAttribute('aria-pressed', 'false');

  await preset('2017–2020年').click();
  await expect(page).toHaveURL(/[?&]from=2017-01(&|$)/);
  await expect(page).toHaveURL(/[?&]to=2020-12(&|$)/);
  await expect(preset('2017–2020年')).toHaveAttribute('aria-pressed', 'true');
  await expect(preset('2020年')).toHaveAttribute('aria-pressed', 'false');
  await expectMonth(page, '起始月份', '2017-01');
  // The fixtures span exactly 2017–2020, so "all" is the same range.
  await expect(preset('全部')).toHaveAttribute('aria-pressed', 'true');

  await preset('最近 12 个月').click();
  await expect(page).toHaveURL(/[?&]from=2020-01(&|$)/);
  await expect(preset('最近 12 个月')).toHaveAttribute('aria-pressed', 'true');
  await expect(preset('2017–2020年')).toHaveAttribute('aria-pressed', 'false');

  // A free choice of month matches no preset.
  await chooseMonth(page, '起始月份', '2019-06');
  await expect(page).toHaveURL(/[?&]from=2019-06(&|$)/);
  for (const name of ['2020年', '最近 12 个月', '2017–2020年', '全部']) {
    await expect(preset(name)).toHaveAttribute('aria-pressed', 'false');
  }
  await expect(tableRow(dataTable(page, 'pledge'), '2019年6月')).toBeVisible();
});

test('by quarter, pledge financing sums its months: 2020 Q1 is 337 and Q2 is 516 亿元', async ({ page }) => {
  await page.goto(detailPath('pledge'));
  await waitForDetail(page, 'pledge');

  await page.getByRole('combobox', { name: '粒度', exact: true }).selectOption({ label: '季度' });

  await expect(page).toHaveURL(/[?&]granularity=quarter(&|$)/);
  const table = dataTable(page, 'pledge');
  await expect(tableRow(table, '2020年第1季度').getByRole('cell').first()).toHaveText('337');
  await expect(tableRow(table, '2020年第2季度').getByRole('cell').first()).toHaveText('516');
  // A header row and four quarters.
  await expect(table.getByRole('row')).toHaveCount(5);
});

test('by year over 2017–2020, pledge financing shows the published totals 2180 (2020) and 1515 (2019)', async ({ page }) => {
  await page.goto(detailPath('pledge'));
  await waitForDetail(page, 'pledge');

  await page.getByRole('button', { name: '2017–2020年', exact: true }).click();
  await page.getByRole('combobox', { name: '粒度', exact: true }).selectOption({ label: '年' });

  await expect(page).toHaveURL(/[?&]granularity=year(&|$)/);
  const table = dataTable(page, 'pledge');
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(tableRow(table, '2020年').getByRole('cell').first()).toHaveText('2,180');
  await expect(tableRow(table, '2019年').getByRole('cell').first()).toHaveText('1,515');
});

test('review cycles by quarter take the quarter’s last reported value: high-value 2020 Q4 is 14.0 months', async ({ page }) => {
  await page.goto(detailPath('highValue', { granularity: 'quarter' }));
  await waitForDetail(page, 'highValue');

  await expect(page.getByRole('combobox', { name: '粒度', exact: true })).toHaveValue('quarter');
  await expect(tableRow(dataTable(page, 'highValue'), '2020年第4季度').getByRole('cell').first()).toHaveText('14.0');
});

test('the previous-year overlay adds a column of last year’s values and prev=1 to the URL', async ({ page }) => {
  await page.goto(detailPath('pledge'));
  await waitForDetail(page, 'pledge');
  const table = dataTable(page, 'pledge');
  const overlay = page.getByRole('checkbox', { name: '叠加上年同期', exact: true });
  await expect(overlay).not.toBeChecked();
  await expect(table.getByRole('columnheader', { name: '上年同期', exact: true })).toHaveCount(0);

  await overlay.check();

  await expect(page).toHaveURL(/[?&]prev=1(&|$)/);
  const previousHeader = table.getByRole('columnheader', { name: '上年同期', exact: true });
  await expect(previousHeader).toBeVisible();
  // January 2020's row carries January 2019's amount in the new column.
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const column = headers.findIndex((text) => text.trim() === '上年同期');
  const january2019 = fixturePoints('pledge', '2019-01', '2019-01')[0]?.value;
  // Row headers are not cells: the column index counts the period header, cells do not.
  const cell = tableRow(table, '2020年1月').getByRole('cell').nth(column - 1);
  expect(cellNumber(await cell.innerText())).toBe(january2019);

  await overlay.uncheck();
  await expect(page).not.toHaveURL(/[?&]prev=/);
  await expect(table.getByRole('columnheader', { name: '上年同期', exact: true })).toHaveCount(0);
});

test('sorting by value descending from the column header puts the largest month first', async ({ page }) => {
  await page.goto(detailPath('pledge'));
  await waitForDetail(page, 'pledge');
  const table = dataTable(page, 'pledge');
  const valueHeader = table.getByRole('columnheader', { name: /^数值/ });
  await expect(valueHeader).toHaveAttribute('aria-sort', 'none');
  await expect(table.getByRole('columnheader', { name: /^期间/ })).toHaveAttribute('aria-sort', 'ascending');

  const sortButton = valueHeader.getByRole('button');
  await sortButton.click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
  await sortButton.click();

  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=value%3Adesc(&|$)/);
  await expect(table.getByRole('columnheader', { name: /^期间/ })).toHaveAttribute('aria-sort', 'none');

  const largest = Math.max(...fixturePoints('pledge', '2020-01', '2020-12').map((point) => point.value));
  const column = (await table.getByRole('rowgroup').last().getByRole('row').all()).map((row) => row.getByRole('cell').first());
  const shown = await Promise.all(column.map(async (cell) => cellNumber(await cell.innerText())));
  expect(shown).toHaveLength(12);
  expect(shown[0]).toBe(largest);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
});

test('a pasted link with every parameter reproduces the view', async ({ page }) => {
  await page.goto(detailPath('pledge', { from: '2018-04', to: '2020-09', granularity: 'quarter', prev: '1', sort: 'value:desc' }));
  await waitForDetail(page, 'pledge');

  await expectMonth(page, '起始月份', '2018-04');
  await expectMonth(page, '结束月份', '2020-09');
  await expect(page.getByRole('combobox', { name: '粒度', exact: true })).toHaveValue('quarter');
  await expect(page.getByRole('checkbox', { name: '叠加上年同期', exact: true })).toBeChecked();
  for (const name of ['2020年', '最近 12 个月', '2017–2020年', '全部']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'false');
  }
  const table = dataTable(page, 'pledge');
  await expect(table.getByRole('columnheader', { name: /^数值/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: '上年同期', exact: true })).toBeVisible();
  // 2018 Q2 … 2020 Q3: ten quarters, a header row, no notice about the link.
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('status').filter({ hasText: '链接参数' })).toHaveCount(0);
  const shown = await Promise.all(
    (await table.getByRole('rowgroup').last().getByRole('row').all()).map(async (row) => cellNumber(await row.getByRole('cell').first().innerText())),
  );
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
});

test('a link with impossible parameters says which ones, and shows the default view', async ({ page }) => {
  await page.goto(detailPath('pledge', { from: '2020-13', granularity: 'week', sort: 'colour:up' }));
  await waitForDetail(page, 'pledge');

  await expect(page.getByRole('status').filter({ hasText: 'granularity=“week”' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'from=“2020-13”' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'sort=“colour:up”' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '粒度', exact: true })).toHaveValue('month');
  await expectMonth(page, '起始月份', '2020-01');
  await expectMonth(page, '结束月份', '2020-12');
  await expect(dataTable(page, 'pledge').getByRole('columnheader', { name: /^期间/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('a range that ends before it starts is reported and replaced by the default', async ({ page }) => {
  await page.goto(detailPath('highValue', { from: '2020-06', to: '2019-06' }));
  await waitForDetail(page, 'highValue');

  await expect(page.getByRole('status').filter({ hasText: 'from=“2020-06 > 2019-06”' })).toBeVisible();
  await expectMonth(page, '起始月份', '2020-01');
  await expectMonth(page, '结束月份', '2020-12');
});

test('the detail page has no accessibility violations in Chinese', async ({ page }) => {
  await page.goto(detailPath('pledge', { from: '2019-01', to: '2020-12', prev: '1' }));
  await waitForDetail(page, 'pledge');

  expect(await scanForViolations(page)).toEqual([]);
});

test('the detail page has no accessibility violations in English', async ({ page }) => {
  await page.goto(detailPath('highValue', { granularity: 'quarter', lang: 'en' }));
  await waitForDetail(page, 'highValue', 'en');

  expect(await scanForViolations(page)).toEqual([]);
});

test('the detail view opened from a card reads the KPI as of the same month, and back keeps it', async ({ page }) => {
  await page.goto('/?asOf=2020-03');
  const card = page.getByRole('article', { name: '知识产权质押融资规模', exact: true });
  await expect(card).toHaveAttribute('data-status', 'at-risk');
  await card.getByRole('link', { name: '查看“知识产权质押融资规模”详情' }).click();

  await expect(page).toHaveURL(/\/kpi\/ip-pledge-financing\?.*asOf=2020-03/);
  await expect(page.getByText('按 2020年3月 的数据评估')).toBeVisible();
  await expect(page.locator('.detail-summary').getByText('存在风险', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: '← 返回总览' }).click();
  await expect(page).toHaveURL(/\/\?.*asOf=2020-03/);
  await expect(page.getByLabel('数据截至')).toHaveValue('2020-03');
});

test('the month fields speak the page’s language: “6月” in Chinese, “Jun” in English, never the browser’s “June 2020”', async ({ page }) => {
  await page.goto(detailPath('pledge', { from: '2020-06' }));
  await waitForDetail(page, 'pledge');
  const month = monthField(page, '起始月份').getByRole('combobox');
  await expect(month.locator('option:checked')).toHaveText('6月');
  await expect(monthField(page, '起始月份').getByRole('spinbutton')).toHaveAccessibleName('起始月份：年');

  await page.goto(`${detailPath('pledge', { from: '2020-06' })}&lang=en`);
  await expect(monthField(page, 'From').getByRole('combobox').locator('option:checked')).toHaveText('Jun');
  // Typing a year keeps the month.
  await monthField(page, 'From').getByRole('spinbutton').fill('2019');
  await expect(page).toHaveURL(/[?&]from=2019-06(&|$)/);
});
