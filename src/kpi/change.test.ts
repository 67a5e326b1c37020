import { expect, test } from 'vitest';
import { builtInDefinition } from '../../tests/built-in-definitions';
import { kpi } from '../../tests/kpi-builders';
import { changeSinceLastReport } from './change';
import type { KpiDefinition } from './kpi-definitions';
import type { Observation } from './observation';

const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });

// The published checkpoints of the high-value patent review cycle: 17.3 months (2019), 15.2 (H1 2020), 14.0 (2020).
const highValue = [at('2019-12', 17.3), at('2020-06', 15.2), at('2020-12', 14.0)];

test('a review cycle that fell from 15.2 months (H1 2020) to 14.0 (2020) changed by −1.2 months: better, since it is lower-is-better', () => {
  const change = changeSinceLastReport(builtInDefinition('high-value-patent-review-cycle'), highValue, '2020-12');

  expect(change?.previousPeriod).toBe('2020-06');
  expect(change?.delta).toBeCloseTo(-1.2, 9);
  expect(change).toMatchObject({ measures: 'level', direction: 'better' });
});

test('as of an earlier month, the change is between the reports known then (17.3 → 15.2), and a rise is worse', () => {
  expect(changeSinceLastReport(builtInDefinition('high-value-patent-review-cycle'), highValue, '2020-09')?.delta).toBeCloseTo(-2.1, 9);
  const rising = changeSinceLastReport(builtInDefinition('trademark-registration-review-cycle'), [at('2020-05', 4.4), at('2020-06', 4.5)], '2020-06');
  expect(rising?.delta).toBeCloseTo(0.1, 9);
  expect(rising?.direction).toBe('worse');
});

test('an unchanged level is neither better nor worse', () => {
  expect(changeSinceLastReport(builtInDefinition('trademark-registration-review-cycle'), [at('2020-05', 4.5), at('2020-06', 4.5)], '2020-06')?.direction).toBe('unchanged');
});

test('one report, or none, has nothing to compare with', () => {
  expect(changeSinceLastReport(builtInDefinition('high-value-patent-review-cycle'), [at('2020-06', 15.2)], '2020-12')).toBeNull();
  expect(changeSinceLastReport(builtInDefinition('high-value-patent-review-cycle'), highValue, '2019-12')).toBeNull();
});

// Pledge financing as published: year-to-date checkpoints with the publisher's growth.
const cumulativePledge: KpiDefinition = { ...builtInDefinition('ip-pledge-financing'), measure: 'ytd-cumulative' };

test('pledge financing’s growth went from +45% (H1 2020) to +43.9% (2020): −1.1 points, worse, though still far above target', () => {
  const change = changeSinceLastReport(cumulativePledge, [at('2019-12', 1515, 23.8), at('2020-06', 853, 45), at('2020-12', 2180, 43.9)], '2020-12');

  expect(change?.previousPeriod).toBe('2020-06');
  expect(change?.delta).toBeCloseTo(-1.1, 9);
  expect(change).toMatchObject({ measures: 'growth-points', direction: 'worse' });
});

test('across a new year there is no change of year-to-date growth to report (the year to date starts afresh)', () => {
  expect(changeSinceLastReport(cumulativePledge, [at('2019-12', 1515, 23.8), at('2020-03', 300, 10)], '2020-03')).toBeNull();
});

const months = (year: number, values: number[]) => values.map((value, index) => at(`${year}-${String(index + 1).padStart(2, '0')}`, value));

test('monthly amounts: the year-to-date growth through May against through April, from the summed months', () => {
  // 2019: 100 a month. 2020: 110, 110, 110, 110 (+10% through April), then 160 (through May 600/500 = +20%).
  const observations = [...months(2019, [100, 100, 100, 100, 100]), ...months(2020, [110, 110, 110, 110, 160])];

  const change = changeSinceLastReport(builtInDefinition('ip-pledge-financing'), observations, '2020-05');

  expect(change?.previousPeriod).toBe('2020-04');
  expect(change?.delta).toBeCloseTo(10, 9);
  expect(change?.direction).toBe('better');
});

test('without the previous year, there is no growth, so no change of growth', () => {
  expect(changeSinceLastReport(builtInDefinition('ip-pledge-financing'), [at('2020-04', 110), at('2020-05', 160)], '2020-05')).toBeNull();
});

test('a level where higher is better: a rise is better, a fall worse', () => {
  // A made-up level in 亿元 (no built-in level is higher-is-better): e.g. an average amount per pledge.
  const average = kpi({ measure: 'ytd-average', direction: 'higher-is-better' });

  expect(changeSinceLastReport(average, [at('2020-03', 80), at('2020-06', 85)], '2020-06')).toMatchObject({ delta: 5, direction: 'better' });
  expect(changeSinceLastReport(average, [at('2020-03', 85), at('2020-06', 80)], '2020-06')).toMatchObject({ delta: -5, direction: 'worse' });
});

test('checkpoints: without a growth at either of the two reports, no change of growth is told', () => {
  // Q1 2020 published without its growth, H1 with +45% (and the other way round); no 2019 checkpoint to compute one from.
  expect(changeSinceLastReport(cumulativePledge, [at('2020-03', 337), at('2020-06', 853, 45)], '2020-06')).toBeNull();
  expect(changeSinceLastReport(cumulativePledge, [at('2020-03', 337, 15.5), at('2020-06', 853)], '2020-06')).toBeNull();
});
