import { describe, expect, test } from 'vitest';
import type { Baseline, KpiDefinition, KpiEvent, Target } from './kpi-definitions';
import { baselineFor, eventsBetween, isGrowthTarget, targetForYear, targetLevel, targetsInForce } from './kpi-definitions';
import { findObservation, latestObservation, observationsUpTo, periodSpan } from './series';
import type { Observation } from './observation';

const source = { title: { 'zh-CN': '测试', en: 'Test' }, url: null, quote: null };
const target = (year: number, setIn: number, kind: Target['kind'], value: number): Target => ({ year, setIn, kind, value, source, isDerived: false });
const baseline = (year: number, value: number): Baseline => ({ year, value, source });
const event = (period: string, en: string): KpiEvent => ({ period, label: { 'zh-CN': en, en }, source });

function kpi(partial: Partial<KpiDefinition>): KpiDefinition {
  return {
    id: 'ip-pledge-financing',
    unit: 'cny-100m',
    measure: 'monthly-flow',
    direction: 'higher-is-better',
    name: { 'zh-CN': '知识产权质押融资', en: 'IP pledge financing' },
    definition: { 'zh-CN': '测试', en: 'Test' },
    targets: [],
    baselines: [],
    events: [],
    ...partial,
  };
}

// The 2020 plan's +20% growth, the 2023 guideline's +10%, and the ≥ 3200 亿元 by 2025 commonly
// cited from the 14th Five-Year Plan (set in 2021), listed out of order on purpose.
const LEVEL_2025 = target(2025, 2021, 'at-least', 3200);
const GROWTH_2020 = target(2020, 2020, 'growth-at-least', 20);
const GROWTH_2023 = target(2023, 2023, 'growth-at-least', 10);
const pledge = kpi({ targets: [LEVEL_2025, GROWTH_2023, GROWTH_2020] });

describe('which target a year is judged against', () => {
  test('a target is in force from the year it was set through its deadline year', () => {
    expect(targetsInForce(pledge, 2019)).toEqual([]);
    expect(targetsInForce(pledge, 2020)).toEqual([GROWTH_2020]);
    expect(targetsInForce(pledge, 2021)).toEqual([LEVEL_2025]);
    expect(targetsInForce(pledge, 2025)).toEqual([LEVEL_2025]);
    expect(targetsInForce(pledge, 2026)).toEqual([]);
  });

  test('several targets in force are listed nearest deadline first', () => {
    expect(targetsInForce(pledge, 2023)).toEqual([GROWTH_2023, LEVEL_2025]);
  });

  test('a year with its own target is judged on it, not on a multi-year level', () => {
    expect(targetForYear(pledge, 2023)).toBe(GROWTH_2023);
    // Listed the other way round, the year's own target still wins.
    expect(targetForYear(kpi({ targets: [GROWTH_2023, LEVEL_2025] }), 2023)).toBe(GROWTH_2023);
  });

  test('a year without its own target is judged on the one in force with the nearest deadline', () => {
    const laterLevel = target(2030, 2021, 'at-least', 9000);
    expect(targetForYear(kpi({ targets: [laterLevel, LEVEL_2025] }), 2022)).toBe(LEVEL_2025);
    expect(targetForYear(pledge, 2019)).toBeNull();
  });

  test('the chart draws a growth target on the % axis and a level on the KPI’s own', () => {
    expect(isGrowthTarget(GROWTH_2020)).toBe(true);
    expect(isGrowthTarget(LEVEL_2025)).toBe(false);
    expect(isGrowthTarget(target(2020, 2020, 'at-most', 16))).toBe(false);
    expect(targetLevel(pledge, 2020)).toBe(20);
    expect(targetLevel(pledge, 2024)).toBe(3200);
    expect(targetLevel(pledge, 2026)).toBeNull();
  });
});

describe('baselines and events', () => {
  const cycle = kpi({
    baselines: [baseline(2019, 17.3), baseline(2017, 22), baseline(2020, 14)],
    events: [event('2020-01', 'COVID-19'), event('2020-06', 'H1 briefing'), event('2021-08', 'Aug 2021 report')],
  });

  test('a plan is measured from the latest baseline before its year', () => {
    expect(baselineFor(cycle, 2020)?.value).toBe(17.3);
    expect(baselineFor(cycle, 2021)?.value).toBe(14);
    expect(baselineFor(cycle, 2018)?.value).toBe(22);
    expect(baselineFor(cycle, 2017)).toBeNull();
  });

  test('the events of a range include those in its first and last months', () => {
    expect(eventsBetween(cycle, '2020-01', '2020-06').map((e) => e.label.en)).toEqual(['COVID-19', 'H1 briefing']);
    expect(eventsBetween(cycle, '2020-02', '2021-07').map((e) => e.label.en)).toEqual(['H1 briefing']);
    expect(eventsBetween(cycle, '2021-09', '2022-12')).toEqual([]);
  });
});

const at = (period: string, value: number): Observation => ({ period, value, isProvisional: false });

describe('reading a series', () => {
  // The high-value review cycle: 2019's 17.3, 2020 H1's 15.2 and 2020's 14.0 months.
  const highValue = [at('2019-12', 17.3), at('2020-06', 15.2), at('2020-12', 14)];

  test('as of a month, only what was reported by its end is seen, the month itself included', () => {
    expect(observationsUpTo(highValue, '2020-06').map((o) => o.value)).toEqual([17.3, 15.2]);
    expect(observationsUpTo(highValue, '2020-05').map((o) => o.value)).toEqual([17.3]);
    expect(latestObservation(observationsUpTo(highValue, '2020-11'))?.value).toBe(15.2);
    expect(latestObservation([])).toBeNull();
  });

  test('a month’s figure is found by its period, and a month without one has none', () => {
    expect(findObservation(highValue, '2020-06')?.value).toBe(15.2);
    expect(findObservation(highValue, '2020-07')).toBeNull();
  });

  test('the months spanned by several series run from the earliest first to the latest last report', () => {
    const pledgeMonths = [at('2020-01', 120), at('2020-11', 236)];
    expect(periodSpan([pledgeMonths, highValue, []])).toEqual({ first: '2019-12', last: '2020-12' });
    expect(periodSpan([[at('2020-03', 337)], [at('2020-01', 120), at('2020-02', 80)]])).toEqual({ first: '2020-01', last: '2020-03' });
    expect(periodSpan([[], []])).toEqual({ first: null, last: null });
    // A KPI whose reports start later (2020 H1) does not move the start of the span back from 2019’s 1515.
    expect(periodSpan([[at('2019-12', 1515), at('2020-06', 853)], [at('2020-06', 15.2)]])).toEqual({ first: '2019-12', last: '2020-06' });
  });
});
