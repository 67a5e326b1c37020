import { expect, test } from 'vitest';
import { builtInDefinition } from './built-in-catalogue';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { parseObservationsResponse } from './observations-schema';

// Each fetch of a feed's catalogue yields new definition objects, and the parser builds (and
// caches) its schema per definition. So each test here reads its answer with a definition of its
// own, as a freshly fetched catalogue would give: the rules must hold for the schema it builds,
// not only for one built earlier by another test.
const freshPledge = (): KpiDefinition => ({ ...builtInDefinition('ip-pledge-financing') });
const freshCycle = (): KpiDefinition => ({ ...builtInDefinition('high-value-patent-review-cycle') });

/** The problem and field the card names for the first entry of `observations`, or `undefined` when accepted. */
function refusalOf(definition: KpiDefinition, observations: unknown[]): unknown {
  try {
    parseObservationsResponse(definition, { kpiId: definition.id, unit: definition.unit, observations });
  } catch (error) {
    return error;
  }
  return undefined;
}

test('a month without a period, or with one that is not a month, is refused as such', () => {
  expect(refusalOf(freshPledge(), [{ value: 337 }])).toMatchObject({ code: 'invalid-entry', details: { entry: 1, problem: 'period-missing', field: 'period' } });
  expect(refusalOf(freshPledge(), [{ period: 202003, value: 337 }])).toMatchObject({ details: { entry: 1, problem: 'period-invalid', received: '202003' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-13', value: 337 }])).toMatchObject({ details: { entry: 1, problem: 'period-invalid', received: '"2020-13"' } });
});

test('an amount that is missing, not a number, negative or implausible is refused with its own problem', () => {
  expect(refusalOf(freshPledge(), [{ period: '2020-03' }])).toMatchObject({ details: { problem: 'value-missing', field: 'value', period: '2020-03' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-03', value: '337' }])).toMatchObject({ details: { problem: 'value-not-a-number', received: '"337"' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-03', value: -337 }])).toMatchObject({ details: { problem: 'value-negative', received: '-337' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-03', value: 10_000_001 }])).toMatchObject({ details: { problem: 'value-implausible', received: '10000001' } });
});

test('a review cycle of zero months is refused as not positive', () => {
  expect(refusalOf(freshCycle(), [{ period: '2020-06', value: 0 }])).toMatchObject({ details: { problem: 'value-not-positive', period: '2020-06' } });
});

test('a provisional flag that is not a boolean, and a growth that is not a number above −100%, are refused', () => {
  expect(refusalOf(freshPledge(), [{ period: '2020-06', value: 853, provisional: 'yes' }])).toMatchObject({ details: { problem: 'provisional-not-boolean', field: 'provisional' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-06', value: 853, growthPct: '45%' }])).toMatchObject({ details: { problem: 'growth-invalid', field: 'growthPct' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-06', value: 853, growthPct: -100 }])).toMatchObject({ details: { problem: 'growth-invalid', received: '-100' } });
  expect(refusalOf(freshPledge(), [{ period: '2020-06', value: 853, growthPct: 100_001 }])).toMatchObject({ details: { problem: 'growth-invalid', received: '100001' } });
});

test('an entry that is not an object is refused as such', () => {
  expect(refusalOf(freshPledge(), ['2020-06: 853'])).toMatchObject({ details: { entry: 1, problem: 'not-an-object', field: '(entry)', received: '"2020-06: 853"' } });
});
