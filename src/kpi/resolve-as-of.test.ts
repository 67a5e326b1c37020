import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { KpiDefinition, Target } from './kpi-definitions';
import type { Observation } from './observation';
import { asOfMonths, defaultAsOf, resolveAsOf } from './resolve-as-of';
import type { KpiSeries } from './resolve-as-of';

const source = { title: { 'zh-CN': '测试', en: 'Test' }, url: null, quote: null };
const target = (year: number): Target => ({ year, setIn: year, kind: 'at-most', value: 16, source, isDerived: false });

function kpi(id: string, targetYears: readonly number[]): KpiDefinition {
  return {
    id,
    unit: 'months',
    measure: 'ytd-average',
    direction: 'lower-is-better',
    name: { 'zh-CN': id, en: id },
    definition: { 'zh-CN': id, en: id },
    targets: targetYears.map(target),
    baselines: [],
    events: [],
  };
}

const reports = (...periods: string[]): Observation[] => periods.map((period) => ({ period, value: 15, isProvisional: false }));
const series = (definition: KpiDefinition, ...periods: string[]): KpiSeries => ({ definition, observations: reports(...periods) });

describe('the as-of month in a link', () => {
  test('a link without a month opens at the default month, silently', () => {
    expect(resolveAsOf(null, '2019-01', '2020-12', '2020-06')).toEqual({ asOf: '2020-06', notice: null });
  });

  test('the default month is the latest month with data unless another is given', () => {
    expect(resolveAsOf(null, '2019-01', '2020-12')).toEqual({ asOf: '2020-12', notice: null });
    expect(resolveAsOf('2021-07', '2019-01', '2020-12')).toEqual({
      asOf: '2020-12',
      notice: { kind: 'out-of-range', value: '2021-07', first: '2019-01', last: '2020-12' },
    });
  });

  test('a month that is no month opens at the default month, saying the link’s month was invalid', () => {
    expect(resolveAsOf('2020-13', '2019-01', '2020-12', '2020-06')).toEqual({ asOf: '2020-06', notice: { kind: 'invalid', value: '2020-13' } });
    expect(resolveAsOf('june', null, null, null)).toEqual({ asOf: null, notice: { kind: 'invalid', value: 'june' } });
  });

  test('a month within the data, its first and last months included, is shown as asked', () => {
    expect(resolveAsOf('2019-01', '2019-01', '2020-12', '2020-06')).toEqual({ asOf: '2019-01', notice: null });
    expect(resolveAsOf('2020-12', '2019-01', '2020-12', '2020-06')).toEqual({ asOf: '2020-12', notice: null });
    expect(resolveAsOf('2019-09', '2019-01', '2020-12', '2020-06')).toEqual({ asOf: '2019-09', notice: null });
  });

  test('a month before the first or after the last month of data opens at the default month, naming the range', () => {
    expect(resolveAsOf('2018-12', '2019-01', '2020-12', '2020-06')).toEqual({
      asOf: '2020-06',
      notice: { kind: 'out-of-range', value: '2018-12', first: '2019-01', last: '2020-12' },
    });
    expect(resolveAsOf('2021-01', '2019-01', '2020-12', '2020-06')).toEqual({
      asOf: '2020-06',
      notice: { kind: 'out-of-range', value: '2021-01', first: '2019-01', last: '2020-12' },
    });
  });

  test('before any data is known, a real month in the link is taken as it is', () => {
    expect(resolveAsOf('2020-06', null, null, null)).toEqual({ asOf: '2020-06', notice: null });
    expect(resolveAsOf('2020-06', '2019-01', null, null)).toEqual({ asOf: '2020-06', notice: null });
    expect(resolveAsOf('2020-06', null, '2019-01', null)).toEqual({ asOf: '2020-06', notice: null });
    // Half a range is no range: a month before its first is not called out of range.
    expect(resolveAsOf('2018-12', '2019-01', null, null)).toEqual({ asOf: '2018-12', notice: null });
  });
});

describe('the month the overview opens at', () => {
  const highValue = kpi('high-value', [2020, 2021]);
  const trademark = kpi('trademark', [2020, 2021]);
  const invention = kpi('invention', []);

  test('the latest month at which every KPI with a target has a report of that year', () => {
    expect(defaultAsOf([series(highValue, '2019-12', '2020-06', '2020-12'), series(trademark, '2020-03', '2020-09')])).toBe('2020-12');
  });

  test('a KPI reported ahead of the others does not move it into a year the others have not reported yet', () => {
    // 2021-03 would judge the trademark cycle on nothing of 2021.
    expect(defaultAsOf([series(highValue, '2020-12', '2021-03'), series(trademark, '2020-06', '2020-12')])).toBe('2020-12');
  });

  test('it may open at the very month another KPI first reports in that year', () => {
    expect(defaultAsOf([series(highValue, '2021-02', '2021-06'), series(trademark, '2020-12', '2021-06')])).toBe('2021-06');
  });

  test('a series without a target (context) neither holds it back nor moves it forward', () => {
    expect(defaultAsOf([series(highValue, '2020-06', '2020-12'), series(invention, '2021-04', '2021-08')])).toBe('2020-12');
    expect(defaultAsOf([series(invention, '2019-04'), series(highValue, '2020-06', '2020-09')])).toBe('2020-09');
  });

  test('a year in which no KPI has a target is passed over for the latest month of a year with one', () => {
    expect(defaultAsOf([series(highValue, '2020-11', '2022-03'), series(trademark, '2020-10', '2022-05')])).toBe('2020-11');
  });

  test('when no month qualifies it is the latest month with data, and with no data there is none', () => {
    expect(defaultAsOf([series(invention, '2020-03', '2021-07')])).toBe('2021-07');
    expect(defaultAsOf([series(highValue, '2019-05', '2019-08')])).toBe('2019-08');
    expect(defaultAsOf([series(highValue)])).toBeNull();
    expect(defaultAsOf([])).toBeNull();
  });
});

