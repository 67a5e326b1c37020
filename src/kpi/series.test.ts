import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Observation } from './observation';
import { observationsUpTo } from './series';

const aPeriod = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`);

test('property: the observations up to a month are those of a sorted series at or before it, found by halving', () => {
  fc.assert(
    fc.property(fc.uniqueArray(aPeriod, { maxLength: 60 }), aPeriod, (periods, asOf) => {
      const series: Observation[] = [...periods].sort().map((period, index) => ({ period, value: index + 1, isProvisional: false }));
      expect(observationsUpTo(series, asOf)).toEqual(series.filter((observation) => observation.period <= asOf));
    }),
    { numRuns: 500 },
  );
});

test('the as-of month itself is included; a month before the first report leaves nothing', () => {
  const series: Observation[] = ['2020-01', '2020-02', '2020-03'].map((period) => ({ period, value: 1, isProvisional: false }));
  expect(observationsUpTo(series, '2020-02').map(({ period }) => period)).toEqual(['2020-01', '2020-02']);
  expect(observationsUpTo(series, '2019-12')).toEqual([]);
  expect(observationsUpTo(series, '2021-01')).toEqual(series);
});
