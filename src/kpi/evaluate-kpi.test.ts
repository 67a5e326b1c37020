import { describe, expect, test } from 'vitest';
import { evaluateKpi } from './evaluate-kpi';
import type { FlowEvaluation, CycleEvaluation } from './evaluate-kpi';
import { builtInDefinition } from '../../tests/built-in-definitions';
import { AT_RISK_TOLERANCE, judgeAtLeast, judgeAtMost } from './kpi-status';
import type { Observation } from './observation';

// Published figures (shared/reference/published-figures.md), written out here on purpose: the
// tests check the model against the sources, not against the fixture feed.
const HIGH_VALUE: Observation[] = [
  { period: '2019-12', value: 17.3, isProvisional: false },
  { period: '2020-06', value: 15.2, isProvisional: false },
  { period: '2020-12', value: 14.0, isProvisional: false },
];
const TRADEMARK: Observation[] = [
  { period: '2019-12', value: 4.5, isProvisional: false },
  { period: '2020-06', value: 4.5, isProvisional: false },
  { period: '2020-12', value: 4.0, isProvisional: false },
];

function months(year: number, values: readonly number[]): Observation[] {
  return values.map((value, index) => ({
    period: `${year}-${String(index + 1).padStart(2, '0')}`,
    value,
    isProvisional: false,
  }));
}

// Monthly amounts whose cumulative sums are the published (2020) and derived (2019) totals:
// 2019 Q1 292, H1 588, Jan–Oct 1233, year 1515; 2020 Q1 337, H1 853, Jan–Oct 1664, year 2180.
const PLEDGE_2019 = months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]);
const PLEDGE_2020 = months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]);
const PLEDGE = [...PLEDGE_2019, ...PLEDGE_2020];
const sum = (list: readonly Observation[]): number => list.reduce((total, o) => total + o.value, 0);

test('the pledge series used here adds up to the published totals', () => {
  expect(sum(PLEDGE_2019.slice(0, 3))).toBe(292);
  expect(sum(PLEDGE_2019.slice(0, 6))).toBe(588);
  expect(sum(PLEDGE_2019.slice(0, 10))).toBe(1233);
  expect(sum(PLEDGE_2019)).toBe(1515);
  expect(sum(PLEDGE_2020.slice(0, 3))).toBe(337);
  expect(sum(PLEDGE_2020.slice(0, 6))).toBe(853);
  expect(sum(PLEDGE_2020.slice(0, 10))).toBe(1664);
  expect(sum(PLEDGE_2020)).toBe(2180);
});

const evaluateCycle = (id: 'high-value-patent-review-cycle' | 'trademark-registration-review-cycle', list: Observation[], asOf: string) =>
  evaluateKpi(builtInDefinition(id), list, asOf) as CycleEvaluation;
const evaluatePledge = (asOf: string, list: Observation[] = PLEDGE) =>
  evaluateKpi(builtInDefinition('ip-pledge-financing'), list, asOf) as FlowEvaluation;

describe('the three 2020 targets, judged on the published December 2020 figures', () => {
  test('high-value patent review cycle: 14.0 months against at most 16 is met', () => {
    const result = evaluateCycle('high-value-patent-review-cycle', HIGH_VALUE, '2020-12');
    expect(result.status).toBe('met');
    expect(result.basis).toBe('final');
    expect(result.latest?.value).toBe(14);
    expect(result.gap?.absolute).toBeCloseTo(-2, 10);
    expect(result.gap?.relative).toBeCloseTo(-0.125, 10);
    expect(result.monthsLeft).toBe(0);
  });

  test('trademark review cycle: 4.0 months against 4 is met (the boundary counts)', () => {
    const result = evaluateCycle('trademark-registration-review-cycle', TRADEMARK, '2020-12');
    expect(result.status).toBe('met');
    expect(result.gap?.absolute).toBeCloseTo(0, 10);
  });

  test('pledge financing: 2180 against 1515 (+43.9%) beats the 20% growth target', () => {
    const result = evaluatePledge('2020-12');
    expect(result.status).toBe('met');
    expect(result.yearToDate.total).toBe(2180);
    expect(result.previousYearTotal).toBe(1515);
    expect(result.yearToDate.growthPercent).toBeCloseTo(43.894, 2);
    expect(result.gap?.growthPoints).toBeCloseTo(23.894, 2);
    // 1515 × 1.2 = 1818 was needed.
    expect(result.gap?.absolute).toBeCloseTo(2180 - 1818, 9);
  });
});

