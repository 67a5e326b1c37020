import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { CARDS_SETTLED_MARK } from '../../../src/features/overview/overview-page';
import { newBenchContext, withPage } from '../browser';
import { openOverview, readLcp } from '../overview-page';
import { addSettleProbe, readSettleTimes } from '../settle-probe';
import type { SettleTimes } from '../settle-probe';
import { median } from '../stats';

export const FLOOR_PATH = '/floor.html';

/** One page load, as the probe saw it, with the figures the earlier definition used. */
export interface LoadSample extends SettleTimes {
  lcpMs: number | null;
  /**
   * The earlier definition (kept for comparison while it changes): for the app, the overview's
   * own `kpi-cards-settled` mark; for the floor, its load event, which also waits for the
   * stylesheet.
   */
  oldMs: number;
}

export interface LoadPair {
  app: LoadSample;
  floor: LoadSample;
  /** app ÷ floor within this pair. */
  settledRatio: number;
  chartsRatio: number;
}

export interface LoadResult {
  pairs: LoadPair[];
  median: {
    appSettledMs: number;
    floorSettledMs: number;
    /** The median of the per-pair ratios (not the ratio of the medians). */
    settledRatio: number;
    appChartsMs: number;
    floorChartsMs: number;
    chartsRatio: number;
    appLcpMs: number;
    floorLcpMs: number;
    appOldMs: number;
    floorOldMs: number;
  };
}

/**
 * The floor: the settled overview's final HTML with every script and module preload removed and
 * the stylesheet kept, written into the served build as /floor.html. It is what the same page costs
 * with no JavaScript at all.
 */
export async function writeFloorPage(browser: Browser, appUrl: string, buildDir: string, { path = FLOOR_PATH, expectedCards = 4 } = {}): Promise<number> {
  const html = await withPage(browser, async (page) => {
    await openOverview(page, appUrl, expectedCards);
    return page.evaluate(() => document.documentElement.outerHTML);
  });
  const floor = `<!doctype html>\n${html
    .replaceAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replaceAll(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, '')}`;
  await writeFile(join(buildDir, path), floor);
  return Buffer.byteLength(floor);
}

/** Opens `url` in a fresh context carrying the probe, and reads every figure of the load. */
async function sample(browser: Browser, url: string, expectedCards: number, oldFigure: (page: Page) => Promise<number>): Promise<LoadSample> {
  const context = await newBenchContext(browser);
  try {
    await addSettleProbe(context, expectedCards);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const times = await readSettleTimes(page);
    await page.waitForLoadState('load');
    return { ...times, oldMs: await oldFigure(page), lcpMs: await readLcp(page) };
  } finally {
    await context.close();
  }
}

const appMark = (page: Page): Promise<number> =>
  page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false, CARDS_SETTLED_MARK).then(async (handle) => Number(await handle.jsonValue()));

const floorLoadEvent = (page: Page): Promise<number> =>
  page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventStart ?? Number.NaN);

function known(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

/**
 * `runs` pairs, each an app load and a floor load in fresh contexts, interleaved A/B, B/A, A/B…
 * so drift on the machine falls on both sides; one discarded pair first warms the browser.
 */
export async function measureLoad(browser: Browser, appUrl: string, floorUrl: string, runs: number, expectedCards = 4): Promise<LoadResult> {
  const app = () => sample(browser, appUrl, expectedCards, appMark);
  const floor = () => sample(browser, floorUrl, expectedCards, floorLoadEvent);
  await app();
  await floor();
  const pairs: LoadPair[] = [];
  for (let run = 0; run < runs; run += 1) {
    let appSample: LoadSample;
    let floorSample: LoadSample;
    if (run % 2 === 0) {
      appSample = await app();
      floorSample = await floor();
    } else {
      floorSample = await floor();
      appSample = await app();
    }
    pairs.push({
      app: appSample,
      floor: floorSample,
      settledRatio: appSample.settledMs / floorSample.settledMs,
      chartsRatio: appSample.chartsMs / floorSample.chartsMs,
    });
  }
  const of = (pick: (pair: LoadPair) => number) => median(pairs.map(pick));
  return {
    pairs,
    median: {
      appSettledMs: of((pair) => pair.app.settledMs),
      floorSettledMs: of((pair) => pair.floor.settledMs),
      settledRatio: of((pair) => pair.settledRatio),
      appChartsMs: of((pair) => pair.app.chartsMs),
      floorChartsMs: of((pair) => pair.floor.chartsMs),
      chartsRatio: of((pair) => pair.chartsRatio),
      appLcpMs: median(known(pairs.map((pair) => pair.app.lcpMs))),
      floorLcpMs: median(known(pairs.map((pair) => pair.floor.lcpMs))),
      appOldMs: of((pair) => pair.app.oldMs),
      floorOldMs: of((pair) => pair.floor.oldMs),
    },
  };
}
