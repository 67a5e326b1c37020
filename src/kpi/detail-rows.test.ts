import { expect, test } from 'vitest';
import { buildDetailRows } from './detail-rows';
import { evaluateKpi } from './evaluate-kpi';
import { builtInDefinition } from '../../tests/built-in-definitions';
import type { Observation } from './observation';
import { observationsUpTo } from './series';

const pledge = builtInDefinition('ip-pledge-financing');
const highValue = builtInDefinition('high-value-patent-review-cycle');

function months(year: number, values: readonly (number | null)[]): Observation[] {
  return values.flatMap((value, index) =>
    value === null ? [] : [{ period: `${year}-${String(index + 1).padStart(2, '0')}`, value, isProvisional: false }],
  );
}

// Quarters 2019: 292 | 296 | 475 | 452 (1515); 2020: 337 | 516 | 595 | 732 (2180).
const PLEDGE = [
  ...months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]),
  ...months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]),
];
const HIGH_VALUE = [
  ...months(2019, [22, 21.5, 21, 20.5, 20, 19.8, 19.5, 19, 18.6, 18.2, 17.8, 17.3]),
  ...months(2020, [17, 16.8, 16.5, 16.1, 15.6, 15.2, 15, 14.9, 14.7, 14.5, 14.2, 14]),
];

function rows(definition: typeof pledge | typeof highValue, observations: readonly Observation[], asOf: string, granularity: 'month' | 'quarter' | 'year', from: string, to: string) {
  const known = observationsUpTo(observations, asOf);
  return buildDetailRows(definition, known, evaluateKpi(definition, known, asOf), granularity, from, to);
}

test('pledge financing by quarter: each quarter’s sum, its growth, and the 20% target only in 2020', () => {
  const quarters = rows(pledge, PLEDGE, '2020-12', 'quarter', '2019-01', '2020-12');
  expect(quarters.map((row) => [row.period, row.value, row.target])).toEqual([
    ['2019-Q1', 292, null],
    ['2019-Q2', 296, null],
    ['2019-Q3', 475, null],
    ['2019-Q4', 452, null],
    ['2020-Q1', 337, 20],
    ['2020-Q2', 516, 20],
    ['2020-Q3', 595, 20],
    ['2020-Q4', 732, 20],
  ]);
  expect(quarters[4]?.periodGrowthPercent).toBeCloseTo((337 / 292 - 1) * 100, 10);
  expect(quarters[4]?.previousYearValue).toBe(292);
  // Year to date through September: 1448 against 1063.
  expect(quarters[6]?.ytdGrowthPercent).toBeCloseTo((1448 / 1063 - 1) * 100, 10);
  // Whole quarters, and no projection drawn over aggregated periods.
  expect(quarters.every((row) => row.partialMonths === null && row.projection === null && !row.isProvisional)).toBe(true);
});

test('a quarter or a year cut by the range says how many of its months it holds; a whole one does not', () => {
  const quarters = rows(pledge, PLEDGE, '2020-12', 'quarter', '2020-02', '2020-12');
  expect(quarters.map((row) => row.partialMonths)).toEqual([2, null, null, null]);
  expect(quarters[0]?.value).toBe(217);

  const [halfYear] = rows(pledge, PLEDGE, '2020-12', 'year', '2020-01', '2020-06');
  expect(halfYear?.partialMonths).toBe(6);
  expect(halfYear?.value).toBe(853);
  const [wholeYear] = rows(pledge, PLEDGE, '2020-12', 'year', '2020-01', '2020-12');
  expect(wholeYear?.partialMonths).toBeNull();
  expect(wholeYear?.value).toBe(2180);
});

test('the high-value cycle by year: the December figure of each year against that year’s own limit', () => {
  const years = rows(highValue, HIGH_VALUE, '2020-12', 'year', '2019-01', '2020-12');
  expect(years.map((row) => [row.period, row.value, row.target, row.previousYearValue])).toEqual([
    ['2019', 17.3, null, null],
    ['2020', 14, 16, 17.3],
  ]);
});

test('by month, each row shows the same month a year earlier, and nothing where that month is missing', () => {
  const withoutFeb2019 = PLEDGE.filter((o) => o.period !== '2019-02');
  const monthRows = rows(pledge, withoutFeb2019, '2020-12', 'month', '2020-01', '2020-03');
  expect(monthRows.map((row) => [row.period, row.value, row.previousYearValue])).toEqual([
    ['2020-01', 120, 90],
    ['2020-02', 80, null],
    ['2020-03', 137, 107],
  ]);
  expect(monthRows.every((row) => row.target === 20 && row.partialMonths === null)).toBe(true);
});

test('by month as of June, the months after June carry the projection and no value', () => {
  const monthRows = rows(highValue, HIGH_VALUE, '2020-06', 'month', '2020-05', '2020-08');
  expect(monthRows.map((row) => row.value)).toEqual([15.6, 15.2, null, null]);
  expect(monthRows[2]?.projection).not.toBeNull();
  expect(monthRows[3]?.projection).not.toBeNull();
  expect(monthRows.map((row) => row.previousYearValue)).toEqual([20, 19.8, 19.5, 19]);
});

test('the table says what kind of target each quarter is judged on, and where its year-to-date growth comes from only when there is one', () => {
  const quarters = rows(pledge, PLEDGE, '2020-12', 'quarter', '2019-01', '2020-12');

  // 2019 has no target and no 2018 to grow from; 2020 has the 20% growth target and growth computed from the summed months.
  expect(quarters.map((row) => [row.period, row.targetKind, row.growthSource])).toEqual([
    ['2019-Q1', null, null],
    ['2019-Q2', null, null],
    ['2019-Q3', null, null],
    ['2019-Q4', null, null],
    ['2020-Q1', 'growth-at-least', 'computed'],
    ['2020-Q2', 'growth-at-least', 'computed'],
    ['2020-Q3', 'growth-at-least', 'computed'],
    ['2020-Q4', 'growth-at-least', 'computed'],
  ]);
});

test('a review cycle’s year row names its at-most target', () => {
  const [year] = rows(highValue, HIGH_VALUE, '2020-12', 'year', '2020-01', '2020-12');
  expect(year?.targetKind).toBe('at-most');
});
