import { describe, expect, test } from 'vitest';
import { evaluateKpi } from './evaluate-kpi';
import type { KpiDefinition, Target } from './kpi-definitions';
import { targetForYear } from './kpi-definitions';
import type { Observation } from './observation';
import { defaultAsOf } from './resolve-as-of';
import { cumulativeYearToDate, GROWTH_DISAGREEMENT_POINTS } from './year-to-date';

const source = { title: { 'zh-CN': '测试', en: 'Test' }, url: null, quote: null };

function target(partial: Partial<Target> & Pick<Target, 'year' | 'kind' | 'value'>): Target {
  return { setIn: partial.year, source, isDerived: false, ...partial };
}

function kpi(partial: Partial<KpiDefinition>): KpiDefinition {
  return {
    id: 'test-kpi',
    unit: 'cny-100m',
    measure: 'ytd-cumulative',
    direction: 'higher-is-better',
    name: { 'zh-CN': '测试', en: 'Test' },
    definition: { 'zh-CN': '测试', en: 'Test' },
    targets: [],
    baselines: [],
    events: [],
    ...partial,
  };
}

const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });

// Pledge financing's published year totals and checkpoints (亿元).
const PLEDGE: Observation[] = [at('2020-12', 2180, 43.9), at('2021-06', 1074, 25.9), at('2021-12', 3098), at('2022-06', 1626.5, 51.5), at('2022-12', 4868.8, 57.1)];
const LEVEL_2025 = target({ year: 2025, setIn: 2021, kind: 'at-least', value: 3200 });

describe('a level target set years ahead (≥ 3200 亿元 by 2025, set in 2021)', () => {
  const definition = kpi({ targets: [LEVEL_2025] });

  test('is in force from the year it was set until its deadline, and not before or after', () => {
    expect(targetForYear(definition, 2020)).toBeNull();
    expect(targetForYear(definition, 2021)).toBe(LEVEL_2025);
    expect(targetForYear(definition, 2025)).toBe(LEVEL_2025);
    expect(targetForYear(definition, 2026)).toBeNull();
  });

  test('reached in 2022 (4868.8) reads met-early', () => {
    const result = evaluateKpi(definition, PLEDGE, '2022-12');
    expect(result.status).toBe('met-early');
    expect(result.basis).toBe('early');
    expect(result.gap?.absolute).toBeCloseTo(1668.8, 9);
  });

  test('exactly at the level counts as reached; a hair below does not', () => {
    expect(evaluateKpi(definition, [at('2020-12', 2180), at('2022-12', 3200)], '2022-12').status).toBe('met-early');
    expect(evaluateKpi(definition, [at('2020-12', 2180), at('2022-12', 3199.9)], '2022-12').status).not.toBe('met-early');
  });

  test('before it is reached, a year is judged on the straight path from 2020 (2180) to 3200 in 2025', () => {
    // 2021's point on the path: 2180 + (3200 − 2180) / 5 = 2384. The year's 3098 is past it.
    const result = evaluateKpi(definition, PLEDGE, '2021-12');
    expect(result.path).toEqual({ startYear: 2020, startValue: 2180, required: 2384 });
    expect(result.status).toBe('on-track');
    expect(result.basis).toBe('path');
    // A year below 95% of its point on the path is off track.
    expect(evaluateKpi(definition, [at('2020-12', 2180), at('2021-12', 2200)], '2021-12').status).toBe('off-track');
  });

  test('without a full-year figure from before it was set, progress cannot be judged and says so', () => {
    const result = evaluateKpi(definition, [at('2021-12', 3098)], '2021-12');
    expect(result).toMatchObject({ status: 'no-data', basis: 'no-path' });
  });

  test('in its deadline year it is met or missed on December', () => {
    expect(evaluateKpi(definition, [at('2025-12', 3300)], '2025-12').status).toBe('met');
    expect(evaluateKpi(definition, [at('2025-12', 3100)], '2025-12').status).toBe('missed');
  });

  test('a year’s own target takes precedence over a multi-year one in force', () => {
    const growth = target({ year: 2023, kind: 'growth-at-least', value: 10 });
    expect(targetForYear(kpi({ targets: [LEVEL_2025, growth] }), 2023)).toBe(growth);
  });
});

