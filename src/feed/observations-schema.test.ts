import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BUILT_IN_CATALOGUE, builtInDefinition } from './built-in-catalogue';

type KpiId = string;
const KPI_IDS = BUILT_IN_CATALOGUE.map((definition) => definition.id);
import { FeedError } from './feed-error';
import { parseObservationsResponse as parseWith } from './observations-schema';

const parseObservationsResponse = (kpiId: KpiId, body: unknown) => parseWith(builtInDefinition(kpiId), body);

const HIGH_VALUE = 'high-value-patent-review-cycle' satisfies KpiId;
const PLEDGE = 'ip-pledge-financing' satisfies KpiId;

/** A response for `kpiId` with the right header, carrying `observations` as given. */
function responseOf(kpiId: KpiId, observations: unknown): Record<string, unknown> {
  return { kpiId, unit: builtInDefinition(kpiId).unit, observations };
}

/** What `parseObservationsResponse` threw, or `undefined` when it accepted the body. */
function rejectionOf(kpiId: KpiId, body: unknown): unknown {
  try {
    parseObservationsResponse(kpiId, body);
  } catch (error) {
    return error;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Accepted bodies

test('a valid body is accepted with its values intact', () => {
  const body = responseOf(HIGH_VALUE, [
    { period: '2019-12', value: 17.3 },
    { period: '2020-06', value: 15.2 },
    { period: '2020-12', value: 14.0 },
  ]);

  expect(parseObservationsResponse(HIGH_VALUE, body)).toEqual([
    { period: '2019-12', value: 17.3, isProvisional: false },
    { period: '2020-06', value: 15.2, isProvisional: false },
    { period: '2020-12', value: 14, isProvisional: false },
  ]);
});

test('observations that arrive out of order are returned sorted by period', () => {
  const body = responseOf(HIGH_VALUE, [
    { period: '2020-12', value: 14.0 },
    { period: '2019-12', value: 17.3 },
    { period: '2020-06', value: 15.2 },
    { period: '2020-01', value: 17.1 },
  ]);

  const periods = parseObservationsResponse(HIGH_VALUE, body).map((observation) => observation.period);

  expect(periods).toEqual(['2019-12', '2020-01', '2020-06', '2020-12']);
});

test('sorting keeps each value with its own period', () => {
  const body = responseOf(PLEDGE, [
    { period: '2020-12', value: 280 },
    { period: '2020-01', value: 120 },
  ]);

  expect(parseObservationsResponse(PLEDGE, body)).toEqual([
    { period: '2020-01', value: 120, isProvisional: false },
    { period: '2020-12', value: 280, isProvisional: false },
  ]);
});

test('provisional is mapped to isProvisional, and a missing flag means not provisional', () => {
  const body = responseOf(HIGH_VALUE, [
    { period: '2020-04', value: 15.6, provisional: false },
    { period: '2020-05', value: 15.4 },
    { period: '2020-06', value: 15.2, provisional: true },
  ]);

  expect(parseObservationsResponse(HIGH_VALUE, body).map((observation) => observation.isProvisional)).toEqual([
    false,
    false,
    true,
  ]);
});

test('unknown extra fields, on the body and on entries, are ignored', () => {
  const body = {
    ...responseOf(HIGH_VALUE, [{ period: '2020-12', value: 14, source: 'CNIPA', revision: 2 }]),
    generatedAt: '2021-01-25T00:00:00Z',
    contractVersion: 1,
  };

  expect(parseObservationsResponse(HIGH_VALUE, body)).toEqual([{ period: '2020-12', value: 14, isProvisional: false }]);
});

test('an empty list of observations is accepted and returns an empty list', () => {
  expect(parseObservationsResponse(HIGH_VALUE, responseOf(HIGH_VALUE, []))).toEqual([]);
});

test('a pledge amount of 0 is allowed: nothing registered in a month is a real figure', () => {
  const body = responseOf(PLEDGE, [{ period: '2020-02', value: 0 }]);

  expect(parseObservationsResponse(PLEDGE, body)).toEqual([{ period: '2020-02', value: 0, isProvisional: false }]);
});

// ---------------------------------------------------------------------------------------------
// The body as a whole

test.each([
  ['a string', '{"kpiId": "high-value-patent-review-cycle"}'],
  ['a number', 42],
  ['null', null],
  ['undefined', undefined],
  ['an array', [{ period: '2020-12', value: 14 }]],
])('a body that is %s is rejected as invalid-body', (_label, body) => {
  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-body', kpiId: HIGH_VALUE, details: { field: '(body)', expected: 'object' } });
});

test('a body for another KPI is rejected as wrong-kpi, quoting what was received', () => {
  const body = { ...responseOf(HIGH_VALUE, []), kpiId: 'trademark-registration-review-cycle' };

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'wrong-kpi',
    details: { expected: HIGH_VALUE, received: '"trademark-registration-review-cycle"' },
  });
});

