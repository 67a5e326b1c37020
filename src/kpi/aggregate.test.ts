import { expect, test } from 'vitest';
import { aggregateSeries, bucketKey } from './aggregate';
import { builtInDefinition } from '../feed/built-in-catalogue';
import type { Observation } from './observation';

const pledge = builtInDefinition('ip-pledge-financing');
const highValue = builtInDefinition('high-value-patent-review-cycle');

function months(year: number, values: readonly (number | null)[]): Observation[] {
  return values.flatMap((value, index) =>
    value === null ? [] : [{ period: `${year}-${String(index + 1).padStart(2, '0')}`, value, isProvisional: false }],
  );
}

// Monthly amounts whose quarter sums are 2019: 292 | 296 | …, 2020: 337 | 516 | … (published and
// derived year-to-date totals: Q1 292 → 337, H1 588 → 853).
const PLEDGE = [
  ...months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]),
  ...months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]),
];

test('bucket keys name months, quarters and years', () => {
  expect(bucketKey('2020-03', 'month')).toBe('2020-03');
  expect(bucketKey('2020-03', 'quarter')).toBe('2020-Q1');
  expect(bucketKey('2020-04', 'quarter')).toBe('2020-Q2');
  expect(bucketKey('2020-12', 'year')).toBe('2020');
});

test('pledge financing sums its months by quarter, and growth compares like quarters', () => {
  const quarters = aggregateSeries(pledge, PLEDGE, 'quarter', '2020-01', '2020-12');
  expect(quarters.map((q) => q.key)).toEqual(['2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4']);
  expect(quarters[0]?.value).toBe(337);
  expect(quarters[0]?.previousYearValue).toBe(292);
  expect(quarters[0]?.growthPercent).toBeCloseTo((337 / 292 - 1) * 100, 10);
  expect(quarters[1]?.value).toBe(516);
  // Year to date through June: 853 against 588.
  expect(quarters[1]?.ytdGrowthPercent).toBeCloseTo((853 / 588 - 1) * 100, 10);
});

test('pledge financing by year gives the published totals and growth', () => {
  const [year2020] = aggregateSeries(pledge, PLEDGE, 'year', '2020-01', '2020-12');
  expect(year2020?.value).toBe(2180);
  expect(year2020?.previousYearValue).toBe(1515);
  expect(year2020?.growthPercent).toBeCloseTo(43.894, 2);
});

test('a quarter with a missing month has no sum rather than an undercount', () => {
  const withGap = PLEDGE.filter((o) => o.period !== '2020-02');
  const [q1] = aggregateSeries(pledge, withGap, 'quarter', '2020-01', '2020-03');
  expect(q1?.value).toBeNull();
  expect(q1?.monthsReported).toBe(2);
  expect(q1?.growthPercent).toBeNull();
});

test('a range cut inside a quarter compares the same clipped months a year earlier', () => {
  const [q1] = aggregateSeries(pledge, PLEDGE, 'quarter', '2020-02', '2020-03');
  expect(q1?.start).toBe('2020-02');
  expect(q1?.value).toBe(80 + 137);
  expect(q1?.previousYearValue).toBe(95 + 107);
  expect(q1?.monthsInBucket).toBe(2);
});

test('review cycles take the last value reported in the period', () => {
  const cycles = months(2020, [17, 16.8, null, 16.1, 15.6, 15.2, null, null, null, null, null, 14]);
  const quarters = aggregateSeries(highValue, cycles, 'quarter', '2020-01', '2020-12');
  expect(quarters.map((q) => q.value)).toEqual([16.8, 15.2, null, 14]);
  const [year] = aggregateSeries(highValue, cycles, 'year', '2020-01', '2020-12');
  expect(year?.value).toBe(14);
  expect(year?.growthPercent).toBeNull();
});
