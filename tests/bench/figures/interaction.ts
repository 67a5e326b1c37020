import type { Browser, Page } from '@playwright/test';
import { withPage } from '../browser';
import { changeAsOf, openOverview } from '../overview-page';
import { median } from '../stats';

/** The first change leaves the latest month; the later ones move around the fixtures' range. */
const MONTHS = ['2020-06', '2019-12', '2020-03', '2018-09'] as const;
/** Keyboard changes per run for INP: each arrow key press picks the neighbouring month. */
const KEY_PRESSES = 4;
/** The Event Timing API's smallest threshold: shorter interactions are not reported at all. */
const EVENT_THRESHOLD_MS = 16;

export interface InteractionResult {
  /** Per run: the first as-of change after the page settled. */
  firstMs: number[];
  /** Per run: the changes after the first. */
  laterMs: number[];
  /**
   * Per run: the longest interaction (Event Timing, by `interactionId`) of a few real key presses
   * in the as-of list, i.e. the run's INP; 0 when none reached the 16 ms threshold.
   */
  inpMs: number[];
  median: { firstMs: number; laterMs: number; inpMs: number };
}

/**
 * INP of the as-of list: the list is focused and changed with real ArrowDown presses (trusted
 * events; a scripted `change` is not an interaction), and the page's Event Timing entries say how
 * long each interaction took until its next paint.
 */
async function keyboardInp(page: Page): Promise<number> {
  await page.evaluate((threshold) => {
    const durations = new Map<number, number>();
    (globalThis as { benchInteractions?: Map<number, number> }).benchInteractions = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId > 0) durations.set(entry.interactionId, Math.max(durations.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: threshold } as PerformanceObserverInit);
  }, EVENT_THRESHOLD_MS);
  await page.getByLabel('数据截至', { exact: true }).focus();
  for (let press = 0; press < KEY_PRESSES; press += 1) {
    await page.keyboard.press('ArrowDown');
    // The next press after the page has painted this one (entries are reported after the paint).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
  }
  return page.evaluate(() => Math.max(0, ...((globalThis as { benchInteractions?: Map<number, number> }).benchInteractions?.values() ?? [])));
}

export async function measureInteraction(browser: Browser, appUrl: string, runs: number): Promise<InteractionResult> {
  const firstMs: number[] = [];
  const laterMs: number[] = [];
  const inpMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, appUrl);
      for (const [index, month] of MONTHS.entries()) {
        const { ms } = await changeAsOf(page, month);
        (index === 0 ? firstMs : laterMs).push(ms);
      }
      inpMs.push(await keyboardInp(page));
    });
  }
  return { firstMs, laterMs, inpMs, median: { firstMs: median(firstMs), laterMs: median(laterMs), inpMs: median(inpMs) } };
}
