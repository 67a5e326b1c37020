import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { FIXTURE_SERIES } from '../../mocks/fixtures';
import type { KpiKey, Lang } from './kpis';
import { KPIS } from './kpis';

/** `/kpi/<id>?…`: the detail view of one KPI, its state in the query string. */
export function detailPath(key: KpiKey, params: Record<string, string> = {}): string {
  const search = new URLSearchParams(params).toString();
  return `/kpi/${KPIS[key].id}${search === '' ? '' : `?${search}`}`;
}

export const EXPORT_LABELS = {
  'zh-CN': { group: (name: string) => `导出“${name}”`, png: '下载 PNG', svg: '下载 SVG', csv: '下载 CSV', copy: '复制图片', scale: '图片倍率', background: '背景' },
  en: { group: (name: string) => `Export “${name}”`, png: 'Download PNG', svg: 'Download SVG', csv: 'Download CSV', copy: 'Copy image', scale: 'Image scale', background: 'Background' },
} as const;

export type ExportKind = 'png' | 'svg' | 'csv';

/** The export buttons of one KPI's chart inside `scope` (the detail page, or one overview card). */
export function exportGroup(scope: Page | Locator, key: KpiKey, lang: Lang = 'zh-CN'): Locator {
  // Found while its "导出 / Export" menu is closed too: `openExports` opens it.
  return scope.getByRole('group', { name: EXPORT_LABELS[lang].group(KPIS[key].name[lang]), exact: true, includeHidden: true });
}

/** Opens the "导出 / Export" menu that holds `group` (a chart's export actions), if it is closed. */
export async function openExports(group: Locator): Promise<void> {
  const menu = group.locator('xpath=ancestor::details[1]');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator(':scope > summary').click();
  await expect(group).toBeVisible();
}

/** Opens the first chart's export menu on the page (for tests that use the first chart's buttons). */
export async function openFirstExports(page: Page): Promise<void> {
  await page.locator('details.export-disclosure > summary').first().click();
}

/** The detail view has finished loading once its chart is drawn and its data table has rows. */
export async function waitForDetail(page: Page, key: KpiKey, lang: Lang = 'zh-CN') {
  await expect(page.getByRole('heading', { level: 2, name: KPIS[key].name[lang], exact: true })).toBeVisible();
  // The figure is named by its caption ("<name>:<from> 至 <to>"); its chart is the first svg.
  await expect(page.getByRole('figure').locator('svg').first()).toBeVisible();
  await expect(dataTable(page, key, lang).getByRole('row').nth(1)).toBeVisible();
}

/** The detail view's data table, named by its caption. */
export function dataTable(page: Page, key: KpiKey, lang: Lang = 'zh-CN'): Locator {
  return page.getByRole('table', { name: new RegExp(`^${escapeRegExp(KPIS[key].name[lang])}`) });
}

/** The body row whose header cell is `period` as the page writes it (e.g. "2020年第1季度"). */
export function tableRow(table: Locator, period: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: period, exact: true }) });
}

export interface DownloadedFile {
  fileName: string;
  bytes: Buffer;
}

/** Clicks an export button and returns the file the browser saved. */
export async function downloadExport(group: Locator, kind: ExportKind, lang: Lang = 'zh-CN'): Promise<DownloadedFile> {
  const page = group.page();
  await openExports(group);
  const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: EXPORT_LABELS[lang][kind], exact: true }).click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The fixture feed's points for a KPI within [from, to], as the feed serves them. */
export function fixturePoints(key: KpiKey, from: string, to: string): { period: string; value: number }[] {
  return FIXTURE_SERIES[KPIS[key].id]
    .filter((point) => point.period >= from && point.period <= to)
    .map(({ period, value }) => ({ period, value }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A month field of the detail view ("起始月份", "结束月份"): a year field and a month list, in the page's language. */
export function monthField(page: Page, label: string): Locator {
  return page.getByRole('group', { name: label, exact: true });
}

/** The field shows `period` (YYYY-MM): its year, and its month chosen in the list. */
export async function expectMonth(page: Page, label: string, period: string) {
  const [year, month] = period.split('-');
  const field = monthField(page, label);
  await expect(field.getByRole('spinbutton')).toHaveValue(year ?? '');
  await expect(field.getByRole('combobox')).toHaveValue(String(Number(month)));
}

/** Chooses `period` as a person does: types the year, picks the month. */
export async function chooseMonth(page: Page, label: string, period: string) {
  const [year, month] = period.split('-');
  const field = monthField(page, label);
  await field.getByRole('spinbutton').fill(year ?? '');
  await field.getByRole('combobox').selectOption(String(Number(month)));
}
