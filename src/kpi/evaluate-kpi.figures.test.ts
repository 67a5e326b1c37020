import { describe, expect, test } from 'vitest';
import { evaluateKpi, shownYearToDate } from './evaluate-kpi';
import type { CycleEvaluation, FlowEvaluation } from './evaluate-kpi';
import { at, kpi, months, PLEDGE, PLEDGE_2019, PLEDGE_2020, target } from '../../tests/kpi-builders';


describe('how old the shown figure is, and how long is left', () => {
  const cycle = kpi({ unit: 'months', measure: 'ytd-average', direction: 'lower-is-better', targets: [target(2020, 'at-most', 16)] });
  // The high-value review cycle: 17.3 months for 2019, 15.2 for 2020 H1.
  const highValue = [at('2019-12', 17.3), at('2020-06', 15.2)];

  test('as of September, June’s report is three months old', () => {
    const result = evaluateKpi(cycle, highValue, '2020-09');
    expect(result).toMatchObject({ isLatestBeforeAsOf: true, latestAgeMonths: 3, monthsLeft: 3, deadline: '2020-12', targetDeadline: '2020-12', year: 2020 });
  });

  test('as of June, June’s report is current', () => {
    expect(evaluateKpi(cycle, highValue, '2020-06')).toMatchObject({ isLatestBeforeAsOf: false, latestAgeMonths: 0, monthsLeft: 6 });
  });

  test('with nothing reported, no figure is old', () => {
    expect(evaluateKpi(cycle, [], '2020-06')).toMatchObject({ latest: null, isLatestBeforeAsOf: false, latestAgeMonths: 0 });
  });

  test('a multi-year target counts the months to its own deadline, not to this December', () => {
    const level = kpi({ measure: 'ytd-cumulative', targets: [target(2025, 'at-least', 3200, 2021)] });
    // From June 2022 to December 2025: 3 years and 6 months.
    const result = evaluateKpi(level, [at('2021-12', 3098), at('2022-06', 1626.5, 51.5)], '2022-06');
    expect(result).toMatchObject({ deadline: '2022-12', targetDeadline: '2025-12', monthsLeft: 42 });
  });
});

describe('a level target on a monthly flow (at least 2000 亿元 in 2020)', () => {
  const pledge = kpi({ targets: [target(2020, 'at-least', 2000)] });

  test('as of June the year’s projection (853 × 1515 / 588 = 2197.7) reads on track; the gap is to the level itself', () => {
    const result = evaluateKpi(pledge, PLEDGE, '2020-06') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'on-track', basis: 'projection' });
    expect(result.gap).toEqual({ growthPoints: null, absolute: -1147, relative: -1147 / 2000 });
  });

  test('December’s 2180 meets it, and 2180 is shown as the year to date', () => {
    const result = evaluateKpi(pledge, PLEDGE, '2020-12') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'met', basis: 'final' });
    expect(result.gap?.absolute).toBe(180);
    expect(shownYearToDate(result)).toBe(2180);
  });

  test('a December total below the level misses it', () => {
    const short = [...PLEDGE_2019, ...months(2020, [100, 100, 100, 100, 100, 100, 150, 150, 150, 200, 200, 200])];
    expect(evaluateKpi(pledge, short, '2020-12')).toMatchObject({ status: 'missed', basis: 'final' });
  });
});

describe('a growth target on a monthly flow', () => {
  const pledge = kpi({ targets: [target(2020, 'growth-at-least', 20)] });

  test('without last year’s months there is no growth and no gap to show', () => {
    const result = evaluateKpi(pledge, PLEDGE_2020, '2020-06') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'no-data', basis: 'no-comparison', gap: null, previousYearTotal: null });
  });

  test('as of March (+15.41%), the gap is in points and in 亿元 to what +20% would need by March', () => {
    const result = evaluateKpi(pledge, PLEDGE, '2020-03') as FlowEvaluation;
    // 292 × 1.2 = 350.4 needed by March; 337 is 13.4 short.
    expect(result.gap?.growthPoints).toBeCloseTo((337 / 292 - 1) * 100 - 20, 9);
    expect(result.gap?.absolute).toBeCloseTo(337 - 350.4, 9);
    expect(result.gap?.relative).toBeCloseTo((337 - 350.4) / 350.4, 9);
  });

  test('a month missing this year shows no year-to-date total rather than an undercount', () => {
    const result = evaluateKpi(pledge, PLEDGE.filter((o) => o.period !== '2020-02'), '2020-06') as FlowEvaluation;
    expect(result.gap).toBeNull();
    expect(shownYearToDate(result)).toBeNull();
  });

  test('a series with nothing reported shows no year to date', () => {
    expect(shownYearToDate(evaluateKpi(pledge, [], '2020-06') as FlowEvaluation)).toBeNull();
  });
});