test('a body without a kpiId is rejected as wrong-kpi', () => {
  const error = rejectionOf(HIGH_VALUE, { unit: 'months', observations: [] });

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'wrong-kpi', details: { expected: HIGH_VALUE, received: 'undefined' } });
});

test('a body in the wrong unit is rejected as wrong-unit', () => {
  const body = { ...responseOf(PLEDGE, []), unit: 'cny-1b' };

  const error = rejectionOf(PLEDGE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'wrong-unit', details: { expected: 'cny-100m', received: '"cny-1b"' } });
});

test('a review cycle reported in another KPI unit is rejected as wrong-unit', () => {
  const body = { ...responseOf(HIGH_VALUE, []), unit: 'cny-100m' };

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'wrong-unit', details: { expected: 'months', received: '"cny-100m"' } });
});

test('a body without observations is rejected as invalid-body naming the field', () => {
  const error = rejectionOf(HIGH_VALUE, { kpiId: HIGH_VALUE, unit: 'months' });

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-body',
    details: { field: 'observations', expected: 'array', received: 'undefined' },
  });
});

test('observations that are not an array are rejected as invalid-body', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, { period: '2020-12', value: 14 }));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-body', details: { field: 'observations', expected: 'array', received: '{"period":"2020-12","value":14}' } });
});

// ---------------------------------------------------------------------------------------------
// One entry

test('an entry that is not an object is rejected, naming its 1-based position', () => {
  const body = responseOf(HIGH_VALUE, [{ period: '2020-11', value: 14.1 }, 'Dec 2020: 14.0']);

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 2, problem: 'not-an-object', field: '(entry)', received: '"Dec 2020: 14.0"' },
  });
});

test('an entry that is null is rejected as not-an-object', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [null]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 1, problem: 'not-an-object', received: 'null' } });
});

test('an entry that is an array is rejected as not-an-object', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [['2020-12', 14]]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 1, problem: 'not-an-object' } });
});

test('an entry without a period is rejected as period-missing', () => {
  const body = responseOf(HIGH_VALUE, [{ period: '2020-11', value: 14.1 }, { value: 14 }]);

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 2, problem: 'period-missing', field: 'period' } });
});

test.each(['2020-13', '2020-00', '2020-1', '20-01', '2020-12-01', '2020/12', ' 2020-12'])(
  'the impossible month %j is rejected as period-invalid',
  (period) => {
    const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period, value: 14 }]));

    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({
      code: 'invalid-entry',
      details: { entry: 1, problem: 'period-invalid', field: 'period', received: JSON.stringify(period) },
    });
  },
);

test('a period given as a number is rejected as period-invalid', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: 202012, value: 14 }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 1, problem: 'period-invalid', received: '202012' } });
});

test('an entry without a value is rejected as value-missing, naming its period', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12' }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 1, problem: 'value-missing', field: 'value', period: '2020-12' },
  });
});

test('a value given as a string is rejected as value-not-a-number, even when it looks numeric', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: '14.0' }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 1, problem: 'value-not-a-number', period: '2020-12', received: '"14.0"' },
  });
});

test.each(['NaN', 'Infinity', '-Infinity', 'n/a', ''])('the string %j as a value is rejected as value-not-a-number', (value) => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 1, problem: 'value-not-a-number', period: '2020-12' } });
});

test('NaN and Infinity as numbers are rejected as value-not-a-number', () => {
  for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
    const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value }]));

    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({
      code: 'invalid-entry',
      details: { problem: 'value-not-a-number', received: String(value) },
    });
  }
});

test('a null value is rejected as value-not-a-number, not as missing', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: null }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 1, problem: 'value-not-a-number', period: '2020-12', received: 'null' },
  });
});

test('a review cycle of 0 months is rejected as value-not-positive', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: 0 }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 1, problem: 'value-not-positive', field: 'value', period: '2020-12', received: '0' },
  });
});

test('a negative review cycle is rejected as value-not-positive', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: -14 }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { problem: 'value-not-positive', received: '-14' } });
});

