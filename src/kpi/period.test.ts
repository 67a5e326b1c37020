import { expect, test } from 'vitest';
import { isPeriod, makePeriod, monthsBetween, periodRange, shiftPeriod } from './period';

test('only real months are periods', () => {
  expect(isPeriod('2020-06')).toBe(true);
  for (const bad of ['2020-13', '2020-00', '2020-6', '20-06', '2020/06', ' 2020-06', 202006, null]) expect(isPeriod(bad)).toBe(false);
});

test('month arithmetic crosses year boundaries', () => {
  expect(shiftPeriod('2020-11', 3)).toBe('2021-02');
  expect(shiftPeriod('2020-01', -1)).toBe('2019-12');
  expect(makePeriod(2020, 13)).toBe('2021-01');
  expect(makePeriod(2020, 0)).toBe('2019-12');
  expect(monthsBetween('2019-12', '2020-06')).toBe(6);
});

test('a range lists every month once, in order, both ends included', () => {
  expect(periodRange('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  expect(periodRange('2020-02', '2020-01')).toEqual([]);
  const long = periodRange('0001-01', '8334-04');
  expect(long).toHaveLength(100_000);
  expect(long[99_999]).toBe('8334-04');
  expect(new Set(long).size).toBe(100_000);
});
