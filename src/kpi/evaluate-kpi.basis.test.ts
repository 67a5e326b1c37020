import { describe, expect, test } from 'vitest';
import { evaluateKpi, shownYearToDate } from './evaluate-kpi';
import type { CycleEvaluation, FlowEvaluation } from './evaluate-kpi';
import type { Target } from './kpi-definitions';
import { at, kpi, months, PLEDGE, PLEDGE_2019, PLEDGE_2020, target } from '../../tests/kpi-builders';

// Why a status is what it is (the card says it in words): each basis, on the published figures.

const cycle = (targets: Target[]) => kpi({ unit: 'months', measure: 'ytd-average', direction: 'lower-is-better', targets });

describe('a review cycle (a level)', () => {
  test('is evaluated as a level, its year-to-date average', () => {
    expect(evaluateKpi(cycle([target(2020, 'at-most', 16)]), [at('2020-06', 15.2)], '2020-06')).toMatchObject({ kind: 'level', measure: 'ytd-average' });
  });

  test('nothing reported at all, and nothing reported this year, are told apart', () => {
    const definition = cycle([target(2020, 'at-most', 16)]);
    expect(evaluateKpi(definition, [], '2020-06')).toMatchObject({ status: 'no-data', basis: 'no-observations' });
    expect(evaluateKpi(definition, [at('2019-12', 17.3)], '2020-06')).toMatchObject({ status: 'no-data', basis: 'no-observations-this-year' });
  });

  test('a year without a target says so', () => {
    expect(evaluateKpi(cycle([]), [at('2020-06', 20.3)], '2020-06')).toMatchObject({ status: 'no-target', basis: 'no-target' });
  });

  test('a ceiling met last year is not taken as met again before this year reports', () => {
    // At most 13.5 months by 2023 (set in 2019); 13.3 reported for 2020; nothing yet in 2021.
    const definition = cycle([target(2023, 'at-most', 13.5, 2019)]);
    expect(evaluateKpi(definition, [at('2018-12', 22), at('2020-12', 13.3)], '2021-03')).toMatchObject({ status: 'no-data', basis: 'no-observations-this-year' });
  });

  test('a level reached early keeps no projection to December: the verdict is already in', () => {
    const definition = cycle([target(2023, 'at-most', 13.5, 2019)]);
    const result = evaluateKpi(definition, [at('2018-12', 22), at('2021-03', 14), at('2021-06', 13.3)], '2021-06') as CycleEvaluation;
    expect(result).toMatchObject({ status: 'met-early', basis: 'early', projection: null });
  });

  test('judged on its path, it keeps the projection the verdict rests on', () => {
    const definition = cycle([target(2023, 'at-most', 13.5, 2019)]);
    const result = evaluateKpi(definition, [at('2018-12', 22), at('2021-06', 17)], '2021-06') as CycleEvaluation;
    expect(result.basis).toBe('path');
    expect(result.projection?.value).toBe(17);
  });
});

describe('a monthly flow', () => {
  test('is evaluated as a total', () => {
    expect(evaluateKpi(kpi({ targets: [target(2020, 'growth-at-least', 20)] }), PLEDGE, '2020-06')).toMatchObject({ kind: 'total', measure: 'monthly-flow' });
  });

  test('nothing reported at all reads no observations; last year only, an incomplete year', () => {
    const definition = kpi({ targets: [target(2020, 'growth-at-least', 20)] });
    expect(evaluateKpi(definition, [], '2020-06')).toMatchObject({ status: 'no-data', basis: 'no-observations' });
    expect(evaluateKpi(definition, PLEDGE_2019, '2020-06')).toMatchObject({ status: 'no-data', basis: 'incomplete-year' });
  });

  test('a year without a target says so', () => {
    expect(evaluateKpi(kpi({}), PLEDGE, '2020-06')).toMatchObject({ status: 'no-target', basis: 'no-target' });
  });

  test('an as-of month not reported yet leaves the year incomplete', () => {
    const result = evaluateKpi(kpi({ targets: [target(2020, 'growth-at-least', 20)] }), PLEDGE.filter((o) => o.period <= '2020-06'), '2020-07') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'no-data', basis: 'incomplete-year' });
    expect(result.yearToDate.missingMonths).toEqual(['2020-07']);
  });

  test('against a level, a missing month gives no gap and no verdict rather than an undercount', () => {
    const result = evaluateKpi(kpi({ targets: [target(2020, 'at-least', 2000)] }), PLEDGE.filter((o) => o.period !== '2020-02'), '2020-06') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'no-data', basis: 'incomplete-year', gap: null });
  });

  test('a multi-year level before its deadline is judged on the path from the year before it was set', () => {
    // ≥ 3000 亿元 by 2025, set in 2021: from 2020's 2180, the path needs 2180 + 820 × 2 / 5 = 2508 in 2022.
    const definition = kpi({ targets: [target(2025, 'at-least', 3000, 2021)] });
    const year2022 = months(2022, Array.from({ length: 12 }, () => 200));
    const result = evaluateKpi(definition, [...PLEDGE_2020, ...year2022], '2022-12');
    // 2400 is within 5% under 2508: at risk.
    expect(result).toMatchObject({ status: 'at-risk', basis: 'path', path: { startYear: 2020, startValue: 2180, required: 2508 } });
  });
});

