import { expect, test } from 'vitest';
import { builtInDefinition } from '../../tests/built-in-definitions';
import { kpi, target } from '../../tests/kpi-builders';
import { bulletScale } from './bullet';
import { evaluateKpi } from './evaluate-kpi';
import type { KpiDefinition } from './kpi-definitions';
import type { Observation } from './observation';

const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });

test('a review cycle’s bar: the 2020 result of 14.0 months against ≤ 16, with 16–16.8 at risk and good below', () => {
  const evaluation = evaluateKpi(builtInDefinition('high-value-patent-review-cycle'), [at('2019-12', 17.3), at('2020-06', 15.2), at('2020-12', 14.0)], '2020-12');

  const scale = bulletScale(evaluation);

  expect(scale).toMatchObject({ value: 14.0, target: 16, goodSide: 'below', measures: 'level', projection: null });
  expect(scale?.riskBand[0]).toBe(16);
  expect(scale?.riskBand[1]).toBeCloseTo(16.8, 12);
  // The scale reaches 15% past the furthest mark (the end of the at-risk band).
  expect(scale?.max).toBeCloseTo(16.8 * 1.15, 12);
});

test('mid-year the bar also carries the projection the status is judged on', () => {
  const evaluation = evaluateKpi(builtInDefinition('high-value-patent-review-cycle'), [at('2019-12', 17.3), at('2020-06', 15.2)], '2020-06');

  const scale = bulletScale(evaluation);

  expect(evaluation.basis).toBe('projection');
  expect(scale?.value).toBe(15.2);
  expect(scale?.projection).not.toBeNull();
});

// Pledge financing as the published dataset carries it: year-to-date checkpoints with the publisher's growth.
const source = { title: { 'zh-CN': '测', en: 'T' }, url: null, quote: null };
const cumulativePledge: KpiDefinition = {
  ...builtInDefinition('ip-pledge-financing'),
  measure: 'ytd-cumulative',
  targets: [{ year: 2020, setIn: 2020, kind: 'growth-at-least', value: 20, source, isDerived: false }],
};

test('pledge financing’s bar is its year-to-date growth against the 20% target: +43.9% in 2020, good above, 14–20% at risk (the status judges the total: 1.2 × 0.95)', () => {
  const evaluation = evaluateKpi(cumulativePledge, [at('2019-12', 1515, 23.8), at('2020-06', 853, 45), at('2020-12', 2180, 43.9)], '2020-12');

  const scale = bulletScale(evaluation);

  expect(scale).toMatchObject({ value: 43.9, target: 20, goodSide: 'above', measures: 'growth' });
  expect(scale?.riskBand[0]).toBeCloseTo(14, 12);
  expect(scale?.riskBand[1]).toBe(20);
  expect(scale?.max).toBeCloseTo(43.9 * 1.15, 12);
});

test('no target or no figure, no bar', () => {
  const invention = evaluateKpi(builtInDefinition('invention-patent-review-cycle'), [at('2020-12', 20.0)], '2020-12');
  const empty = evaluateKpi(builtInDefinition('high-value-patent-review-cycle'), [], '2020-12');

  expect(bulletScale(invention)).toBeNull();
  expect(bulletScale(empty)).toBeNull();
});

test('the bar’s at-risk band is where the status says at risk: +15% growth mid-year is at risk and inside the band, +13% is off track and outside it', () => {
  const previous = [at('2019-06', 100, 10), at('2019-12', 1000, 10)];
  const atRisk = evaluateKpi(cumulativePledge, [...previous, at('2020-06', 115, 15)], '2020-06');
  const offTrack = evaluateKpi(cumulativePledge, [...previous, at('2020-06', 113, 13)], '2020-06');

  const band = bulletScale(atRisk)?.riskBand ?? [Number.NaN, Number.NaN];

  expect(atRisk.status).toBe('at-risk');
  expect(offTrack.status).toBe('off-track');
  expect(15).toBeGreaterThanOrEqual(band[0]);
  expect(15).toBeLessThan(band[1]);
  expect(13).toBeLessThan(band[0]);
});

