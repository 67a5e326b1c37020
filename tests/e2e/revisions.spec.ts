import { expect, test } from './fixtures';
import { downloadExport, EXPORT_LABELS } from './detail';
import { expectCardStatus, kpiCard } from './kpis';
import { HTTP_APP_URL, V2_APP_URL } from './urls';

/**
 * Revisions and replay against the real feed server. `/api/v2` carries vintages: the opposition
 * KPI's H1 2020 figure was first published on 2020-07-15 (12.8, provisional) and revised on
 * 2020-08-14 (12.5). The scoped `/api/v1` feed changes its answers between two refreshes.
 */

const OPPOSITION = '商标异议审查周期';

// Two tests (the replay; today's figure): in one they took up to 20.2 s of their 60 on two loaded cores.
test('known on 2020-07-31 the figure reads as first published (12.8), on the card and in the detail view', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/?knownOn=2020-07-31`);

  const card = page.getByRole('article', { name: OPPOSITION, exact: true });
  await expect(page.getByRole('status').filter({ hasText: '回放：按2020年7月31日当日已发布的数据显示' })).toBeVisible();
  await expect(page.getByLabel('已知日期')).toHaveValue('2020-07-31');
  await expect(card.locator('dl.kpi-figures')).toContainText('12.8 个月');
  await expect(card.locator('dl.kpi-figures')).toContainText('初步数据');
  // Neither the revision nor December (published 2021-01-25) existed yet.
  await expect(card).not.toContainText('12.5');
  await expect(card).not.toContainText('11.6');
  await expect(card.getByText('修订', { exact: true })).toHaveCount(0);

  // The detail view replays the same day: the link carries it.
  await card.getByRole('link', { name: `查看“${OPPOSITION}”详情` }).click();
  await expect(page).toHaveURL(/knownOn=2020-07-31/);
  const table = page.locator('.detail-table table');
  await expect(table).toContainText('12.8');
  await expect(table).not.toContainText('12.5');
});

test('without knownOn the figure reads 12.5, marked revised from 12.8', async ({ page }) => {
  const card = page.getByRole('article', { name: OPPOSITION, exact: true });
  await page.goto(`${V2_APP_URL}/?asOf=2020-06`);
  await expect(card.locator('dl.kpi-figures')).toContainText('12.5 个月');
  await expect(card.locator('.revision-detail')).toHaveText('原为 12.8 个月（2020年7月15日发布），2020年8月14日修订');
  await expect(page.getByRole('status').filter({ hasText: '回放' })).toHaveCount(0);
});

test('exports under a replay hold the figures as then published, and say which day they replay', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/?knownOn=2020-07-31`);
  const card = page.getByRole('article', { name: OPPOSITION, exact: true });
  await expect(card.locator('dl.kpi-figures')).toContainText('12.8 个月');
  const group = card.getByRole('group', { name: EXPORT_LABELS['zh-CN'].group(OPPOSITION), exact: true, includeHidden: true });

  const csv = (await downloadExport(group, 'csv')).bytes.toString('utf8').replace(/^\uFEFF/, '');
  const [header = '', ...rows] = csv.trim().split(/\r?\n/);
  expect(header.split(',').at(-1)).toBe('已知日期');
  const june = rows.find((row) => row.startsWith('2020-06,'));
  expect(june?.split(',')[1]).toBe('12.8');
  expect(june?.split(',').at(-1)).toBe('2020-07-31');
  expect(csv).not.toContain('12.5');

  const svg = (await downloadExport(group, 'svg')).bytes.toString('utf8');
  expect(svg).toContain('回放：按2020年7月31日已发布的数据');
});