describe('pledge financing during 2020', () => {
  test('as of 2020-03 (+15.4% year to date) it reads behind its target', () => {
    const result = evaluatePledge('2020-03');
    expect(result.yearToDate.total).toBe(337);
    expect(result.yearToDate.previousTotal).toBe(292);
    expect(result.yearToDate.growthPercent).toBeCloseTo(15.41, 2);
    expect(result.gap?.growthPoints).toBeCloseTo(-4.59, 2);
    expect(result.status).toBe('at-risk');
    expect(result.monthsLeft).toBe(9);
  });

  test('as of 2020-03 the projection follows last year’s seasonal profile, not a run-rate', () => {
    const { projection } = evaluatePledge('2020-03');
    expect(projection?.method).toBe('seasonal-profile');
    // 337 / (292 / 1515): what 2019 had reached by March scaled to its full year.
    expect(projection?.total).toBeCloseTo((337 * 1515) / 292, 9);
    expect(projection?.previousShare).toBeCloseTo(292 / 1515, 12);
    // A run-rate (337 × 4 = 1348) would have read the year as shrinking.
    expect(projection?.total).toBeGreaterThan(1700);
    const remaining = projection?.months ?? [];
    expect(remaining.map((m) => m.period)).toEqual(['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12']);
    expect(337 + remaining.reduce((total, m) => total + m.value, 0)).toBeCloseTo(projection?.total ?? 0, 9);
  });

  test('as of 2020-06 (853 against 588, +45%) it reads on track', () => {
    const result = evaluatePledge('2020-06');
    expect(result.yearToDate.growthPercent).toBeCloseTo(45.07, 2);
    expect(result.status).toBe('on-track');
    expect(result.basis).toBe('projection');
  });

  test('a missing month of the year so far leaves the year unjudged instead of undercounting it', () => {
    const withGap = PLEDGE.filter((o) => o.period !== '2020-02');
    const result = evaluatePledge('2020-06', withGap);
    expect(result.status).toBe('no-data');
    expect(result.basis).toBe('incomplete-year');
    expect(result.yearToDate.missingMonths).toEqual(['2020-02']);
    expect(result.yearToDate.growthPercent).toBeNull();
  });

  test('without the previous year there is nothing to grow from', () => {
    const result = evaluatePledge('2020-06', PLEDGE_2020);
    expect(result.status).toBe('no-data');
    expect(result.basis).toBe('no-comparison');
  });

  test('a year whose December falls short of 20% growth is missed', () => {
    const short = [...PLEDGE_2019, ...months(2020, [100, 100, 100, 100, 100, 100, 150, 150, 150, 200, 200, 200])];
    expect(sum(short.slice(12))).toBe(1650);
    expect(evaluatePledge('2020-12', short).status).toBe('missed');
  });
});

