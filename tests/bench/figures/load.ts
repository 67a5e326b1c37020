import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { withPage } from '../browser';
import { openOverview, readLcp } from '../overview-page';
import { median } from '../stats';

export const FLOOR_PATH = '/floor.html';

export interface LoadResult {
  app: { settledMs: number[]; chartsMs: number[]; lcpMs: (number | null)[] };
  floor: { loadMs: number[]; lcpMs: (number | null)[] };
  median: { appSettledMs: number; appChartsMs: number; appLcpMs: number; floorLoadMs: number; floorLcpMs: number };
}

/**
 * The floor: the settled overview's final HTML with every script and module preload removed and
 * the stylesheet kept, written into the served build as /floor.html. It is what the same page costs
 * with no JavaScript at all.
 */
export async function writeFloorPage(browser: Browser, appUrl: string, buildDir: string): Promise<number> {
  const html = await withPage(browser, async (page) => {
    await openOverview(page, appUrl);
    return page.evaluate(() => document.documentElement.outerHTML);
  });
  const floor = `<!doctype html>\n${html
    .replaceAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replaceAll(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '')}`;
  await writeFile(join(buildDir, FLOOR_PATH), floor);
  return Buffer.byteLength(floor);
}

async function loadFloor(page: Page, url: string): Promise<{ loadMs: number; lcpMs: number | null }> {
  await page.goto(url, { waitUntil: 'load' });
  const loadMs = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation?.loadEventStart ?? Number.NaN;
  });
  return { loadMs, lcpMs: await readLcp(page) };
}

/**
 * Each run opens the app and the floor in fresh contexts, alternating which goes first; one
 * discarded run of each warms the browser (process start-up, disk cache of the binary).
 */
function known(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

export async function measureLoad(browser: Browser, appUrl: string, floorUrl: string, runs: number): Promise<LoadResult> {
  const result: LoadResult = {
    app: { settledMs: [], chartsMs: [], lcpMs: [] },
    floor: { loadMs: [], lcpMs: [] },
    median: { appSettledMs: 0, appChartsMs: 0, appLcpMs: 0, floorLoadMs: 0, floorLcpMs: 0 },
  };
  const app = async (isRecorded: boolean) =>
    withPage(browser, async (page) => {
      const times = await openOverview(page, appUrl);
      const lcp = await readLcp(page);
      if (!isRecorded) return;
      result.app.settledMs.push(times.settledMs);
      result.app.chartsMs.push(times.chartsMs);
      result.app.lcpMs.push(lcp);
    });
  const floor = async (isRecorded: boolean) =>
    withPage(browser, async (page) => {
      const times = await loadFloor(page, floorUrl);
      if (!isRecorded) return;
      result.floor.loadMs.push(times.loadMs);
      result.floor.lcpMs.push(times.lcpMs);
    });

  await app(false);
  await floor(false);
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      await app(true);
      await floor(true);
    } else {
      await floor(true);
      await app(true);
    }
  }
  result.median = {
    appSettledMs: median(result.app.settledMs),
    appChartsMs: median(result.app.chartsMs),
    appLcpMs: median(known(result.app.lcpMs)),
    floorLoadMs: median(result.floor.loadMs),
    floorLcpMs: median(known(result.floor.lcpMs)),
  };
  return result;
}
