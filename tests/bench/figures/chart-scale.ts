import type { Browser, Page } from '@playwright/test';
import { collectGarbage, withPage } from '../browser';
import type { ChartLibrary } from '../harness/harness-api';
import { growthExponent, median } from '../stats';

export const CHART_SIZES = [100, 1_000, 10_000, 100_000] as const;
const LIBRARIES: readonly ChartLibrary[] = ['kpi-chart', 'uplot'];

export interface ChartScaleRow {
  points: number;
  kpiChartMs: number;
  uplotMs: number;
  ratio: number;
  /** Growth exponent from the previous size (k in time ∝ points^k); null for the first size. */
  kpiChartExponent: number | null;
  uplotExponent: number | null;
}

export interface ChartScaleResult {
  samples: Record<ChartLibrary, Record<number, number[]>>;
  rows: ChartScaleRow[];
}

async function openHarness(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.bench !== undefined);
  for (const points of CHART_SIZES) await page.evaluate((count) => window.bench?.prepare(count), points);
}

/**
 * Each run is a fresh context on the harness page: the rows of every size are built first, one
 * discarded render of each library warms the code (as on a dashboard that has drawn before), then
 * every size is drawn by both libraries, in an order that alternates between runs, with a full
 * garbage collection before each drawing.
 */
export async function measureChartScale(browser: Browser, harnessUrl: string, runs: number): Promise<ChartScaleResult> {
  const samples: ChartScaleResult['samples'] = { 'kpi-chart': {}, uplot: {} };
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openHarness(page, harnessUrl);
      for (const library of LIBRARIES) await page.evaluate((name) => window.bench?.renderChart(name, 100), library);
      const order = run % 2 === 0 ? LIBRARIES : [...LIBRARIES].reverse();
      for (const points of CHART_SIZES) {
        for (const library of order) {
          await collectGarbage(page);
          const ms = await page.evaluate(([name, count]) => window.bench?.renderChart(name, count), [library, points] as const);
          if (ms === undefined) throw new Error('The harness page has no window.bench');
          (samples[library][points] ??= []).push(ms);
        }
      }
    });
  }
  const rows = CHART_SIZES.map((points, index): ChartScaleRow => {
    const kpiChartMs = median(samples['kpi-chart'][points] ?? []);
    const uplotMs = median(samples.uplot[points] ?? []);
    const previous = CHART_SIZES[index - 1];
    const exponent = (library: ChartLibrary, ms: number) =>
      previous === undefined ? null : growthExponent(previous, median(samples[library][previous] ?? []), points, ms);
    return { points, kpiChartMs, uplotMs, ratio: kpiChartMs / uplotMs, kpiChartExponent: exponent('kpi-chart', kpiChartMs), uplotExponent: exponent('uplot', uplotMs) };
  });
  return { samples, rows };
}
