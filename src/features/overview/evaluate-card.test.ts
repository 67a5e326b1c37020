import { expect, test } from 'vitest';
import { builtInDefinition } from '../../../tests/built-in-definitions';
import { evaluateKpi } from '../../kpi/evaluate-kpi';
import type { Observation } from '../../kpi/observation';
import { evaluateCard } from './kpi-panel';

const trademark = builtInDefinition('trademark-registration-review-cycle');
const series: Observation[] = Array.from({ length: 36 }, (_, index) => ({
  period: `${2018 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
  value: 6 - index / 20,
  isProvisional: false,
}));
const answer = { kind: 'observations', observations: series } as const;

test('a card’s evaluation is made once per series and month: the same inputs give the same object', () => {
  const first = evaluateCard(trademark, answer, '2020-06');
  expect(first).toEqual(evaluateKpi(trademark, series, '2020-06'));
  expect(evaluateCard(trademark, answer, '2020-06')).toBe(first);
  expect(evaluateCard(trademark, answer, '2020-07')).not.toBe(first);
  // Another answer (a refetch) is evaluated afresh, even with equal figures.
  expect(evaluateCard(trademark, { kind: 'observations', observations: [...series] }, '2020-06')).not.toBe(first);
});

test('only the latest 24 months are kept per series: the oldest is evaluated afresh', () => {
  const own: Observation[] = [...series];
  const data = { kind: 'observations', observations: own } as const;
  const months = series.map(({ period }) => period);
  const firstMade = evaluateCard(trademark, data, months[0] ?? '');
  for (const month of months.slice(1, 25)) evaluateCard(trademark, data, month);
  expect(evaluateCard(trademark, data, months[24] ?? '')).toBe(evaluateCard(trademark, data, months[24] ?? ''));
  expect(evaluateCard(trademark, data, months[0] ?? '')).not.toBe(firstMade);
});

test('no answer, or no month, gives no evaluation', () => {
  expect(evaluateCard(trademark, undefined, '2020-06')).toBeNull();
  expect(evaluateCard(trademark, { kind: 'not-provided' }, '2020-06')).toBeNull();
  expect(evaluateCard(trademark, answer, null)).toBeNull();
});
