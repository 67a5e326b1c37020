import fc from 'fast-check';
import { expect, test } from 'vitest';
import { chartDomain, estimateTextWidth, evenTimeTicks, MAX_TICKS, niceScale, tickStep, ticksForHeight } from './chart-domain';

/**
 * Whether `step` is 1, 2, 2.5 or 5 × 10ⁿ, to a millionth: a step read back as the difference of
 * two large ticks (34658.733 − 34658.732) carries the float error of their size.
 */
function isRoundStep(step: number): boolean {
  const power = Math.floor(Math.log10(step));
  return [power - 1, power, power + 1].some((exponent) => [1, 2, 2.5, 5].some((round) => Math.abs(step - round * 10 ** exponent) <= step * 1e-6));
}

test('the trademark cycle’s axis runs on round steps, with the 4.0-month target on a tick', () => {
  // The landed axis read 3.5 / 4.4 / 5.3 / 6.2 / 7.0 for 2019–2020 (4.5 … 6.8 months, target 4).
  const scale = chartDomain([6.8, 6.1, 5.4, 4.9, 4.5, 4.5], [4, 4.5]);

  // 4 … 6.8 padded by 10% of the span is 3.72 … 7.08: steps of 0.5 would need 9 ticks, so 1.
  expect(scale.ticks).toEqual([3, 4, 5, 6, 7, 8]);
  expect(scale.domain).toEqual([3, 8]);
});

test('the pledge amounts start at 0 and step by a round number: 0, 100, 200 … not 0 / 90 / 180 / 270 / 350', () => {
  const scale = chartDomain([337, 190, 326], [0]);

  expect(scale.ticks[0]).toBe(0);
  expect(scale.ticks).toEqual([0, 100, 200, 300, 400]);
});

test('ticks are written without float noise', () => {
  expect(niceScale(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  // Steps of 0.2 would need 7 ticks; 0.25 needs 6.
  expect(niceScale(12.1, 13.2).ticks).toEqual([12, 12.25, 12.5, 12.75, 13, 13.25]);
});

test('for any range, ticks are evenly spaced round steps that cover it, at most six of them', () => {
  fc.assert(
    fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (min, span) => {
      const { ticks, domain } = niceScale(min, min + span);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(MAX_TICKS);
      const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
      // Covered to within a millionth of a step (a bound a hair past a tick does not add one).
      expect(domain[0]).toBeLessThanOrEqual(min + step * 1e-6);
      expect(domain[1]).toBeGreaterThanOrEqual(min + span - step * 1e-6);
      expect(isRoundStep(step)).toBe(true);
      ticks.forEach((tick, index) => expect(tick).toBeCloseTo((ticks[0] ?? 0) + index * step, 6));
    }),
  );
});

test('bounds a float cannot step between still give an axis, and never hang', () => {
  expect(niceScale(1e300, 1e300).ticks).toEqual([1e300, 1e300]);
  // −1e-8 … 40 steps by tens, one power above the rough step of 8; a bound a hair below 0 adds no tick.
  expect(niceScale(-1e-8, 40).ticks).toEqual([0, 10, 20, 30, 40]);
});

const months = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const total = from * 12 + index;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });

test('a two-year month axis steps evenly: every quarter from January when 8 labels fit, every half year when 4 do, January when 2 do', () => {
  const keys = months(2019, 24);
  expect(evenTimeTicks(keys, 24)).toEqual(keys);
  expect(evenTimeTicks(keys, 8)).toEqual(['2019-01', '2019-04', '2019-07', '2019-10', '2020-01', '2020-04', '2020-07', '2020-10']);
  expect(evenTimeTicks(keys, 4)).toEqual(['2019-01', '2019-07', '2020-01', '2020-07']);
  expect(evenTimeTicks(keys, 2)).toEqual(['2019-01', '2020-01']);
});

test('a series starting mid-quarter is not ticked at its first month, only on the calendar step', () => {
  expect(evenTimeTicks(months(2019, 24).slice(1), 8)).toEqual(['2019-04', '2019-07', '2019-10', '2020-01', '2020-04', '2020-07', '2020-10']);
});

test('quarters step by 1, 2 or 4 from Q1, years by 1, 2, 5 or 10', () => {
  const quarters = ['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4', '2020-Q1', '2020-Q2', '2020-Q3', '2020-Q4'];
  expect(evenTimeTicks(quarters, 8)).toEqual(quarters);
  expect(evenTimeTicks(quarters, 4)).toEqual(['2019-Q1', '2019-Q3', '2020-Q1', '2020-Q3']);
  expect(evenTimeTicks(quarters, 2)).toEqual(['2019-Q1', '2020-Q1']);
  const years = Array.from({ length: 12 }, (_, index) => String(2014 + index));
  expect(evenTimeTicks(years, 6)).toEqual(['2014', '2016', '2018', '2020', '2022', '2024']);
  expect(evenTimeTicks(years, 3)).toEqual(['2015', '2020', '2025']);
});

test('a thinned dense series keeps one tick per step: the first drawn key past a dropped one stands in', () => {
  // Every other month drawn, January missing from 2021 on.
  const thinned = months(2020, 48).filter((_, index) => index % 2 === 0 || index < 12).filter((key) => !(key >= '2021' && key.endsWith('-01')));
  const ticks = evenTimeTicks(thinned, 4);
  expect(ticks.map((key) => key.slice(0, 4))).toEqual(['2020', '2021', '2022', '2023']);
  expect(ticks[0]).toBe('2020-01');
});

test('keys that are not periods (or mix kinds) are all ticks', () => {
  expect(evenTimeTicks(['a', 'b', 'c'], 1)).toEqual(['a', 'b', 'c']);
  expect(evenTimeTicks(['2020', '2020-Q1'], 1)).toEqual(['2020', '2020-Q1']);
});

test('tick counts follow the plot height (2 to 6), and CJK labels are measured a full em per character', () => {
  expect(ticksForHeight(60, 28)).toBe(2);
  expect(ticksForHeight(100, 12)).toBe(3);
  expect(ticksForHeight(1000, 12)).toBe(MAX_TICKS);
  expect(estimateTextWidth('19/1', 10)).toBeCloseTo(24, 9);
  expect(estimateTextWidth('2020年', 10)).toBeCloseTo(34, 9);
  expect(tickStep([0, 2.5, 5])).toBe(2.5);
  expect(tickStep([7])).toBe(1);
});