test('the known-on date field starts a replay at that day’s latest month, and leaving it restores today’s figures', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/?asOf=2020-12`);
  const card = page.getByRole('article', { name: OPPOSITION, exact: true });
  await expect(card.locator('dl.kpi-figures')).toContainText('11.6 个月');

  await page.getByLabel('已知日期').fill('2020-07-31');

  await expect(page).toHaveURL(/knownOn=2020-07-31/);
  // The as-of month of the link belonged to today's data: the replay starts at its own latest month.
  expect(new URL(page.url()).searchParams.get('asOf')).toBeNull();
  await expect(card.locator('dl.kpi-figures')).toContainText('12.8 个月');

  await page.getByRole('button', { name: '退出回放' }).click();
  await expect(page).not.toHaveURL(/knownOn=/);
  await expect(card.locator('dl.kpi-figures')).toContainText('11.6 个月');
});

test('the deck replays the same day and says so in its footer', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/present?knownOn=2020-07-31&slide=6`);

  const slide = page.locator('.present');
  await expect(slide).toContainText(OPPOSITION);
  await expect(slide).toContainText('12.8');
  await expect(slide).not.toContainText('12.5');
  await expect(slide).toContainText('回放：按2020年7月31日已发布的数据');
});

test('a knownOn that names no day is reported, quoted, and today’s figures are shown', async ({ page }) => {
  await page.goto(`${V2_APP_URL}/?knownOn=2020-02-30&asOf=2020-12`);

  await expect(page.getByRole('status').filter({ hasText: '链接中的 knownOn“2020-02-30”不是有效日期' })).toBeVisible();
  await expect(page.getByRole('article', { name: OPPOSITION, exact: true }).locator('dl.kpi-figures')).toContainText('11.6 个月');
});

test('a revision between two refreshes is shown as revised with the earlier value, and the status it flipped says so', async ({ page, feedFaults }) => {
  await page.goto(`${HTTP_APP_URL}/`);
  const card = kpiCard(page, 'highValue');
  await expectCardStatus(page, 'highValue', 'met');
  await expect(card.locator('dl.kpi-figures')).toContainText('14.0 个月');

  await feedFaults.set('highValue', 'revise');
  await page.getByRole('button', { name: '刷新数据' }).click();

  await expectCardStatus(page, 'highValue', 'missed');
  await expect(card.locator('dl.kpi-figures')).toContainText('17.5 个月');
  await expect(card.locator('.revision-detail').getByText(/^原为 14\.0\s个月；本页于 .+ 发现数据源更改了此数$/)).toBeVisible();
  await expect(card.getByText('此状态因数据修订而改变：修订前为“已实现”。')).toBeVisible();
  await card.getByText('查看数据表').click();
  await expect(card.getByRole('table')).toContainText(/实际 · 修订：原为 14\.0\s个月/);
});

test('a refresh that loses months, then a 404, then an empty list keeps the last good data with the reason, and the month stays', async ({
  page,
  feedFaults,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 404/);
  await page.goto(`${HTTP_APP_URL}/`);
  const card = kpiCard(page, 'highValue');
  await expectCardStatus(page, 'highValue', 'met');
  const asOf = page.getByLabel('数据截至');
  await expect(asOf).toHaveValue('2020-12');
  const figures = await card.locator('dl.kpi-figures').innerText();
  const refresh = page.getByRole('button', { name: '刷新数据' });

  await feedFaults.set('highValue', 'shrink');
  await refresh.click();
  const kept = card.locator('[data-kept]');
  await expect(kept).toHaveText(/自 .+ 起数据源不再列出 2020年7月至2020年12月共 6 期：仍显示此前取得的数据。/);
  await expect(card).toHaveAttribute('data-status', 'met');
  expect(await card.locator('dl.kpi-figures').innerText()).toBe(figures);
  await expect(asOf).toHaveValue('2020-12');

  await feedFaults.set('highValue', 'not-found');
  await refresh.click();
  await expect(kept).toHaveAttribute('data-kept', 'not-provided');
  await expect(kept).toContainText('HTTP 404');
  await expect(card).toHaveAttribute('data-status', 'met');

  await feedFaults.set('highValue', 'empty-list');
  await refresh.click();
  await expect(kept).toHaveAttribute('data-kept', 'empty');
  await expect(card).toHaveAttribute('data-status', 'met');
  await expect(asOf).toHaveValue('2020-12');

  await feedFaults.set('highValue', null);
  await refresh.click();
  await expect(kept).toHaveCount(0);
  expect(await card.locator('dl.kpi-figures').innerText()).toBe(figures);
});
