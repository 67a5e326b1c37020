import { expect, test } from 'vitest';
import {
  formatMonthName,
  formatTick,
  formatEstimate,
  formatGrowth,
  formatMonthCount,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodShort,
  formatPoints,
  formatRelative,
  formatSignedValue,
  formatUnit,
  formatValue,
} from './format';

const MINUS = '\u2212';

// Review cycles (months)

test('a review cycle keeps one decimal even when whole: 14 is "14.0"', () => {
  expect(formatValue(14, 'months', 'zh-CN')).toBe('14.0\u00a0个月');
  expect(formatValue(14, 'months', 'en')).toBe('14.0\u00a0months');
});

test('a review cycle keeps a second decimal where the source has one: 7.07', () => {
  expect(formatValue(7.07, 'months', 'zh-CN')).toBe('7.07\u00a0个月');
  expect(formatValue(7.07, 'months', 'en')).toBe('7.07\u00a0months');
});

test('a review cycle is never shown with more than two decimals', () => {
  expect(formatValue(15.2345, 'months', 'en')).toBe('15.23\u00a0months');
});

test('the bare number of a review cycle has no unit', () => {
  expect(formatNumber(17.3, 'months', 'en')).toBe('17.3');
  expect(formatNumber(4, 'months', 'zh-CN')).toBe('4.0');
});

// Amounts (亿元)

test('an amount in Chinese is in 亿元 with thousands separators: 2,180 亿元', () => {
  expect(formatValue(2180, 'cny-100m', 'zh-CN')).toBe('2,180\u00a0亿元');
});

test('an amount in Chinese keeps at most one decimal, as published', () => {
  expect(formatValue(4868.8, 'cny-100m', 'zh-CN')).toBe('4,868.8\u00a0亿元');
  expect(formatValue(853, 'cny-100m', 'zh-CN')).toBe('853\u00a0亿元');
});

test('an amount in English is in CNY billions, 1 亿元 being 0.1 bn: 2180 is CNY 218 bn', () => {
  expect(formatValue(2180, 'cny-100m', 'en')).toBe('CNY\u00a0218\u00a0bn');
});

test('an amount in English keeps the decimal the conversion brings: 853 is CNY 85.3 bn', () => {
  expect(formatValue(853, 'cny-100m', 'en')).toBe('CNY\u00a085.3\u00a0bn');
  expect(formatValue(1664, 'cny-100m', 'en')).toBe('CNY\u00a0166.4\u00a0bn');
  expect(formatValue(4868.8, 'cny-100m', 'en')).toBe('CNY\u00a0486.88\u00a0bn');
});

test('the bare number of an amount is converted like the full value', () => {
  expect(formatNumber(2180, 'cny-100m', 'en')).toBe('218');
  expect(formatNumber(2180, 'cny-100m', 'zh-CN')).toBe('2,180');
});

test('units alone, for axis titles and table headers', () => {
  expect(formatUnit('months', 'zh-CN')).toBe('个月');
  expect(formatUnit('months', 'en')).toBe('months');
  expect(formatUnit('cny-100m', 'zh-CN')).toBe('亿元');
  expect(formatUnit('cny-100m', 'en')).toBe('CNY bn');
});

// Signed figures

test('growth is signed: "+43.9%"', () => {
  expect(formatGrowth(43.9, 'en')).toBe('+43.9%');
  expect(formatGrowth(43.9, 'zh-CN')).toBe('+43.9%');
});

test('negative growth uses a real minus sign, U+2212, not a hyphen', () => {
  expect(formatGrowth(-11, 'en')).toBe(`${MINUS}11.0%`);
  expect(formatGrowth(-11, 'en')).not.toContain('-');
});

test('growth that rounds to zero has no sign', () => {
  expect(formatGrowth(0.04, 'en')).toBe('0.0%');
  expect(formatGrowth(-0.04, 'en')).toBe('0.0%');
});

test('a difference of percentages is in points: "−4.6 pp", "+23.9 个百分点"', () => {
  expect(formatPoints(-4.59, 'en')).toBe(`${MINUS}4.6\u00a0pp`);
  expect(formatPoints(23.9, 'zh-CN')).toBe('+23.9\u00a0个百分点');
  expect(formatPoints(-4.59, 'zh-CN')).toBe(`${MINUS}4.6\u00a0个百分点`);
});

test('a percentage has one decimal', () => {
  expect(formatPercent(5, 'en')).toBe('5.0%');
});

test('a relative difference is a signed percentage of a share', () => {
  expect(formatRelative(-0.125, 'en')).toBe(`${MINUS}12.5%`);
  expect(formatRelative(0.439, 'zh-CN')).toBe('+43.9%');
});

test('a signed difference carries its unit: "+1.3 个月", "−0.8 months"', () => {
  expect(formatSignedValue(1.3, 'months', 'zh-CN')).toBe('+1.3\u00a0个月');
  expect(formatSignedValue(-0.8, 'months', 'en')).toBe(`${MINUS}0.8\u00a0months`);
  expect(formatSignedValue(-2, 'months', 'en')).toBe(`${MINUS}2.0\u00a0months`);
});

test('a signed amount is converted like an unsigned one', () => {
  expect(formatSignedValue(665, 'cny-100m', 'zh-CN')).toBe('+665\u00a0亿元');
  expect(formatSignedValue(-665, 'cny-100m', 'en')).toBe(`${MINUS}CNY\u00a066.5\u00a0bn`);
});

