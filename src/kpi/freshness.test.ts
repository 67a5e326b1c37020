import { expect, test } from 'vitest';
import { expectedLatestPeriod, isFeedBehind } from './freshness';

test('with a one-month lag, mid-March the feed should hold January', () => {
  expect(expectedLatestPeriod(new Date(2021, 2, 15), 1)).toBe('2021-01');
  expect(isFeedBehind('2021-01', new Date(2021, 2, 15), 1)).toBe(false);
  expect(isFeedBehind('2020-12', new Date(2021, 2, 15), 1)).toBe(true);
});

test('the expectation crosses year boundaries', () => {
  expect(expectedLatestPeriod(new Date(2021, 0, 31), 0)).toBe('2020-12');
  expect(expectedLatestPeriod(new Date(2021, 1, 1), 2)).toBe('2020-11');
});

test('a feed ahead of the expectation is not behind', () => {
  expect(isFeedBehind('2021-03', new Date(2021, 2, 1), 1)).toBe(false);
});