describe('a cumulative series (checkpoints)', () => {
  const definition = kpi({ measure: 'ytd-cumulative', targets: [target(2020, 'growth-at-least', 20)] });

  test('is evaluated as a total of published checkpoints', () => {
    expect(evaluateKpi(definition, [at('2020-06', 853, 45)], '2020-06')).toMatchObject({ kind: 'total', measure: 'ytd-cumulative' });
  });

  test('a mid-year checkpoint with the publisher’s growth but no previous year is judged on that growth, as a projection', () => {
    // +45% against +20%: on track, on the growth so far, with no total to project from.
    expect(evaluateKpi(definition, [at('2020-06', 853, 45)], '2020-06')).toMatchObject({ status: 'on-track', basis: 'projection' });
  });

  test('a December checkpoint without a stated growth or last year’s total cannot be compared', () => {
    expect(evaluateKpi(definition, [at('2020-12', 2180)], '2020-12')).toMatchObject({ status: 'no-data', basis: 'no-comparison' });
  });

  test('with last year’s total, a December whose computed growth falls short is missed on the totals', () => {
    // 1800 over 1515 is +18.8%, short of +20% (1818 needed).
    expect(evaluateKpi(definition, [at('2019-12', 1515), at('2020-12', 1800)], '2020-12')).toMatchObject({ status: 'missed', basis: 'final' });
  });

  test('a mid-year checkpoint without its own growth is projected from last year’s same checkpoint', () => {
    // H1 853 over 2019's 588, of 1515: 2197.7 projected against 1818: on track.
    expect(evaluateKpi(definition, [at('2019-06', 588), at('2019-12', 1515), at('2020-06', 853)], '2020-06')).toMatchObject({ status: 'on-track', basis: 'projection' });
  });

  test('the year to date is shown once this year’s first checkpoint is in, and not before', () => {
    const before = evaluateKpi(definition, [at('2019-12', 1515)], '2020-03') as FlowEvaluation;
    expect(shownYearToDate(before)).toBeNull();
    expect(before).toMatchObject({ status: 'no-data', basis: 'no-observations-this-year' });
    expect(shownYearToDate(evaluateKpi(definition, [at('2019-12', 1515), at('2020-03', 337, 15.5)], '2020-03') as FlowEvaluation)).toBe(337);
  });

  test('a monthly flow shows the sum of its months so far as the year to date', () => {
    expect(shownYearToDate(evaluateKpi(kpi({}), PLEDGE, '2020-03') as FlowEvaluation)).toBe(337);
  });
});

describe('growth that cannot be compared', () => {
  const growthTarget = [target(2020, 'growth-at-least', 20)];

  test('a monthly flow with last year’s first half but not its whole year has no verdict, although the half-year growth (+45%) is known', () => {
    // 2019 reported through June only: H1 853 against 588, but no 2019 total to need 20% more of.
    const result = evaluateKpi(kpi({ targets: growthTarget }), [...PLEDGE_2019.slice(0, 6), ...PLEDGE_2020.slice(0, 6)], '2020-06') as FlowEvaluation;
    expect(result.yearToDate.growthPercent).toBeCloseTo((853 / 588 - 1) * 100, 9);
    expect(result).toMatchObject({ status: 'no-data', basis: 'no-comparison' });
  });

  test('a mid-year checkpoint with neither its own growth nor last year’s same checkpoint has no verdict, although last year’s total is known', () => {
    const definition = kpi({ measure: 'ytd-cumulative', targets: growthTarget });
    expect(evaluateKpi(definition, [at('2019-12', 1515), at('2020-06', 853)], '2020-06')).toMatchObject({ status: 'no-data', basis: 'no-comparison' });
  });

  test('growth over months that summed to zero last year is no growth, so there is no gap to the target (no “∞%”)', () => {
    const result = evaluateKpi(kpi({ targets: growthTarget }), [...months(2019, [0, 0, 0]), ...months(2020, [120, 80, 137])], '2020-03') as FlowEvaluation;
    expect(result.yearToDate.previousTotal).toBe(0);
    expect(result.gap).toBeNull();
  });
});
