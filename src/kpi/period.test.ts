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

test('there is no year 0: "0000-06" is not a period, while the first and last years are', () => {
  expect(isPeriod('0000-06')).toBe(false);
  expect(isPeriod('0001-01')).toBe(true);
  expect(isPeriod('9999-12')).toBe(true);
});

test('early years are not read as 19xx: a century boundary in year 99 is crossed like any other', () => {
  expect(shiftPeriod('0099-12', 1)).toBe('0100-01');
  expect(shiftPeriod('0100-01', -1)).toBe('0099-12');
  expect(makePeriod(5, 3)).toBe('0005-03');
  expect(monthsBetween('0050-01', '0051-01')).toBe(12);
  expect(periodRange('0099-11', '0100-02')).toEqual(['0099-11', '0099-12', '0100-01', '0100-02']);
});

test('months before the start count back, and whole years of months roll over exactly', () => {
  expect(monthsBetween('2020-06', '2019-12')).toBe(-6);
  expect(makePeriod(2020, 1)).toBe('2020-01');
  expect(makePeriod(2020, 12)).toBe('2020-12');
  expect(makePeriod(2020, 25)).toBe('2022-01');
  expect(makePeriod(2020, -12)).toBe('2018-12');
  expect(shiftPeriod('2020-03', 0)).toBe('2020-03');
  expect(shiftPeriod('9999-11', 1)).toBe('9999-12');
  expect(shiftPeriod('2020-12', -24)).toBe('2018-12');
});

test('a one-month range is that month; a year-long range holds twelve months from January to December', () => {
  expect(periodRange('2020-12', '2020-12')).toEqual(['2020-12']);
  const year = periodRange('2020-01', '2020-12');
  expect(year).toHaveLength(12);
  expect(year[0]).toBe('2020-01');
  expect(year[11]).toBe('2020-12');
});