describe('review cycles during 2020', () => {
  test('as of 2020-06 high-value (15.2 months, falling) projects below 16 and reads on track', () => {
    // 2020-03 is a made-up point between the published ones, so the year has a trend to follow.
    const withMarch = [...HIGH_VALUE, { period: '2020-03', value: 16.1, isProvisional: false }].sort((a, b) => (a.period < b.period ? -1 : 1));
    const result = evaluateCycle('high-value-patent-review-cycle', withMarch, '2020-06');
    expect(result.status).toBe('on-track');
    expect(result.gap?.absolute).toBe(-0.8);
    expect(result.monthsLeft).toBe(6);
    // The line through (2020-03, 16.1) and (2020-06, 15.2) falls 0.3 a month: 13.4 by December.
    expect(result.projection?.method).toBe('linear-trend');
    expect(result.projection?.basis).toEqual(['2020-03', '2020-06']);
    expect(result.projection?.value).toBeCloseTo(13.4, 9);
    expect(result.projection?.path[0]).toEqual({ period: '2020-06', value: 15.2 });
    expect(result.projection?.path.at(-1)?.period).toBe('2020-12');
  });

  test('last year’s December does not enter this year’s trend: it averages a different year', () => {
    const result = evaluateCycle('high-value-patent-review-cycle', HIGH_VALUE, '2020-06');
    // Only 2020-06 is of 2020: the projection carries it flat rather than drawing a line from 17.3.
    expect(result.projection?.method).toBe('flat');
    expect(result.projection?.basis).toEqual(['2020-06']);
    expect(result.projection?.value).toBe(15.2);
    expect(result.status).toBe('on-track');
  });

  test('as of 2020-06 trademark (4.5 months, flat) projects above 4 and reads off track', () => {
    const result = evaluateCycle('trademark-registration-review-cycle', TRADEMARK, '2020-06');
    expect(result.projection?.value).toBeCloseTo(4.5, 9);
    // 4.5 is 12.5% over 4, beyond the at-risk tolerance.
    expect(result.status).toBe('off-track');
  });

  test('the figure carried into a later as-of month is flagged as older than that month', () => {
    const result = evaluateCycle('high-value-patent-review-cycle', HIGH_VALUE, '2020-09');
    expect(result.latest?.period).toBe('2020-06');
    expect(result.isLatestBeforeAsOf).toBe(true);
    expect(result.status).toBe('on-track');
  });

  test('a December over the target is missed', () => {
    const result = evaluateCycle('high-value-patent-review-cycle', [{ period: '2020-12', value: 16.4, isProvisional: false }], '2020-12');
    expect(result.status).toBe('missed');
  });

  test('a year without a target reads no-target, and nothing reported reads no-data', () => {
    expect(evaluateCycle('high-value-patent-review-cycle', HIGH_VALUE, '2019-12').status).toBe('no-target');
    expect(evaluateCycle('high-value-patent-review-cycle', [], '2020-06').status).toBe('no-data');
    const invention = evaluateKpi(builtInDefinition('invention-patent-review-cycle'), [{ period: '2020-06', value: 20.3, isProvisional: false }], '2020-06');
    expect(invention.status).toBe('no-target');
    expect(invention.target).toBeNull();
  });

  test('a year with nothing reported yet is not judged on last year’s figures', () => {
    const result = evaluateCycle('high-value-patent-review-cycle', [{ period: '2019-12', value: 17.3, isProvisional: false }], '2020-06');
    expect(result.status).toBe('no-data');
    expect(result.basis).toBe('no-observations-this-year');
    expect(result.latest?.period).toBe('2019-12');
    expect(result.gap).toBeNull();
  });
});

describe('status boundaries (documented in the README)', () => {
  test('an at-most target: on track up to the target, at risk up to 5% over, then off track', () => {
    expect(AT_RISK_TOLERANCE).toBe(0.05);
    expect(judgeAtMost(16, 16)).toBe('on-track');
    expect(judgeAtMost(16.01, 16)).toBe('at-risk');
    expect(judgeAtMost(16.8, 16)).toBe('at-risk');
    expect(judgeAtMost(16.81, 16)).toBe('off-track');
  });

  test('a growth target: on track from the needed total, at risk down to 95% of it, then off track', () => {
    expect(judgeAtLeast(1818, 1818)).toBe('on-track');
    expect(judgeAtLeast(1817.9, 1818)).toBe('at-risk');
    expect(judgeAtLeast(1727.1, 1818)).toBe('at-risk');
    expect(judgeAtLeast(1727, 1818)).toBe('off-track');
  });
});
