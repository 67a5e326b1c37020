import { expect, test } from 'vitest';
import { aggregateSeries, bucketKey, isGranularity } from './aggregate';
import { builtInDefinition } from '../../tests/built-in-definitions';
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

function provisionalFrom(observations: readonly Observation[], periods: readonly string[]): Observation[] {
  return observations.map((o) => (periods.includes(o.period) ? { ...o, isProvisional: true } : o));
}

test('a quarter of pledge financing with one provisional month is provisional as a whole; the others are not', () => {
  const quarters = aggregateSeries(pledge, provisionalFrom(PLEDGE, ['2020-05']), 'quarter', '2020-01', '2020-12');
  expect(quarters.map((q) => q.isProvisional)).toEqual([false, true, false, false]);
  // Still summed: a provisional figure is a figure.
  expect(quarters[1]?.value).toBe(516);
});

test('a review-cycle quarter is provisional when its last reported month is, not when an earlier one was', () => {
  const cycles = provisionalFrom(months(2020, [17, 16.8, 16.5, 16.1, 15.6, 15.2, 15, 14.9, 14.7, 14.5, 14.2, 14]), ['2020-03', '2020-04']);
  const quarters = aggregateSeries(highValue, cycles, 'quarter', '2020-01', '2020-12');
  expect(quarters.map((q) => q.isProvisional)).toEqual([true, false, false, false]);
  expect(quarters.map((q) => q.value)).toEqual([16.5, 15.2, 14.7, 14]);
  expect(quarters.map((q) => q.monthsReported)).toEqual([3, 3, 3, 3]);
});

test('a review-cycle quarter with nothing reported has no value and is not provisional', () => {
  const cycles = months(2020, [17, 16.8, 16.5, null, null, null]);
  const [, q2] = aggregateSeries(highValue, cycles, 'quarter', '2020-01', '2020-06');
  expect(q2?.value).toBeNull();
  expect(q2?.monthsReported).toBe(0);
  expect(q2?.isProvisional).toBe(false);
});

test('review cycles compare with the last value of the same quarter a year earlier, and show no growth', () => {
  const cycles = [...months(2019, [22, 21.5, 21, 20.5, 20, 19.8]), ...months(2020, [17, 16.8, 16.5, 16.1, 15.6, 15.2])];
  const quarters = aggregateSeries(highValue, cycles, 'quarter', '2020-01', '2020-06');
  expect(quarters.map((q) => q.previousYearValue)).toEqual([21, 19.8]);
  expect(quarters.map((q) => q.growthPercent)).toEqual([null, null]);
  expect(quarters.map((q) => q.ytdGrowthPercent)).toEqual([null, null]);
});

test('growth over a year-earlier quarter that summed to zero is not shown (no “∞%”)', () => {
  const zeroQ1 = [...months(2019, [0, 0, 0]), ...months(2020, [120, 80, 137])];
  const [q1] = aggregateSeries(pledge, zeroQ1, 'quarter', '2020-01', '2020-03');
  expect(q1?.previousYearValue).toBe(0);
  expect(q1?.growthPercent).toBeNull();
  expect(q1?.ytdGrowthPercent).toBeNull();
});

test('growth is not shown when the year-earlier quarter is missing a month', () => {
  const missing = PLEDGE.filter((o) => o.period !== '2019-02');
  const [q1, q2] = aggregateSeries(pledge, missing, 'quarter', '2020-01', '2020-06');
  expect(q1?.previousYearValue).toBeNull();
  expect(q1?.growthPercent).toBeNull();
  // Q2 itself is whole on both sides, so its own growth stands: 516 against 296.
  expect(q2?.growthPercent).toBeCloseTo((516 / 296 - 1) * 100, 10);
});

test('a quarter with no month reported yet shows no year-to-date growth, even though January–March had one', () => {
  const toMarch = PLEDGE.filter((o) => o.period < '2020-04');
  const quarters = aggregateSeries(pledge, toMarch, 'quarter', '2020-01', '2020-06');
  // Through March: 337 against 292.
  expect(quarters[0]?.ytdGrowthPercent).toBeCloseTo((337 / 292 - 1) * 100, 10);
  expect(quarters[1]?.value).toBeNull();
  expect(quarters[1]?.ytdGrowthPercent).toBeNull();
});