describe('a cumulative series (published checkpoints) against +20%', () => {
  const pledge = kpi({ measure: 'ytd-cumulative', targets: [target(2020, 'growth-at-least', 20)] });
  const CHECKPOINTS = [at('2019-12', 1515, 23.8), at('2020-03', 337, 15.5), at('2020-06', 853, 45)];

  test('as of June, H1’s published +45% projects 1515 × 1.45 = 2196.75 against the 1818 needed: on track', () => {
    const result = evaluateKpi(pledge, CHECKPOINTS, '2020-06') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'on-track', basis: 'projection', previousYearTotal: 1515 });
    expect(result.projection?.total).toBeCloseTo(1515 * 1.45, 9);
    expect(result.gap?.growthPoints).toBe(25);
    // Last year's H1, derived from the published growth: 853 / 1.45.
    expect(result.gap?.absolute).toBeCloseTo(853 - (853 / 1.45) * 1.2, 9);
    expect(shownYearToDate(result)).toBe(853);
  });

  test('a December checkpoint without a stated growth is judged on last December’s total', () => {
    expect(evaluateKpi(pledge, [...CHECKPOINTS, at('2020-12', 2180)], '2020-12')).toMatchObject({ status: 'met', basis: 'final' });
    expect(evaluateKpi(pledge, [...CHECKPOINTS, at('2020-12', 1800)], '2020-12')).toMatchObject({ status: 'missed', basis: 'final' });
  });

  test('December’s published growth is what the year is judged on, even where the totals say otherwise', () => {
    // 1800 over 1515 computes to +18.8%, but the publisher states +21% on its comparable basis.
    expect(evaluateKpi(pledge, [...CHECKPOINTS, at('2020-12', 1800, 21)], '2020-12')).toMatchObject({ status: 'met', basis: 'final' });
    expect(evaluateKpi(pledge, [...CHECKPOINTS, at('2020-12', 2180, 19)], '2020-12')).toMatchObject({ status: 'missed', basis: 'final' });
  });

  test('before the year’s first checkpoint nothing of the year is shown', () => {
    const result = evaluateKpi(pledge, CHECKPOINTS, '2020-02') as FlowEvaluation;
    expect(result).toMatchObject({ status: 'no-data', basis: 'no-observations-this-year' });
    expect(shownYearToDate(result)).toBeNull();
  });
});

describe('a growth target on a level (December over last December)', () => {
  // A level in 亿元 that must end the year 10% above last December's 100.
  const level = kpi({ measure: 'ytd-average', targets: [target(2020, 'growth-at-least', 10)] });

  test('a December at or above 110 meets it; below, it is missed', () => {
    expect(evaluateKpi(level, [at('2019-12', 100), at('2020-12', 110)], '2020-12')).toMatchObject({ status: 'met', basis: 'final' });
    expect(evaluateKpi(level, [at('2019-12', 100), at('2020-12', 109)], '2020-12')).toMatchObject({ status: 'missed', basis: 'final' });
  });

  test('mid-year, the projected December is judged against 110', () => {
    // One report this year, carried flat: 105 is within 5% of 110 (at risk); 111 is on track; 104 is off.
    expect(evaluateKpi(level, [at('2019-12', 100), at('2020-06', 105)], '2020-06')).toMatchObject({ status: 'at-risk', basis: 'projection' });
    expect(evaluateKpi(level, [at('2019-12', 100), at('2020-06', 111)], '2020-06')).toMatchObject({ status: 'on-track', basis: 'projection' });
    expect(evaluateKpi(level, [at('2019-12', 100), at('2020-06', 104)], '2020-06')).toMatchObject({ status: 'off-track', basis: 'projection' });
  });

  test('without last December there is nothing to grow from; a growth target has no level gap', () => {
    const result = evaluateKpi(level, [at('2020-06', 105)], '2020-06') as CycleEvaluation;
    expect(result).toMatchObject({ status: 'no-data', basis: 'no-comparison', gap: null });
  });
});

describe('a level reached or judged early keeps no projection', () => {
  const cycle = kpi({ unit: 'months', measure: 'ytd-average', direction: 'lower-is-better', targets: [target(2020, 'at-most', 16)] });

  test('a final December has no projection; a mid-year judgement has one', () => {
    expect(evaluateKpi(cycle, [at('2020-06', 15.2), at('2020-12', 14)], '2020-12').projection).toBeNull();
    expect((evaluateKpi(cycle, [at('2020-06', 15.2)], '2020-06') as CycleEvaluation).projection?.value).toBe(15.2);
  });

  test('the gap is measured on this year’s latest report, as a share of the target', () => {
    const result = evaluateKpi(cycle, [at('2020-06', 15.2)], '2020-06') as CycleEvaluation;
    expect(result.gap).toEqual({ absolute: -0.8, relative: -0.05 });
  });
});
