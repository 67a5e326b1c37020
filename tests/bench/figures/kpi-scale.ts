import type { Browser } from '@playwright/test';
import { withPage } from '../browser';
import { changeAsOf, openOverview } from '../overview-page';
import { median } from '../stats';
import { measureLoad } from './load';
import type { LoadResult } from './load';

/** The `/api/many` catalogue's size (tests/e2e/servers/feed-server.ts, MANY_CATALOGUE). */
export const MANY_KPIS = 40;
export const MANY_FLOOR_PATH = '/floor-40.html';
const MONTHS = ['2020-06', '2019-12', '2020-03'] as const;

export interface KpiScaleResult {
  /** Load of the 40-KPI overview against its own static floor, as the load figure is taken. */
  load: LoadResult;
  /** Every as-of change of every run (the first included). */
  asOfMs: number[];
  median: { asOfMs: number };
}

/** The overview at 40 KPIs (issue 12): load against its floor, and as-of changes. */
export async function measureKpiScale(browser: Browser, manyUrl: string, floorUrl: string, runs: number): Promise<KpiScaleResult> {
  const load = await measureLoad(browser, manyUrl, floorUrl, runs, MANY_KPIS);
  const asOfMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, manyUrl, MANY_KPIS);
      for (const month of MONTHS) asOfMs.push((await changeAsOf(page, month)).ms);
    });
  }
  return { load, asOfMs, median: { asOfMs: median(asOfMs) } };
}
