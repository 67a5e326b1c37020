import { describe, expect, test } from 'vitest';
import { builtInDefinition } from './built-in-catalogue';
import { isDay } from '../kpi/period';
import { parseObservationsResponse } from './observations-schema';

const pledge = builtInDefinition('ip-pledge-financing');
const highValue = builtInDefinition('high-value-patent-review-cycle');
const body = (observations: unknown[], definition = pledge) => ({ kpiId: definition.id, unit: definition.unit, observations });

/** What the parser threw, or `undefined` when it accepted the body. */
function rejectionOf(observations: unknown[], definition = pledge): unknown {
  try {
    parseObservationsResponse(definition, body(observations, definition));
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a publication date', () => {
  test('is a real day written YYYY-MM-DD', () => {
    expect(['2020-07-09', '2020-02-29', '2020-12-31', '2020-01-01', '2020-10-10', '2020-11-30', '2020-09-19', '2020-08-20'].map(isDay)).toEqual(Array.from({ length: 8 }, () => true));
  });

  test('a day that does not exist, or anything else, is not one', () => {
    for (const text of ['2019-02-29', '2020-04-31', '2020-13-01', '2020-00-10', '2020-01-00', '2020-01-32', '2020-1-01', '2020-01-1', ' 2020-01-01', '2020-01-01 ', '2020-01-01T00:00', '20200101', 'x2020-01-01']) {
      expect(isDay(text)).toBe(false);
    }
  });
});

describe('where a figure was published (contract v2)', () => {
  test('a title of up to 500 characters is kept; a longer one is refused', () => {
    const kept = parseObservationsResponse(pledge, body([{ period: '2020-06', value: 853, source: { title: '人'.repeat(500) } }]));
    expect(kept[0]?.source?.title).toHaveLength(500);
    expect(rejectionOf([{ period: '2020-06', value: 853, source: { title: '人'.repeat(501) } }])).toMatchObject({ details: { entry: 1, problem: 'source-invalid', field: 'source' } });
  });

  test('an address must be http or https', () => {
    const http = parseObservationsResponse(pledge, body([{ period: '2020-06', value: 853, source: { title: '人民网', url: 'http://ip.people.com.cn/x.html' } }]));
    expect(http[0]?.source?.url).toBe('http://ip.people.com.cn/x.html');
    for (const url of ['ftp://example.org/x', 'not a url', 42]) {
      expect(rejectionOf([{ period: '2020-06', value: 853, source: { title: '人民网', url } }])).toMatchObject({ details: { problem: 'source-invalid' } });
    }
  });

  test('a title or date of the wrong type is refused as a bad source', () => {
    expect(rejectionOf([{ period: '2020-06', value: 853, source: { title: 42 } }])).toMatchObject({ details: { problem: 'source-invalid' } });
    expect(rejectionOf([{ period: '2020-06', value: 853, source: {} }])).toMatchObject({ details: { problem: 'source-invalid' } });
    expect(rejectionOf([{ period: '2020-06', value: 853, source: { title: 'x', publishedOn: 20200709 } }])).toMatchObject({ details: { problem: 'source-invalid' } });
  });

  test('a v1 feed’s free-text source, or none, leaves the figure without a source', () => {
    const parsed = parseObservationsResponse(pledge, body([
      { period: '2020-03', value: 337, source: 'CNIPA briefing' },
      { period: '2020-06', value: 853, source: null },
    ]));
    expect(parsed).toEqual([
      { period: '2020-03', value: 337, isProvisional: false },
      { period: '2020-06', value: 853, isProvisional: false },
    ]);
  });
});

describe('a publisher’s growth', () => {
  test('anything above −100% up to +100,000% is a growth', () => {
    const parsed = parseObservationsResponse(pledge, body([
      { period: '2020-03', value: 337, growthPct: -99.9 },
      { period: '2020-06', value: 853, growthPct: 100_000 },
      { period: '2020-09', value: 1200, growthPct: 0 },
    ]));
    expect(parsed.map((observation) => observation.growthPct)).toEqual([-99.9, 100_000, 0]);
  });

  test('beyond +100,000% it is a broken value', () => {
    expect(rejectionOf([{ period: '2020-06', value: 853, growthPct: 100_000.1 }])).toMatchObject({ details: { entry: 1, problem: 'growth-invalid', field: 'growthPct', received: '100000.1' } });
  });
});

describe('what a refusal says about the entry', () => {
  test('it names the field and quotes it, with the entry’s month when that month is real', () => {
    expect(rejectionOf([{ period: '2020-03', value: 337 }, { period: '2020-06', value: -1 }])).toMatchObject({
      code: 'invalid-entry',
      kpiId: 'ip-pledge-financing',
      details: { entry: 2, field: 'value', problem: 'value-negative', received: '-1', period: '2020-06' },
    });
  });

  test('a bad month is not repeated as the entry’s month', () => {
    const error = rejectionOf([{ period: '2020-13', value: 337 }]) as { details: Record<string, unknown> };
    expect(error.details).toEqual({ entry: 1, problem: 'period-invalid', field: 'period', received: '"2020-13"' });
  });

  test('an entry that is not an object is quoted whole', () => {
    expect(rejectionOf([{ period: '2020-03', value: 337 }, 'n/a'])).toMatchObject({ details: { entry: 2, field: '(entry)', problem: 'not-an-object', received: '"n/a"' } });
  });

  test('a review cycle of zero months is refused; an amount of zero is a figure', () => {
    expect(rejectionOf([{ period: '2020-06', value: 0 }], highValue)).toMatchObject({ details: { problem: 'value-not-positive' } });
    expect(parseObservationsResponse(pledge, body([{ period: '2020-06', value: 0 }]))[0]?.value).toBe(0);
  });
});
