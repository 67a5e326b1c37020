import { parseCsv } from '../../src/export/csv';
import { openFirstExports } from './detail';
import { expect, test } from './fixtures';
import { asOfSelect, expectCardStatus, kpiCard } from './kpis';
import { PUBLISHED_APP_URL } from './urls';

/**
 * The published dataset (`?scenario=published`): the figures CNIPA and the official press
 * stated, at the checkpoints they were published, each with its source.
 */

test('as of 2020-03 pledge financing is behind its target on its first published checkpoint (337, +15.5%)', async ({ page }) => {
  await page.goto('/?scenario=published&asOf=2020-03');

  await expectCardStatus(page, 'pledge', 'at-risk');
  const pledge = kpiCard(page, 'pledge');
  await expect(pledge).toContainText('337 亿元');
  await expect(pledge).toContainText('+15.5%');
  await expect(pledge).toContainText('发布方公布');
  await expect(pledge).toContainText('来源：国家知识产权局 2020 年一季度新闻发布会');
  // Nothing of 2020 is reported for the review cycles yet: no verdict, not a stale one.
  await expectCardStatus(page, 'highValue', 'no-data');
});

test('as of 2020-06 high-value (15.2) and pledge (853, +45%) are on track, each citing its source', async ({ page }) => {
  await page.goto('/?scenario=published&asOf=2020-06');

  await expectCardStatus(page, 'highValue', 'on-track');
  await expect(kpiCard(page, 'highValue')).toContainText('15.2 个月');
  await expect(kpiCard(page, 'highValue').getByRole('link', { name: /CNIPA: H1 2020 review cycles/ })).toHaveAttribute(
    'href',
    'https://english.cnipa.gov.cn/art/2020/8/14/art_2126_150841.html',
  );
  await expectCardStatus(page, 'pledge', 'on-track');
  await expect(kpiCard(page, 'pledge')).toContainText('853 亿元');
  await expect(kpiCard(page, 'pledge')).toContainText('+45.0%');
});

test('as of 2020-12 all three 2020 targets are met, +43.9%, in both languages', async ({ page }) => {
  await page.goto('/?scenario=published&asOf=2020-12');

  await expectCardStatus(page, 'highValue', 'met');
  await expectCardStatus(page, 'trademark', 'met');
  await expectCardStatus(page, 'pledge', 'met');
  await expect(kpiCard(page, 'pledge')).toContainText('2,180 亿元');
  await expect(kpiCard(page, 'pledge')).toContainText('+43.9%');
  await expect(kpiCard(page, 'pledge')).toContainText('人民日报（工人日报网转载）（2021-01-25）');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expectCardStatus(page, 'pledge', 'met', 'en');
  await expect(kpiCard(page, 'pledge', 'en')).toContainText('as published');
});

test('the overview opens at the latest month every KPI with a target is judged at, and the list still reaches 2020', async ({ page }) => {
  await page.goto('/?scenario=published');

  await expect(asOfSelect(page)).toHaveValue('2024-12');
  await expectCardStatus(page, 'invention', 'met');
  await expectCardStatus(page, 'highValue', 'no-target');
  await asOfSelect(page).selectOption('2020-12');
  await expectCardStatus(page, 'pledge', 'met');
});

test('the detail table and its CSV cite every figure’s source', async ({ page }) => {
  await page.goto('/kpi/ip-pledge-financing?scenario=published&asOf=2020-12&from=2020-01&to=2020-12');

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: '来源' })).toBeVisible();
  await expect(table.getByRole('row', { name: /2020年6月/ })).toContainText('人民网（2020-07-09）');

  await openFirstExports(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载 CSV/ }).first().click()]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const [columns = [], ...lines] = parseCsv((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  expect(columns).toEqual(expect.arrayContaining(['来源', '发布日期', '来源网址', '增速口径']));
  const june = lines.find((line) => line[0] === '2020-06') ?? [];
  expect(june[columns.indexOf('数值')]).toBe('853');
  expect(june[columns.indexOf('来源')]).toBe('人民网');
  expect(june[columns.indexOf('发布日期')]).toBe('2020-07-09');
  expect(june[columns.indexOf('增速口径')]).toBe('发布方公布');
});

test('http mode reads the same dataset as a static feed from the build, with no MSW', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${PUBLISHED_APP_URL}/?asOf=2020-12`);

  await expectCardStatus(page, 'highValue', 'met');
  await expectCardStatus(page, 'trademark', 'met');
  await expectCardStatus(page, 'pledge', 'met');
  await expect(kpiCard(page, 'pledge')).toContainText('+43.9%');
  await page.goto(`${PUBLISHED_APP_URL}/?asOf=2020-03`);
  await expectCardStatus(page, 'pledge', 'at-risk');

  expect(requests).toContain('/feeds/published/kpis.json');
  expect(requests).toContain('/feeds/published/kpis/ip-pledge-financing/observations.json');
  expect(requests.some((path) => path.includes('mockServiceWorker'))).toBe(false);
});
