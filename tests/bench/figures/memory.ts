import type { Browser } from '@playwright/test';
import { heapAfterGc, withPage } from '../browser';
import { changeAsOf, openOverview } from '../overview-page';
import { median } from '../stats';

/** Ten changes that leave the as-of month somewhere else each time, ending on the latest month. */
const MONTHS = ['2020-06', '2019-12', '2020-03', '2018-09', '2017-12', '2020-09', '2019-03', '2018-12', '2020-01', '2020-12'] as const;

export interface MemoryResult {
  afterLoadBytes: number[];
  afterChangesBytes: number[];
  /** Ten more changes: growth that continues is a leak, growth that stops is warm-up. */
  afterTwentyBytes: number[];
  median: { afterLoadBytes: number; afterChangesBytes: number; afterTwentyBytes: number };
}

/** JS heap after a full GC: once the overview has drawn, after ten as-of changes and after ten more. */
export async function measureMemory(browser: Browser, appUrl: string, runs: number): Promise<MemoryResult> {
  const afterLoadBytes: number[] = [];
  const afterChangesBytes: number[] = [];
  const afterTwentyBytes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, appUrl);
      afterLoadBytes.push(await heapAfterGc(page));
      for (const month of MONTHS) await changeAsOf(page, month);
      afterChangesBytes.push(await heapAfterGc(page));
      for (const month of MONTHS) await changeAsOf(page, month);
      afterTwentyBytes.push(await heapAfterGc(page));
    });
  }
  return {
    afterLoadBytes,
    afterChangesBytes,
    afterTwentyBytes,
    median: { afterLoadBytes: median(afterLoadBytes), afterChangesBytes: median(afterChangesBytes), afterTwentyBytes: median(afterTwentyBytes) },
  };
}
