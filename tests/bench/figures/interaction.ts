import type { Browser } from '@playwright/test';
import { withPage } from '../browser';
import { changeAsOf, openOverview } from '../overview-page';
import { median } from '../stats';

/** The first change leaves the latest month; the later ones move around the fixtures' range. */
const MONTHS = ['2020-06', '2019-12', '2020-03', '2018-09'] as const;

export interface InteractionResult {
  /** Per run: the first as-of change after the page settled. */
  firstMs: number[];
  /** Per run: the changes after the first. */
  laterMs: number[];
  median: { firstMs: number; laterMs: number };
}

export async function measureInteraction(browser: Browser, appUrl: string, runs: number): Promise<InteractionResult> {
  const firstMs: number[] = [];
  const laterMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, appUrl);
      for (const [index, month] of MONTHS.entries()) {
        const { ms } = await changeAsOf(page, month);
        (index === 0 ? firstMs : laterMs).push(ms);
      }
    });
  }
  return { firstMs, laterMs, median: { firstMs: median(firstMs), laterMs: median(laterMs) } };
}
