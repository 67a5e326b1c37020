import type { Browser } from '@playwright/test';
import { heapAfterGc, heapBreakdown, withPage } from '../browser';
import type { HeapBreakdown } from '../browser';
import { changeAsOf, openOverview } from '../overview-page';
import { median } from '../stats';

/** Ten changes that leave the as-of month somewhere else each time, ending on the latest month. */
const MONTHS = ['2020-06', '2019-12', '2020-03', '2018-09', '2017-12', '2020-09', '2019-03', '2018-12', '2020-01', '2020-12'] as const;
/** The warm-up change before the baseline: React's alternate fibers and the JIT's first code for
 * the update path are made by the first change, whichever month it picks. */
const WARM_UP_MONTH = '2020-11';

const nonCode = (heap: HeapBreakdown): number => heap.totalBytes - heap.codeBytes;

export interface MemoryResult {
  /** JS heap after load (the earlier baseline, kept for comparison). */
  afterLoadBytes: number[];
  /** Heap snapshot after one warm-up change: the baseline the goal is judged from. */
  afterWarmUp: HeapBreakdown[];
  afterChangesBytes: number[];
  /** Ten more changes: growth that continues is a leak, growth that stops is warm-up. */
  afterTwentyBytes: number[];
  /** Heap snapshots after the warm-up and after ten more changes, split into compiled code and the rest. */
  afterChanges: HeapBreakdown[];
  median: {
    afterLoadBytes: number;
    afterChangesBytes: number;
    afterTwentyBytes: number;
    /** Non-code heap after the warm-up change, and its growth over ten changes (the goal). */
    warmNonCodeBytes: number;
    nonCodeGrowth: number;
    nonCodeGrowthBytes: number;
    codeGrowthBytes: number;
  };
}

/**
 * JS heap after a full GC: once the overview has drawn (total, the earlier figure); then a heap
 * snapshot after one warm-up as-of change and another after ten more changes, whose non-code
 * parts give the goal's growth (issue 12); then the total after ten more changes.
 */
export async function measureMemory(browser: Browser, appUrl: string, runs: number): Promise<MemoryResult> {
  const afterLoadBytes: number[] = [];
  const afterWarmUp: HeapBreakdown[] = [];
  const afterChangesBytes: number[] = [];
  const afterChanges: HeapBreakdown[] = [];
  const afterTwentyBytes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await withPage(browser, async (page) => {
      await openOverview(page, appUrl);
      afterLoadBytes.push(await heapAfterGc(page));
      await changeAsOf(page, WARM_UP_MONTH);
      afterWarmUp.push(await heapBreakdown(page));
      for (const month of MONTHS) await changeAsOf(page, month);
      afterChangesBytes.push(await heapAfterGc(page));
      afterChanges.push(await heapBreakdown(page));
      for (const month of MONTHS) await changeAsOf(page, month);
      afterTwentyBytes.push(await heapAfterGc(page));
    });
  }
  const pairs = afterWarmUp.map((warm, index) => ({ warm, changed: afterChanges[index] ?? warm }));
  return {
    afterLoadBytes,
    afterWarmUp,
    afterChangesBytes,
    afterChanges,
    afterTwentyBytes,
    median: {
      afterLoadBytes: median(afterLoadBytes),
      afterChangesBytes: median(afterChangesBytes),
      afterTwentyBytes: median(afterTwentyBytes),
      warmNonCodeBytes: median(afterWarmUp.map(nonCode)),
      nonCodeGrowth: median(pairs.map(({ warm, changed }) => nonCode(changed) / nonCode(warm) - 1)),
      nonCodeGrowthBytes: median(pairs.map(({ warm, changed }) => nonCode(changed) - nonCode(warm))),
      codeGrowthBytes: median(pairs.map(({ warm, changed }) => changed.codeBytes - warm.codeBytes)),
    },
  };
}
