import { performance } from 'node:perf_hooks';
import type { Browser, Page } from '@playwright/test';
import { withPage } from '../browser';
import type { CsvTiming } from '../harness/harness-api';
import { openOverview } from '../overview-page';
import { median } from '../stats';

export const CSV_ROWS = 100_000;

export interface ExportResult {
  pngMs: number[];
  csvMs: number[];
  bigCsv: CsvTiming[];
  median: { pngMs: number; csvMs: number; bigCsvMs: number; bigCsvLongestTaskMs: number; bigCsvTableMs: number; bigCsvToCsvMs: number };
}

/**
 * Clicks a download button of the first card and times, from this process, the click until
 * Playwright reports the download: the app's work plus one round trip to the browser, so an upper
 * bound by a few milliseconds.
 */
async function timeDownload(page: Page, buttonName: string): Promise<number> {
  const card = page.getByRole('article').first();
  // The actions sit in the card's "导出" menu; open it (outside the timed span) if it is closed.
  const menu = card.locator('details.export-disclosure');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator(':scope > summary').click();
  const button = card.getByRole('button', { name: buttonName, exact: true });
  await button.waitFor();
  const download = page.waitForEvent('download');
  const start = performance.now();
  await button.evaluate((element) => (element as HTMLButtonElement).click());
  await download;
  const ms = performance.now() - start;
  await (await download).cancel();
  return ms;
}

export async function measureExport(browser: Browser, appUrl: string, harnessUrl: string, runs: number): Promise<ExportResult> {
  const pngMs: number[] = [];
  const csvMs: number[] = [];
  const bigCsv: CsvTiming[] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, appUrl);
      pngMs.push(await timeDownload(page, '下载 PNG'));
      csvMs.push(await timeDownload(page, '下载 CSV'));
    });
    await withPage(browser, async (page) => {
      await page.goto(harnessUrl);
      await page.waitForFunction(() => window.bench !== undefined);
      const timing = await page.evaluate((rows) => window.bench?.exportCsv(rows), CSV_ROWS);
      if (timing === undefined) throw new Error('The harness page has no window.bench');
      bigCsv.push(timing);
    });
  }
  return {
    pngMs,
    csvMs,
    bigCsv,
    median: {
      pngMs: median(pngMs),
      csvMs: median(csvMs),
      bigCsvMs: median(bigCsv.map((timing) => timing.totalMs)),
      bigCsvLongestTaskMs: median(bigCsv.map((timing) => timing.longestTaskMs)),
      bigCsvTableMs: median(bigCsv.map((timing) => timing.tableMs)),
      bigCsvToCsvMs: median(bigCsv.map((timing) => timing.toCsvMs)),
    },
  };
}