test('before a multi-year target’s deadline the bar marks no projection: the status follows the path to the target, not the target itself', () => {
  // A cycle of at most 13 months by 2022, set in 2021: the path runs from 2020’s 14.0 to 13 in 2022, so 13.5 at the end of 2021.
  const definition: KpiDefinition = { ...builtInDefinition('high-value-patent-review-cycle'), targets: [target(2022, 'at-most', 13, 2021)] };
  const evaluation = evaluateKpi(definition, [at('2020-12', 14.0), at('2021-06', 13.4)], '2021-06');

  const scale = bulletScale(evaluation);

  expect(evaluation).toMatchObject({ status: 'on-track', basis: 'path' });
  expect(scale).toMatchObject({ value: 13.4, projection: null, target: 13, goodSide: 'below' });
  // The furthest mark is the end of the at-risk band, 13 × 1.05.
  expect(scale?.max).toBeCloseTo(13.65 * 1.15, 12);
});

test('a trademark cycle rising from 4.4 to 4.5 months mid-2020 projects to 5.1 by December: the bar reaches past the projection', () => {
  // Two reports a month apart: +0.1 a month, seven months from May to December.
  const evaluation = evaluateKpi(builtInDefinition('trademark-registration-review-cycle'), [at('2020-05', 4.4), at('2020-06', 4.5)], '2020-06');

  const scale = bulletScale(evaluation);

  expect(evaluation.status).toBe('off-track');
  expect(scale?.value).toBe(4.5);
  expect(scale?.projection).toBeCloseTo(5.1, 9);
  expect(scale?.max).toBeCloseTo(5.1 * 1.15, 9);
});

test('mid-2020 the pledge bar carries the projected full-year growth: H1 853 亿元 at +45% projects 2019’s 1515 × 1.45, i.e. +45% for the year', () => {
  const evaluation = evaluateKpi(cumulativePledge, [at('2019-12', 1515, 23.8), at('2020-06', 853, 45)], '2020-06');

  const scale = bulletScale(evaluation);

  expect(evaluation).toMatchObject({ status: 'on-track', basis: 'projection' });
  expect(scale?.value).toBe(45);
  expect(scale?.projection).toBeCloseTo(45, 9);
  expect(scale?.measures).toBe('growth');
});

// Pledge financing against an amount (≥ 3200 亿元, the commonly cited 2025 goal), not a growth.
const pledgeAgainst = (goal: ReturnType<typeof target>): KpiDefinition => ({ ...cumulativePledge, targets: [goal] });

test('an amount target’s bar places the year-to-date total and its projection: H1 2021 1074 亿元 (+25.9%) projects 2180 × 1.259 ≈ 2744.6, short of 3200', () => {
  const evaluation = evaluateKpi(pledgeAgainst(target(2021, 'at-least', 3200)), [at('2020-12', 2180, 43.9), at('2021-06', 1074, 25.9)], '2021-06');

  const scale = bulletScale(evaluation);

  // 2744.6 is below 95% of 3200 (3040).
  expect(evaluation).toMatchObject({ status: 'off-track', basis: 'projection' });
  expect(scale).toMatchObject({ value: 1074, target: 3200, goodSide: 'above', measures: 'level' });
  expect(scale?.projection).toBeCloseTo(2180 * 1.259, 9);
  expect(scale?.riskBand[0]).toBeCloseTo(3040, 9);
  expect(scale?.max).toBeCloseTo(3200 * 1.15, 9);
});

test('an amount already past its 2025 goal (7922.3 亿元 by September 2024) is met early: the bar shows the total and no projection', () => {
  const evaluation = evaluateKpi(pledgeAgainst(target(2025, 'at-least', 3200, 2021)), [at('2023-12', 8539.9, 75.4), at('2024-09', 7922.3, 60)], '2024-09');

  const scale = bulletScale(evaluation);

  expect(evaluation.status).toBe('met-early');
  expect(scale).toMatchObject({ value: 7922.3, projection: null });
  expect(scale?.max).toBeCloseTo(7922.3 * 1.15, 9);
});

test('an amount with nothing reported yet this year has no bar, rather than a bar at zero', () => {
  const evaluation = evaluateKpi(pledgeAgainst(target(2021, 'at-least', 3200)), [at('2020-12', 2180, 43.9)], '2021-03');

  expect(evaluation.status).toBe('no-data');
  expect(bulletScale(evaluation)).toBeNull();
});

test('a level judged on its growth (December over December) has no bar: its level is not a percentage to set against the target', () => {
  const levelWithGrowthTarget = kpi({ measure: 'ytd-average', targets: [target(2020, 'growth-at-least', 20)] });
  const evaluation = evaluateKpi(levelWithGrowthTarget, [at('2019-12', 1515), at('2020-06', 853), at('2020-12', 2180)], '2020-12');

  expect(evaluation.status).toBe('met');
  expect(bulletScale(evaluation)).toBeNull();
});