test('a negative pledge amount is rejected as value-negative', () => {
  const body = responseOf(PLEDGE, [
    { period: '2020-01', value: 120 },
    { period: '2020-02', value: -0.1 },
  ]);

  const error = rejectionOf(PLEDGE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 2, problem: 'value-negative', field: 'value', period: '2020-02', received: '-0.1' },
  });
});

test('a provisional flag that is not a boolean is rejected as provisional-not-boolean', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: 14, provisional: 'yes' }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 1, problem: 'provisional-not-boolean', field: 'provisional', period: '2020-12', received: '"yes"' },
  });
});

test('a provisional flag of null is rejected too: only true, false or absent are allowed', () => {
  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: 14, provisional: null }]));

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'invalid-entry', details: { problem: 'provisional-not-boolean' } });
});

test('a period given twice is rejected as duplicate-period, naming the second occurrence', () => {
  const body = responseOf(HIGH_VALUE, [
    { period: '2020-06', value: 15.2 },
    { period: '2020-12', value: 14 },
    { period: '2020-09', value: 14.6 },
    { period: '2020-06', value: 15.2 },
  ]);

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'duplicate-period', kpiId: HIGH_VALUE, details: { entry: 4, period: '2020-06' } });
});

test('when several entries are bad, the first offending entry is named', () => {
  const body = responseOf(HIGH_VALUE, [
    { period: '2020-10', value: 14.4 },
    { period: '2020-11', value: 'n/a' },
    { period: '2020-13', value: 14 },
    null,
  ]);

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 2, problem: 'value-not-a-number', period: '2020-11' },
  });
});

test('a bad entry after a duplicate is not reached: the duplicate comes first', () => {
  const body = responseOf(HIGH_VALUE, [
    { period: '2020-11', value: 14.1 },
    { period: '2020-11', value: 14.1 },
    { period: '2020-12', value: -1 },
  ]);

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'duplicate-period', details: { entry: 2, period: '2020-11' } });
});

test('a long received value is shortened in the details', () => {
  const long = 'x'.repeat(500);

  const error = rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: long }]));

  expect(error).toBeInstanceOf(FeedError);
  const received = error instanceof FeedError ? error.details.received : undefined;
  expect(received).toHaveLength(60);
  expect(received?.endsWith('…')).toBe(true);
});

// ---------------------------------------------------------------------------------------------
// Properties

const validWireObservation = fc.record(
  {
    year: fc.integer({ min: 1990, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    // Up to the largest plausible figure of a review cycle (600 months); beyond it is rejected (tested below).
    value: fc.double({ min: Number.MIN_VALUE, max: 600, noNaN: true }),
    provisional: fc.boolean(),
  },
  { requiredKeys: ['year', 'month', 'value'] },
);

test('property: any list of valid observations round-trips through JSON with values identical, sorted by period', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...KPI_IDS),
      fc.uniqueArray(validWireObservation, { selector: ({ year, month }) => `${year}-${month}`, maxLength: 40 }),
      (kpiId, generated) => {
        const wire = generated.map(({ year, month, value, provisional }) => ({
          period: `${year}-${String(month).padStart(2, '0')}`,
          value,
          ...(provisional === undefined ? {} : { provisional }),
        }));
        // Through JSON, as the feed sends it: doubles survive a JSON round trip exactly.
        const body: unknown = JSON.parse(JSON.stringify(responseOf(kpiId, wire)));

        const parsed = parseObservationsResponse(kpiId, body);

        const expected = wire
          .map(({ period, value, provisional }) => ({ period, value, isProvisional: provisional === true }))
          .sort((a, b) => (a.period < b.period ? -1 : 1));
        expect(parsed).toEqual(expected);
        for (const [index, observation] of parsed.entries()) {
          expect(Object.is(observation.value, expected[index]?.value)).toBe(true);
        }
      },
    ),
  );
});

/** Parses, or throws a FeedError; anything else thrown escapes and fails the property. */
function parsesOrThrowsFeedError(kpiId: KpiId, body: unknown): void {
  try {
    parseObservationsResponse(kpiId, body);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
  }
}

test('property: any JSON value either parses or throws a FeedError', () => {
  fc.assert(
    fc.property(fc.constantFrom(...KPI_IDS), fc.jsonValue(), (kpiId, body) => {
      parsesOrThrowsFeedError(kpiId, body);
    }),
  );
});

test('property: any object either parses or throws a FeedError', () => {
  fc.assert(
    fc.property(fc.constantFrom(...KPI_IDS), fc.object(), (kpiId, body) => {
      parsesOrThrowsFeedError(kpiId, body);
    }),
  );
});

