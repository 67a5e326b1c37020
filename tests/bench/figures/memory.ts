import type { Browser } from '@playwright/test';
import { heapAfterGc, heapBreakdown, withPage } from '../browser';
import type { HeapBreakdown } from '../browser';
import { changeAsOf, openOverview } from '../overview-page';
import { median } from '../stats';

/** Ten changes that leave the as-of month somewhere else each time, ending on the latest month. */
const MONTHS = ['2020-06', '2019-12', '2020-03', '2018-09', '2017-12', '2020-09', '2019-03', '2018-12', '2020-01', '2020-12'] as const;

export interface MemoryResult {
  afterLoadBytes: number[];
  afterChangesBytes: number[];
  /** Ten more changes: growth that continues is a leak, growth that stops is warm-up. */
  afterTwentyBytes: number[];
  /** Heap snapshots after load and after ten changes, split into compiled code and the rest. */
  snapshots: { afterLoad: HeapBreakdown; afterChanges: HeapBreakdown }[];
  median: { afterLoadBytes: number; afterChangesBytes: number; afterTwentyBytes: number; nonCodeGrowthBytes: number; codeGrowthBytes: number };
}

/** JS heap after a full GC: once the overview has drawn, after ten as-of changes and after ten more. */
export async function measureMemory(browser: Browser, appUrl: string, runs: number): Promise<MemoryResult> {
  const afterLoadBytes: number[] = [];
  const afterChangesBytes: number[] = [];
  const afterTwentyBytes: number[] = [];
  const snapshots: MemoryResult['snapshots'] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, appUrl);
      afterLoadBytes.push(await heapAfterGc(page));
      const afterLoad = await heapBreakdown(page);
      for (const month of MONTHS) await changeAsOf(page, month);
      afterChangesBytes.push(await heapAfterGc(page));
      snapshots.push({ afterLoad, afterChanges: await heapBreakdown(page) });
      for (const month of MONTHS) await changeAsOf(page, month);
      afterTwentyBytes.push(await heapAfterGc(page));
    });
  }
  return {
    afterLoadBytes,
    afterChangesBytes,
    afterTwentyBytes,
    snapshots,
    median: {
      afterLoadBytes: median(afterLoadBytes),
      afterChangesBytes: median(afterChangesBytes),
      afterTwentyBytes: median(afterTwentyBytes),
      nonCodeGrowthBytes: median(snapshots.map(({ afterLoad, afterChanges }) => afterChanges.totalBytes - afterChanges.codeBytes - (afterLoad.totalBytes - afterLoad.codeBytes))),
      codeGrowthBytes: median(snapshots.map(({ afterLoad, afterChanges }) => afterChanges.codeBytes - afterLoad.codeBytes)),
    },
  };
}
