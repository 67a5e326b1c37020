import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BUILT_IN_CATALOGUE, builtInDefinition } from './built-in-catalogue';
import { FeedError } from './feed-error';
import { parseObservationsResponse, parseObservationsResponseInSlices } from './observations-schema';

// A large answer is validated a slice of entries at a time (`parseObservationsResponseInSlices`),
// with the page given a turn between slices. It must say exactly what the one-pass validation
// says: the same observations, or the same first error with the same entry number.

const PLEDGE = builtInDefinition('ip-pledge-financing');

type Outcome = { observations: unknown } | { error: { code: string; kpiId: string; details: unknown } };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { observations: run() };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return { error: { code: error.code, kpiId: error.kpiId, details: error.details } };
  }
}

async function slicedOutcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { observations: await run() };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return { error: { code: error.code, kpiId: error.kpiId, details: error.details } };
  }
}

/** Entries a feed may send: mostly good, some broken in each way a rule can catch, some repeated. */
const entry = fc.oneof(
  { weight: 6, arbitrary: fc.record({ period: fc.constantFrom('2020-01', '2020-02', '2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08'), value: fc.double({ min: 0.5, max: 900, noNaN: true }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      period: fc.constantFrom('2020-06', '2020-07'),
      value: fc.constantFrom(4.5, 853),
      source: fc.record({ title: fc.constant('国家知识产权局'), publishedOn: fc.constantFrom('2020-07-15', '2020-08-20', '2021-01-10') }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ period: fc.constantFrom('2020-13', 'June', ''), value: fc.constant(10) }) },
  { weight: 1, arbitrary: fc.record({ period: fc.constant('2020-09'), value: fc.constantFrom(-1, 1e12, Number.NaN, '12') }) },
  { weight: 1, arbitrary: fc.record({ period: fc.constant('2020-10'), value: fc.constant(3), provisional: fc.constant('yes') }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 7, 'entry', []) },
);

test('property: validated in slices of any size, a body gives the same observations or the same first error', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...BUILT_IN_CATALOGUE),
      fc.array(entry, { maxLength: 24 }),
      fc.integer({ min: 1, max: 9 }),
      fc.constantFrom('right', 'wrong-kpi', 'wrong-unit'),
      async (definition, observations, entriesPerSlice, header) => {
        const body = {
          kpiId: header === 'wrong-kpi' ? 'another-kpi' : definition.id,
          unit: header === 'wrong-unit' ? 'percent' : definition.unit,
          observations,
        };
        const whole = outcomeOf(() => parseObservationsResponse(definition, body));
        const sliced = await slicedOutcomeOf(() => parseObservationsResponseInSlices(definition, body, entriesPerSlice));
        expect(sliced).toEqual(whole);
      },
    ),
    { numRuns: 300 },
  );
});

const months = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ period: `${2000 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, value: index + 1 }));

test('a broken entry in a later slice is named by its place in the whole answer', async () => {
  const observations: unknown[] = months(12);
  observations[7] = { period: '2000-08', value: -3 };

  const error = await parseObservationsResponseInSlices(PLEDGE, { kpiId: PLEDGE.id, unit: PLEDGE.unit, observations }, 5).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(FeedError);
  expect((error as FeedError).details).toEqual({ entry: 8, problem: 'value-negative', field: 'value', received: '-3', period: '2000-08' });
});

test('a period repeated across slices is caught, as in one pass', async () => {
  const observations = [...months(6), { period: '2000-02', value: 9 }];

  const error = await parseObservationsResponseInSlices(PLEDGE, { kpiId: PLEDGE.id, unit: PLEDGE.unit, observations }, 3).catch((caught: unknown) => caught);

  expect((error as FeedError).code).toBe('duplicate-period');
  expect((error as FeedError).details).toEqual({ entry: 7, period: '2000-02' });
});

/** How many turns a 0 ms timer chain gets while `work` runs. */
async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work;
  done = true;
  return turns;
}

test('between slices the page gets a turn; an answer of one slice is validated in one go', async () => {
  const body = { kpiId: PLEDGE.id, unit: PLEDGE.unit, observations: months(12) };

  expect(await turnsDuring(parseObservationsResponseInSlices(PLEDGE, body, 12))).toBe(0);
  // Three slices: the page gets a turn before the second and before the third (and one more
  // before the observations are sorted, which the timer chain may or may not catch).
  expect(await turnsDuring(parseObservationsResponseInSlices(PLEDGE, body, 5))).toBeGreaterThanOrEqual(2);
  expect(await parseObservationsResponseInSlices(PLEDGE, body, 5)).toEqual(parseObservationsResponse(PLEDGE, body));
});
