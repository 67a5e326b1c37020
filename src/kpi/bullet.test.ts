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

test('pledge financing’s bar is its year-to-date growth against the 20% target: +43.9% in 2020, good above, 19–20% at risk', () => {
  const evaluation = evaluateKpi(cumulativePledge, [at('2019-12', 1515, 23.8), at('2020-06', 853, 45), at('2020-12', 2180, 43.9)], '2020-12');

  const scale = bulletScale(evaluation);

  expect(scale).toMatchObject({ value: 43.9, target: 20, goodSide: 'above', measures: 'growth' });
  expect(scale?.riskBand[0]).toBeCloseTo(19, 12);
  expect(scale?.riskBand[1]).toBe(20);
  expect(scale?.max).toBeCloseTo(43.9 * 1.15, 12);
});

test('no target or no figure, no bar', () => {
  const invention = evaluateKpi(builtInDefinition('invention-patent-review-cycle'), [at('2020-12', 20.0)], '2020-12');
  const empty = evaluateKpi(builtInDefinition('high-value-patent-review-cycle'), [], '2020-12');

  expect(bulletScale(invention)).toBeNull();
  expect(bulletScale(empty)).toBeNull();
});
