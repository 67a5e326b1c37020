import { expect, test } from 'vitest';
import { builtInDefinition } from '../feed/built-in-catalogue';
import { makePeriod, shiftPeriod } from '../kpi/period';
import { chartRow } from '../../tests/kpi-builders';
import { chartCsvTable, chartCsvTableInSlices } from './chart-csv';

const PLEDGE = builtInDefinition('ip-pledge-financing');

/** Monthly amounts over 30 months, a gap, a projection at the end and a provisional month. */
function pledgeRows(count: number) {
  const first = makePeriod(2018, 1);
  return Array.from({ length: count }, (_, index) =>
    chartRow(shiftPeriod(first, index), {
      value: index === 7 || index >= count - 2 ? null : 100 + index / 10,
      projection: index >= count - 2 ? 1750 + index / 3 : null,
      isProvisional: index === count - 3,
      target: 20,
      targetKind: 'growth-at-least',
      ytdGrowthPercent: index === 7 ? null : 12.298747763864037 + index,
      growthSource: index === 7 ? null : 'computed',
    }),
  );
}

test('built in slices, the CSV table is the same table, row for row, in both languages', async () => {
  const rows = pledgeRows(30);
  for (const locale of ['zh-CN', 'en'] as const) {
    const options = { asOf: '2020-04', knownOn: '2020-05-31' };
    const whole = chartCsvTable(PLEDGE, rows, locale, options);
    expect(whole.rows.length).toBeGreaterThan(20);
    for (const rowsPerSlice of [1, 4, 7, 1000]) {
      await expect(chartCsvTableInSlices(PLEDGE, rows, locale, options, rowsPerSlice)).resolves.toEqual(whole);
    }
  }
});

test('between slices the main thread is given back: a timer queued at the start runs before the table is done', async () => {
  const rows = pledgeRows(40);
  let timerRanAt: number | null = null;
  let slicesDone = 0;
  setTimeout(() => {
    timerRanAt = slicesDone;
  }, 0);
  const table = chartCsvTableInSlices(PLEDGE, rows, 'zh-CN', {}, 10).then((result) => {
    slicesDone = 1;
    return result;
  });
  await table;
  // The timer ran while the table was still being built (before `then`), so slices yield.
  expect(timerRanAt).toBe(0);
});