// A review cycle shows two decimals, so a gap of 0.03 months is shown as "0.03": its sign must
// not be dropped, or a shortfall reads like a surplus.
test('a small signed difference that is shown as non-zero keeps its sign', () => {
  expect(formatSignedValue(-0.03, 'months', 'en')).toBe(`${MINUS}0.03\u00a0months`);
  expect(formatSignedValue(0.03, 'months', 'en')).toBe('+0.03\u00a0months');
});

// Periods

test('a month in Chinese: "2020年6月"', () => {
  expect(formatPeriod('2020-06', 'zh-CN')).toBe('2020年6月');
});

test('a month in English: "Jun 2020"', () => {
  expect(formatPeriod('2020-06', 'en')).toBe('Jun 2020');
  expect(formatPeriod('2020-12', 'en')).toBe('Dec 2020');
});

test('a month for a crowded axis is short', () => {
  expect(formatPeriodShort('2020-06', 'en')).toBe('Jun 20');
});

// Counts of months

test('a count of months is singular for one in English', () => {
  expect(formatMonthCount(1, 'en')).toBe('1\u00a0month');
});

test('a count of months is plural otherwise in English, including zero', () => {
  expect(formatMonthCount(6, 'en')).toBe('6\u00a0months');
  expect(formatMonthCount(0, 'en')).toBe('0\u00a0months');
});

test('a count of months in Chinese has no plural', () => {
  expect(formatMonthCount(1, 'zh-CN')).toBe('1\u00a0个月');
  expect(formatMonthCount(6, 'zh-CN')).toBe('6\u00a0个月');
});

test('a month in the first century is not read as the 1900s', () => {
  expect(formatPeriod('0001-01', 'en')).toBe('Jan 0001');
  expect(formatPeriod('0099-12', 'zh-CN')).toBe('0099年12月');
  expect(formatPeriod('0050-03', 'en')).toBe('Mar 0050');
});

// Negative zero: a figure is never shown as "-0"

test('negative zero is shown without a sign in every unit and locale', () => {
  expect(formatValue(-0, 'cny-100m', 'zh-CN')).toBe('0\u00a0亿元');
  expect(formatValue(-0, 'cny-100m', 'en')).toBe('CNY\u00a00\u00a0bn');
  expect(formatValue(-0, 'months', 'zh-CN')).toBe('0.0\u00a0个月');
  expect(formatNumber(-0, 'months', 'en')).toBe('0.0');
  expect(formatPercent(-0, 'zh-CN')).toBe('0.0%');
});

test('a small negative value that rounds to zero at the shown precision reads 0, not -0', () => {
  expect(formatValue(-0.04, 'cny-100m', 'zh-CN')).toBe('0\u00a0亿元');
  expect(formatValue(-0.04, 'cny-100m', 'en')).toBe('CNY\u00a00\u00a0bn');
  expect(formatValue(-0.001, 'months', 'en')).toBe('0.0\u00a0months');
  expect(formatPercent(-0.04, 'en')).toBe('0.0%');
});

test('a negative value that does not round to zero keeps its minus sign', () => {
  expect(formatValue(-5, 'cny-100m', 'zh-CN')).toBe('-5\u00a0亿元');
  expect(formatValue(-0.06, 'cny-100m', 'zh-CN')).toBe('-0.1\u00a0亿元');
  expect(formatPercent(-11, 'en')).toBe('-11.0%');
});

test('an estimate claims no more precision than a projection has', () => {
  // The March 2020 projection of pledge financing: 1515 × 1.155 = 1749.825 亿元.
  expect(formatEstimate(1749.825, 'cny-100m', 'zh-CN')).toBe('1,750\u00a0亿元');
  expect(formatEstimate(1749.825, 'cny-100m', 'en')).toBe('CNY\u00a0175.0\u00a0bn');
  expect(formatEstimate(2197.8, 'cny-100m', 'en')).toBe('CNY\u00a0219.8\u00a0bn');
  expect(formatEstimate(12.96, 'months', 'zh-CN')).toBe('13.0\u00a0个月');
});

test('axis ticks are written at the precision of their round step, in either language', () => {
  expect(formatTick(16, 2, 'months', 'zh-CN')).toBe('16');
  expect(formatTick(4.5, 0.5, 'months', 'en')).toBe('4.5');
  expect(formatTick(2.5, 2.5, 'months', 'en')).toBe('2.5');
  expect(formatTick(0.25, 0.25, 'months', 'en')).toBe('0.25');
  expect(formatTick(25, 25, 'percent', 'zh-CN')).toBe('25%');
  expect(formatTick(-10, 10, 'percent', 'en')).toBe('−10%');
  // 亿元 in Chinese, billions in English: a 100 亿元 step is 10 bn; a 50 亿元 step is 5 bn.
  expect(formatTick(2000, 500, 'cny-100m', 'zh-CN')).toBe('2,000');
  expect(formatTick(300, 100, 'cny-100m', 'en')).toBe('30');
  expect(formatTick(25, 25, 'cny-100m', 'en')).toBe('2.5');
});

test('a month on its own, for a month list: 6月 in Chinese (as dates are written), Jun in English', () => {
  expect(formatMonthName(6, 'zh-CN')).toBe('6月');
  expect(formatMonthName(12, 'zh-CN')).toBe('12月');
  expect(formatMonthName(1, 'en')).toBe('Jan');
});