describe('an at-most level set ahead on a review cycle', () => {
  const cycle = kpi({ unit: 'months', measure: 'ytd-average', direction: 'lower-is-better', targets: [target({ year: 2023, setIn: 2019, kind: 'at-most', value: 13.5 })] });

  test('a mid-year report already at the level reads met-early (13.3 months reported in 2021)', () => {
    expect(evaluateKpi(cycle, [at('2018-12', 22), at('2021-06', 13.3)], '2021-06').status).toBe('met-early');
  });

  test('above the level, the year is judged on its path from 2018', () => {
    const result = evaluateKpi(cycle, [at('2018-12', 22), at('2021-06', 17)], '2021-06');
    // 22 − (22 − 13.5) × 3 / 5 = 16.9; 17 (flat projection) is within 5% over: at risk.
    expect(result.path?.required).toBeCloseTo(16.9, 9);
    expect(result.status).toBe('at-risk');
  });
});

describe('a cumulative series’ growth: published, computed, or both', () => {
  test('the publisher’s growth wins; the computed one is kept to show that they differ', () => {
    const ytd = cumulativeYearToDate([at('2019-06', 600), at('2020-06', 853, 45)], '2020-06');
    expect(ytd.growthPercent).toBe(45);
    expect(ytd.growthSource).toBe('published');
    expect(ytd.computedGrowthPercent).toBeCloseTo((853 / 600 - 1) * 100, 9);
    expect(Math.abs(45 - (ytd.computedGrowthPercent ?? 0))).toBeGreaterThan(GROWTH_DISAGREEMENT_POINTS);
  });

  test('without a published growth, it is computed from last year’s checkpoint for the same month', () => {
    const ytd = cumulativeYearToDate([at('2019-06', 588), at('2020-06', 853)], '2020-06');
    expect(ytd.growthSource).toBe('computed');
    expect(ytd.growthPercent).toBeCloseTo((853 / 588 - 1) * 100, 9);
    expect(ytd.isPreviousDerived).toBe(false);
  });

  test('neither: no growth, and a growth target cannot be judged', () => {
    const definition = kpi({ targets: [target({ year: 2020, kind: 'growth-at-least', value: 20 })] });
    expect(evaluateKpi(definition, [at('2020-06', 853)], '2020-06')).toMatchObject({ status: 'no-data', basis: 'no-comparison' });
  });

  test('with a published growth but no previous year, the year is judged on its growth so far', () => {
    const definition = kpi({ targets: [target({ year: 2020, kind: 'growth-at-least', value: 20 })] });
    expect(evaluateKpi(definition, [at('2020-06', 853, 45)], '2020-06').status).toBe('on-track');
    expect(evaluateKpi(definition, [at('2020-06', 853, 15)], '2020-06').status).toBe('at-risk');
    expect(evaluateKpi(definition, [at('2020-06', 853, 10)], '2020-06').status).toBe('off-track');
    expect(evaluateKpi(definition, [at('2020-12', 2180, 20)], '2020-12').status).toBe('met');
    expect(evaluateKpi(definition, [at('2020-12', 2180, 19.9)], '2020-12').status).toBe('missed');
  });
});

describe('each KPI on its own calendar: the default month', () => {
  const cycle = (id: string, targets: Target[]) => kpi({ id, unit: 'months', measure: 'ytd-average', targets });
  const withTarget = cycle('with-target', [target({ year: 2020, kind: 'at-most', value: 16 })]);
  const pledgeKpi = kpi({ id: 'pledge', measure: 'monthly-flow', targets: [target({ year: 2020, kind: 'growth-at-least', value: 20 })] });
  const context = cycle('context', []);
  const months2020 = ['2020-06', '2020-12'].map((period) => at(period, 15));

  test('a context series with a far-future entry does not move it', () => {
    expect(defaultAsOf([{ definition: withTarget, observations: months2020 }, { definition: context, observations: [at('2020-12', 20), at('2099-12', 20)] }])).toBe('2020-12');
  });

  test('a KPI published ahead (pledge for 2021-01) does not move the others to a month with no verdict', () => {
    const withLater = kpi({ ...withTarget, targets: [...withTarget.targets, target({ year: 2021, kind: 'at-most', value: 14 })] });
    const pledgeLater = kpi({ ...pledgeKpi, targets: [...pledgeKpi.targets, target({ year: 2021, kind: 'growth-at-least', value: 10 })] });
    expect(
      defaultAsOf([
        { definition: withLater, observations: months2020 },
        { definition: pledgeLater, observations: [at('2020-12', 300), at('2021-01', 120)] },
      ]),
    ).toBe('2020-12');
  });

  test('with no month at which a target is judged, it falls back to the latest month with data', () => {
    expect(defaultAsOf([{ definition: context, observations: [at('2019-12', 20), at('2020-06', 19)] }])).toBe('2020-06');
    expect(defaultAsOf([])).toBeNull();
  });
});