test('a clipped quarter reports its own first and last month, its year, and year-to-date growth through its last month', () => {
  const [q1] = aggregateSeries(pledge, PLEDGE, 'quarter', '2020-01', '2020-02');
  expect(q1).toMatchObject({ key: '2020-Q1', granularity: 'quarter', year: 2020, start: '2020-01', end: '2020-02', monthsInBucket: 2, monthsReported: 2 });
  // January–February: 200 against 185.
  expect(q1?.ytdGrowthPercent).toBeCloseTo((200 / 185 - 1) * 100, 10);
  expect(q1?.value).toBe(200);

  // Within a longer range, a whole quarter ends on its own last month, not on the range's.
  const [whole] = aggregateSeries(pledge, PLEDGE, 'quarter', '2020-01', '2020-06');
  expect(whole).toMatchObject({ start: '2020-01', end: '2020-03' });
});

test('by month, each bucket is the month itself with its growth over the same month a year earlier', () => {
  const monthsOf2020 = aggregateSeries(pledge, PLEDGE, 'month', '2020-01', '2020-03');
  expect(monthsOf2020.map((m) => [m.key, m.value, m.previousYearValue])).toEqual([
    ['2020-01', 120, 90],
    ['2020-02', 80, 95],
    ['2020-03', 137, 107],
  ]);
  expect(monthsOf2020[1]?.growthPercent).toBeCloseTo((80 / 95 - 1) * 100, 10);
});

test('only month, quarter and year are granularities', () => {
  expect(['month', 'quarter', 'year'].every(isGranularity)).toBe(true);
  for (const bad of ['week', 'Quarter', '', null, 3]) expect(isGranularity(bad)).toBe(false);
});

// Pledge financing as the published dataset carries it: year-to-date checkpoints, each with the
// publisher's growth and its source (Q1 2020 337 +15.5%, H1 853 +45%, Jan–Oct 1664 +35%, year 2180 +43.9%).
const cumulativePledge = { ...pledge, measure: 'ytd-cumulative' as const };
const cited = (title: string) => ({ title, url: null, publishedOn: null });
const CHECKPOINTS: Observation[] = [
  { period: '2019-12', value: 1515, growthPct: 23.8, isProvisional: false, source: cited('2019') },
  { period: '2020-03', value: 337, growthPct: 15.5, isProvisional: false, source: cited('Q1 2020') },
  { period: '2020-06', value: 853, growthPct: 45, isProvisional: false, source: cited('H1 2020') },
  { period: '2020-10', value: 1664, growthPct: 35, isProvisional: false, source: cited('Jan–Oct 2020') },
  { period: '2020-12', value: 2180, growthPct: 43.9, isProvisional: false, source: cited('2020') },
];

test('published checkpoints by quarter: each quarter shows its last checkpoint, the publisher’s growth and whom it cites; a quarter with none shows nothing', () => {
  const quarters = aggregateSeries(cumulativePledge, CHECKPOINTS, 'quarter', '2020-01', '2020-12');

  expect(quarters.map((q) => [q.key, q.value, q.ytdGrowthPercent, q.growthSource, q.source?.title ?? null])).toEqual([
    ['2020-Q1', 337, 15.5, 'published', 'Q1 2020'],
    ['2020-Q2', 853, 45, 'published', 'H1 2020'],
    ['2020-Q3', null, null, 'computed', null],
    // October's checkpoint is not the quarter's last: December's is.
    ['2020-Q4', 2180, 43.9, 'published', '2020'],
  ]);
});

test('a checkpoint published without growth, or with growth stated as unknown, is not labelled as the publisher’s growth', () => {
  const withoutGrowth: Observation[] = [
    { period: '2020-03', value: 337, isProvisional: false },
    { period: '2020-06', value: 853, growthPct: null, isProvisional: false },
  ];

  const quarters = aggregateSeries(cumulativePledge, withoutGrowth, 'quarter', '2020-01', '2020-06');

  expect(quarters.map((q) => [q.value, q.ytdGrowthPercent, q.growthSource])).toEqual([
    [337, null, 'computed'],
    [853, null, 'computed'],
  ]);
});

test('summed months: the growth is computed from the sums even where a month carries a stated growth, and the quarter cites its last month', () => {
  const monthsWithSources = PLEDGE.map((o) => ({ ...o, growthPct: 99, source: cited(o.period) }));

  const [q1] = aggregateSeries(pledge, monthsWithSources, 'quarter', '2020-01', '2020-03');

  expect(q1?.growthSource).toBe('computed');
  // Through March: 337 against 292, not the 99% a month states.
  expect(q1?.ytdGrowthPercent).toBeCloseTo((337 / 292 - 1) * 100, 10);
  expect(q1?.source?.title).toBe('2020-03');
});
