import fc from 'fast-check';
import { expect, test } from 'vitest';
import { exactDifference, exactRunningSums, exactSum } from './exact-sum';

test('monthly amounts add up to the decimals a person would write', () => {
  // Fixture months whose float sums carry noise: 2018 Q2, 2020 Q3 and the 2017 year.
  expect(exactSum([100.9, 74.3, 116.8])).toBe(292);
  expect(exactSum([0.1, 0.2])).toBe(0.3);
  expect(exactSum([101.5, 103.6, 103.6])).toBe(308.7);
  expect(exactSum([7.07, 0.03])).toBe(7.1);
  expect(exactSum([])).toBe(0);
});

test('property: the sum of one-decimal amounts is exact to one decimal', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 200 }), (tenths) => {
      const expected = tenths.reduce((sum, value) => sum + value, 0) / 10;
      expect(exactSum(tenths.map((value) => value / 10))).toBe(expected);
    }),
  );
});

test('many decimals and exponent notation are not rounded away', () => {
  expect(exactSum([12.123456789012, 1])).toBe(13.123456789012);
  expect(exactSum([1e-11, 5])).toBe(5.00000000001);
  expect(exactSum([1.5e-7])).toBe(1.5e-7);
  expect(exactSum([15.2, -16])).toBe(-0.8);
});

test('property: never further from the true sum than a plain float sum', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { maxLength: 30 }), (values) => {
      const plain = values.reduce((sum, value) => sum + value, 0);
      const exact = exactSum(values);
      // Both are approximations of the real sum; the exact one may differ from the float one by
      // rounding only, never by dropping digits.
      const scale = Math.max(1, ...values.map((value) => Math.abs(value)));
      expect(Math.abs(exact - plain)).toBeLessThanOrEqual(scale * values.length * Number.EPSILON * 4);
    }),
  );
});

test('amounts of different precision and sign add up exactly: a revision of −0.1 and a month of 0.3 make 0.2', () => {
  expect(exactSum([-0.1, 0.3])).toBe(0.2);
  expect(exactSum([1.25, 2.5, 100])).toBe(103.75);
  expect(exactSum([0.07, 0.01, 0.02])).toBe(0.1);
});

/** Amounts as feeds write them: whole, one or two decimals, a few with many, some negative. */
const amount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((tenths) => tenths / 10),
  fc.integer({ min: -100_000, max: 1_000_000 }).map((hundredths) => hundredths / 100),
  fc.integer({ min: 0, max: 5_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);

test('running year-to-date totals: each is the exact sum of the months up to it (the CSV’s ytd column)', () => {
  expect(exactRunningSums([100.9, 74.3, 116.8])).toEqual([100.9, 175.2, 292]);
  expect(exactRunningSums([1, 0.25, 0.1])).toEqual([1, 1.25, 1.35]);
  expect(exactRunningSums([])).toEqual([]);
  fc.assert(
    fc.property(fc.array(amount, { maxLength: 14 }), (values) => {
      expect(exactRunningSums(values)).toEqual(values.map((_, index) => exactSum(values.slice(0, index + 1))));
    }),
  );
});

test('a gap is the exact difference: 15.2 − 16 is −0.8, as exactSum of the two', () => {
  expect(exactDifference(15.2, 16)).toBe(-0.8);
  expect(exactDifference(12.3, 20)).toBe(-7.7);
  expect(exactDifference(1e-11, 5)).toBe(exactSum([1e-11, -5]));
  fc.assert(
    fc.property(amount, amount, (a, b) => {
      expect(exactDifference(a, b)).toBe(exactSum([a, -b]));
    }),
  );
});