describe('the months the as-of list offers', () => {
  const pledge = kpi('pledge', [2020]);
  const list = [series(pledge, '2019-06', '2019-07', '2020-01', '2020-03')];

  test('every month of the years with data, latest first, between the first and last months of data', () => {
    expect(asOfMonths(list, '2019-06', '2020-03', 100)).toEqual([
      '2020-03', '2020-02', '2020-01',
      '2019-12', '2019-11', '2019-10', '2019-09', '2019-08', '2019-07', '2019-06',
    ]);
  });

  test('a year without any data is not offered even inside the range', () => {
    expect(asOfMonths([series(pledge, '2018-11', '2020-02')], '2018-11', '2020-02', 100)).toEqual(['2020-02', '2020-01', '2018-12', '2018-11']);
  });

  test('the list stops at its maximum length, keeping the latest months', () => {
    expect(asOfMonths(list, '2019-06', '2020-03', 4)).toEqual(['2020-03', '2020-02', '2020-01', '2019-12']);
    expect(asOfMonths(list, '2019-06', '2020-03', 1)).toEqual(['2020-03']);
  });

  test('without data there is nothing to offer', () => {
    expect(asOfMonths(list, null, '2020-03', 100)).toEqual([]);
    expect(asOfMonths(list, '2019-06', null, 100)).toEqual([]);
  });
});

// The rules above, stated plainly (every month of every series, sorted, each year looked up in
// full): `defaultAsOf` and `asOfMonths` walk only the series' ends, and must agree with these.
function defaultAsOfPlainly(all: readonly KpiSeries[]): string | null {
  const months = [...new Set(all.flatMap(({ observations }) => observations.map(({ period }) => period)))].sort().reverse();
  for (const month of months) {
    const year = Number(month.slice(0, 4));
    const targeted = all.filter(({ definition }) => definition.targets.some((t) => t.year === year));
    const judged = targeted.every(({ observations }) => observations.some(({ period }) => period.startsWith(`${year}-`) && period <= month));
    if (targeted.length > 0 && judged) return month;
  }
  return months[0] ?? null;
}

function asOfMonthsPlainly(all: readonly KpiSeries[], first: string | null, last: string | null, max: number): string[] {
  if (first === null || last === null) return [];
  const years = [...new Set(all.flatMap(({ observations }) => observations.map(({ period }) => Number(period.slice(0, 4)))))].sort((a, b) => b - a);
  const months = years.flatMap((year) => Array.from({ length: 12 }, (_, index) => `${year}-${String(12 - index).padStart(2, '0')}`));
  return months.filter((month) => month >= first && month <= last).slice(0, max);
}

const aPeriod = fc.tuple(fc.integer({ min: 2015, max: 2022 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`);
const aSeries = fc.record({
  targetYears: fc.uniqueArray(fc.integer({ min: 2015, max: 2022 }), { maxLength: 3 }),
  periods: fc.uniqueArray(aPeriod, { maxLength: 30 }),
  isSorted: fc.boolean(),
});

describe('the month walk agrees with the rules stated plainly', () => {
  test('property: the default month, for any series, sorted or not', () => {
    fc.assert(
      fc.property(fc.array(aSeries, { maxLength: 5 }), (generated) => {
        const all = generated.map(({ targetYears, periods, isSorted }, index) => series(kpi(`kpi-${index}`, targetYears), ...(isSorted ? [...periods].sort() : periods)));
        expect(defaultAsOf(all)).toBe(defaultAsOfPlainly(all));
      }),
      { numRuns: 500 },
    );
  });

  test('property: the months offered, for any series and any length of list', () => {
    fc.assert(
      fc.property(fc.array(aSeries, { maxLength: 5 }), fc.integer({ min: 1, max: 120 }), (generated, max) => {
        const all = generated.map(({ periods }, index) => series(kpi(`kpi-${index}`, []), ...[...periods].sort()));
        const own = all.flatMap(({ observations }) => observations.map(({ period }) => period)).sort();
        const [first, last] = [own[0] ?? null, own.at(-1) ?? null];
        expect(asOfMonths(all, first, last, max)).toEqual(asOfMonthsPlainly(all, first, last, max));
      }),
      { numRuns: 500 },
    );
  });
});
