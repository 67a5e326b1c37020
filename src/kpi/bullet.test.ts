import { expect, test } from 'vitest';
import { builtInDefinition } from '../../tests/built-in-definitions';
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
