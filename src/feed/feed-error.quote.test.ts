import { describe, expect, test } from 'vitest';
import { FeedError, isTransientFeedError, quoteReceived, retryDelayMs } from './feed-error';
import { valueAt } from './quote';

/** Not a JSON value: named as JavaScript writes it. */
const onRefresh = (): number => 1;

describe('what an error message quotes of a received value', () => {
  test('a broken entry is quoted as the JSON it was', () => {
    expect(quoteReceived({ period: '2020-03', value: 'n/a' })).toBe('{"period":"2020-03","value":"n/a"}');
    expect(quoteReceived([1, 'a', null, true, false])).toBe('[1,"a",null,true,false]');
    expect(quoteReceived({ a: [{ b: 1 }, []], c: {} })).toBe('{"a":[{"b":1},[]],"c":{}}');
    expect(quoteReceived('2020-13')).toBe('"2020-13"');
    expect(quoteReceived(15.2)).toBe('15.2');
    expect(quoteReceived(null)).toBe('null');
  });

  test('values JSON cannot write are named as they are', () => {
    expect(quoteReceived(undefined)).toBe('undefined');
    expect(quoteReceived(Number.NaN)).toBe('NaN');
    expect(quoteReceived(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(quoteReceived(-Infinity)).toBe('-Infinity');
    expect(quoteReceived(12n)).toBe('12');
    expect(quoteReceived(Symbol('x'))).toBe('Symbol(x)');
    expect(quoteReceived(onRefresh)).toBe(String(onRefresh));
    // Inside a list, a hole reads as JSON writes it.
    expect(quoteReceived([undefined, 1])).toBe('[null,1]');
  });

  test('a quote of up to 60 characters is whole; a longer one is cut to 60 with an ellipsis', () => {
    // 58 letters in quotes: exactly 60 characters.
    expect(quoteReceived('x'.repeat(58))).toBe(`"${'x'.repeat(58)}"`);
    // 59 letters in quotes would be 61: cut to 59 characters and "…".
    expect(quoteReceived('x'.repeat(59))).toBe(`"${'x'.repeat(58)}…`);
    expect(quoteReceived('x'.repeat(10_000))).toBe(`"${'x'.repeat(58)}…`);
  });

  test('a long list or object is cut short the same way, without writing all of it', () => {
    const long = Array.from({ length: 100 }, (_, index) => index);
    const quoted = quoteReceived(long);
    expect(quoted).toHaveLength(60);
    expect(quoted).toBe(`${JSON.stringify(long).slice(0, 59)}…`);
    const wide = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`k${index}`, index]));
    expect(quoteReceived(wide)).toBe(`${JSON.stringify(wide).slice(0, 59)}…`);
  });

  test('a list whose quote fits exactly is not marked as cut', () => {
    // "[" + 28 × "1," + "12" + "]": exactly 60 characters.
    const list = [...Array.from({ length: 28 }, () => 1), 12];
    expect(JSON.stringify(list)).toHaveLength(60);
    expect(quoteReceived(list)).toBe(JSON.stringify(list));
  });

  test('a shorter limit cuts sooner', () => {
    expect(quoteReceived('abcdef', 4)).toBe('"ab…');
    expect(quoteReceived([1, 2, 3, 4, 5, 6], 5)).toBe('[1,2…');
    expect(quoteReceived('ab', 4)).toBe('"ab"');
  });
});

describe('finding a value inside a body', () => {
  test('a path leads into objects and lists; anything not there is undefined', () => {
    const body = { observations: [{ period: '2020-03', value: 337 }] };
    expect(valueAt(body, ['observations', 0, 'value'])).toBe(337);
    expect(valueAt(body, [])).toBe(body);
    expect(valueAt(body, ['observations', 1, 'value'])).toBeUndefined();
    expect(valueAt(body, ['observations', 0, 'value', 'x'])).toBeUndefined();
    expect(valueAt(null, ['kpiId'])).toBeUndefined();
    expect(valueAt({ kpiId: null }, ['kpiId', 'x'])).toBeUndefined();
  });
});

describe('feed errors', () => {
  test('an error names the KPI, the code and the details in its message', () => {
    const error = new FeedError('http-status', 'ip-pledge-financing', { status: 503 });
    expect(error.message).toBe('ip-pledge-financing: http-status {"status":503}');
    expect(error.name).toBe('FeedError');
    expect(error).toBeInstanceOf(Error);
    expect(new FeedError('network', 'x').details).toEqual({});
  });

  test('a dropped connection, a timeout, a cut-off body, a 5xx and a 429 are worth trying again', () => {
    for (const code of ['network', 'timeout', 'interrupted'] as const) expect(isTransientFeedError(new FeedError(code, 'x'))).toBe(true);
    for (const status of [500, 503, 429]) expect(isTransientFeedError(new FeedError('http-status', 'x', { status }))).toBe(true);
  });

  test('a 4xx, a malformed answer or an error that is not the feed’s is shown at once', () => {
    for (const status of [400, 404, 428, 430, 499]) expect(isTransientFeedError(new FeedError('http-status', 'x', { status }))).toBe(false);
    expect(isTransientFeedError(new FeedError('http-status', 'x'))).toBe(false);
    for (const code of ['not-json', 'invalid-body', 'wrong-kpi', 'duplicate-period', 'invalid-catalogue'] as const) {
      expect(isTransientFeedError(new FeedError(code, 'x', { status: 503 }))).toBe(false);
    }
    expect(isTransientFeedError(new Error('network'))).toBe(false);
    expect(isTransientFeedError({ code: 'network', details: {} })).toBe(false);
  });

  test('retries back off 1 s, 2 s, 4 s, 8 s, then stay at 10 s', () => {
    expect([0, 1, 2, 3, 4, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
