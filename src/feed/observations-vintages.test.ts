import { expect, test } from 'vitest';
import { builtInDefinition } from './built-in-catalogue';
import { FeedError } from './feed-error';
import { parseObservationsResponse } from './observations-schema';

// Vintages in the feed contract: a period may appear more than once when each entry is dated by
// `source.publishedOn`; the latest is the current figure, and the earlier ones are kept.

const TRADEMARK = builtInDefinition('trademark-registration-review-cycle');
const body = (observations: unknown[]) => ({ kpiId: TRADEMARK.id, unit: 'months', observations });
const dated = (period: string, value: number, publishedOn: string, extra: Record<string, unknown> = {}) => ({
  period,
  value,
  source: { title: `国家知识产权局 ${publishedOn}`, publishedOn },
  ...extra,
});

function rejection(observations: unknown[]): unknown {
  try {
    parseObservationsResponse(TRADEMARK, body(observations));
  } catch (error) {
    return error;
  }
  return undefined;
}

test('a period published twice with different dates is one figure: the later one, with the earlier kept as a revision', () => {
  const parsed = parseObservationsResponse(TRADEMARK, body([
    dated('2020-06', 4.1, '2020-08-14'),
    dated('2020-03', 4.5, '2020-04-20'),
    // Sent after its revision: the order of the feed's entries does not decide which is current.
    dated('2020-06', 4.3, '2020-07-15', { provisional: true }),
  ]));

  expect(parsed.map((observation) => [observation.period, observation.value])).toEqual([
    ['2020-03', 4.5],
    ['2020-06', 4.1],
  ]);
  const june = parsed[1];
  expect(june?.isProvisional).toBe(false);
  expect(june?.source?.publishedOn).toBe('2020-08-14');
  expect(june?.revision).toEqual({
    previous: { value: 4.3, isProvisional: true, source: { title: '国家知识产权局 2020-07-15', url: null, publishedOn: '2020-07-15' } },
    revisedOn: '2020-08-14',
    seenAt: null,
  });
  expect(june?.vintages?.map((vintage) => vintage.value)).toEqual([4.3, 4.1]);
  // A period published once carries no history.
  expect(parsed[0]?.vintages).toBeUndefined();
  expect(parsed[0]?.revision).toBeUndefined();
});

test('a provisional figure confirmed at the same value is a new vintage but not a revision', () => {
  const [june] = parseObservationsResponse(TRADEMARK, body([dated('2020-06', 4.3, '2020-07-15', { provisional: true }), dated('2020-06', 4.3, '2020-08-14')]));

  expect(june?.value).toBe(4.3);
  expect(june?.isProvisional).toBe(false);
  expect(june?.revision).toBeUndefined();
  expect(june?.vintages).toHaveLength(2);
});

test('without a publication date a repeated period is still an error, and the message says what would make it valid', () => {
  const error = rejection([dated('2020-06', 4.3, '2020-07-15'), { period: '2020-06', value: 4.1, source: { title: '国家知识产权局' } }]);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'duplicate-period', details: { entry: 2, period: '2020-06' } });
});

test('an undated entry followed by a dated one of the same period is an error too', () => {
  const error = rejection([{ period: '2020-06', value: 4.3 }, dated('2020-06', 4.1, '2020-08-14')]);

  expect(error).toMatchObject({ code: 'duplicate-period', details: { entry: 2, period: '2020-06' } });
});

test('two vintages of a period on the same day are refused, naming the entry, the period and the date', () => {
  const error = rejection([dated('2020-03', 4.5, '2020-04-20'), dated('2020-06', 4.3, '2020-07-15'), dated('2020-06', 4.1, '2020-07-15')]);

  expect(error).toBeInstanceOf(FeedError);
  expect(error).toMatchObject({ code: 'duplicate-vintage', details: { entry: 3, period: '2020-06', received: '2020-07-15' } });
});

test('a repeated undated period before a malformed entry is reported first, as the earlier fault', () => {
  const error = rejection([{ period: '2020-06', value: 4.3 }, { period: '2020-06', value: 4.1 }, { period: '2020-07', value: 'x' }]);

  expect(error).toMatchObject({ code: 'duplicate-period', details: { entry: 2 } });
});

test('dated vintages before a malformed entry are not a fault: the malformed entry is reported', () => {
  const error = rejection([dated('2020-06', 4.3, '2020-07-15'), dated('2020-06', 4.1, '2020-08-14'), { period: '2020-07', value: 'x' }]);

  expect(error).toMatchObject({ code: 'invalid-entry', details: { entry: 3, problem: 'value-not-a-number' } });
});

test('a same-day repeat before a malformed entry is reported first', () => {
  const error = rejection([dated('2020-06', 4.3, '2020-07-15'), dated('2020-06', 4.1, '2020-07-15'), { period: '2020-07', value: 'x' }]);

  expect(error).toMatchObject({ code: 'duplicate-vintage', details: { entry: 2, received: '2020-07-15' } });
});