// Arbitrary bodies rarely get past the header, so this one keeps the header right and lets the
// entries be anything, which exercises every entry rule.
test('property: a correct header with arbitrary entries either parses or throws a FeedError', () => {
  const loosePeriod = fc.oneof(fc.constantFrom('2020-01', '2020-06', '2020-12', '2020-13'), fc.anything());
  const looseValue = fc.oneof(fc.double(), fc.integer(), fc.anything());
  const looseEntry = fc.oneof(
    fc.record({ period: loosePeriod, value: looseValue, provisional: fc.anything() }, { requiredKeys: [] }),
    fc.anything(),
  );
  fc.assert(
    fc.property(fc.constantFrom(...KPI_IDS), fc.array(looseEntry, { maxLength: 8 }), (kpiId, entries) => {
      parsesOrThrowsFeedError(kpiId, responseOf(kpiId, entries));
    }),
  );
});

// ---------------------------------------------------------------------------------------------
// Contract v2: the publisher's growth, sources, plausibility

test('v2: an observation keeps the publisher’s growth and its source', () => {
  const body = responseOf(PLEDGE, [
    { period: '2020-03', value: 337, growthPct: 15.5, source: { title: 'CNIPA Q1 2020 briefing' } },
    { period: '2020-06', value: 853, growthPct: 45, source: { title: '人民网', url: 'https://ip.people.com.cn/n1/2020/0709/c136655-31777435.html', publishedOn: '2020-07-09' } },
  ]);

  expect(parseObservationsResponse(PLEDGE, body)).toEqual([
    { period: '2020-03', value: 337, isProvisional: false, growthPct: 15.5, source: { title: 'CNIPA Q1 2020 briefing', url: null, publishedOn: null } },
    {
      period: '2020-06',
      value: 853,
      isProvisional: false,
      growthPct: 45,
      source: { title: '人民网', url: 'https://ip.people.com.cn/n1/2020/0709/c136655-31777435.html', publishedOn: '2020-07-09' },
    },
  ]);
});

test.each([
  ['a day that does not exist', { title: 'x', publishedOn: '2020-02-30' }],
  ['a month without a day', { title: 'x', publishedOn: '2020-07' }],
  ['a javascript: URL', { title: 'x', url: 'javascript:alert(1)' }],
  ['an empty title', { title: '' }],
])('v2: a source with %s is refused, naming the entry', (_case, source) => {
  const error = rejectionOf(PLEDGE, responseOf(PLEDGE, [{ period: '2020-03', value: 337 }, { period: '2020-06', value: 853, source }]));

  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 2, problem: 'source-invalid', period: '2020-06' } });
});

test('v2: a growth of −100% or less, or not a number, is refused', () => {
  for (const growthPct of [-100, -150, '45%', null]) {
    const error = rejectionOf(PLEDGE, responseOf(PLEDGE, [{ period: '2020-06', value: 853, growthPct }]));
    expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 1, problem: 'growth-invalid' } });
  }
});

test('a value beyond any plausible figure is refused with its own message (1e308 亿元 was once read as met)', () => {
  expect(rejectionOf(PLEDGE, responseOf(PLEDGE, [{ period: '2020-12', value: 1e308 }]))).toMatchObject({
    code: 'invalid-entry',
    details: { entry: 1, problem: 'value-implausible', received: '1e+308', period: '2020-12' },
  });
  expect(rejectionOf(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: 601 }]))).toMatchObject({
    details: { problem: 'value-implausible' },
  });
  // The largest plausible figures themselves are accepted.
  expect(parseObservationsResponse(HIGH_VALUE, responseOf(HIGH_VALUE, [{ period: '2020-12', value: 600 }]))).toHaveLength(1);
  expect(parseObservationsResponse(PLEDGE, responseOf(PLEDGE, [{ period: '2020-12', value: 1e7 }]))).toHaveLength(1);
});

test('a 4,000,000-deep nested body is refused at once, its quote cut short', () => {
  let deep: unknown = 1;
  for (let depth = 0; depth < 4_000_000; depth += 1) deep = [deep];
  const body = { ...responseOf(HIGH_VALUE, []), observations: [{ period: '2020-12', value: deep }] };

  const error = rejectionOf(HIGH_VALUE, body);

  expect(error).toMatchObject({ code: 'invalid-entry', details: { problem: 'value-not-a-number' } });
  expect((error as FeedError).details.received?.length).toBeLessThanOrEqual(60);
  expect((error as FeedError).details.received?.startsWith('[[[[')).toBe(true);
});
