import { expect, test } from 'vitest';
import { overviewChart } from './chart-rows';
import type { KpiDefinition } from './kpi-definitions';
import type { Observation } from './observation';
import { projectCumulative } from './projection';
import { asOfMonths, resolveAsOf } from './resolve-as-of';

const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });
// Pledge financing's published checkpoints (亿元), with the publisher's growth.
const PLEDGE = [at('2019-12', 1515, 23.8), at('2020-03', 337, 15.5), at('2020-06', 853, 45), at('2020-10', 1664, 35), at('2020-12', 2180, 43.9)];

const source = { title: { 'zh-CN': '测', en: 'T' }, url: null, quote: null };
const cumulative: KpiDefinition = {
  id: 'pledge',
  unit: 'cny-100m',
  measure: 'ytd-cumulative',
  direction: 'higher-is-better',
  name: { 'zh-CN': '质押', en: 'Pledge' },
  definition: { 'zh-CN': '质押', en: 'Pledge' },
  targets: [{ year: 2020, setIn: 2020, kind: 'growth-at-least', value: 20, source, isDerived: false }],
  baselines: [],
  events: [],
};

test('a checkpoint projects the year by last year’s share at the same month, derived from the published growth', () => {
  const projection = projectCumulative(PLEDGE, '2020-03');
  // Last year's Q1 is 337 ÷ 1.155 = 291.77, 19.3% of 1515: the year projects to 1515 × 1.155.
  expect(projection?.method).toBe('seasonal-profile');
  expect(projection?.previousShare).toBeCloseTo(337 / 1.155 / 1515, 12);
  expect(projection?.total).toBeCloseTo(1749.825, 9);
  expect(projection?.growthPercent).toBeCloseTo(15.5, 9);
  expect(projection?.months).toEqual([{ period: '2020-12', value: projection?.total }]);
});

test('the latest checkpoint up to the as-of month is the one projected from', () => {
  expect(projectCumulative(PLEDGE, '2020-08')?.total).toBeCloseTo(1515 * 1.45, 9);
});

test('without last year’s total, a checkpoint projects at its run-rate; December or nothing this year projects nothing', () => {
  const alone = [at('2020-03', 337)];
  expect(projectCumulative(alone, '2020-03')).toMatchObject({ method: 'run-rate', total: 1348, growthPercent: null, previousShare: null });
  expect(projectCumulative(PLEDGE, '2020-12')).toBeNull();
  expect(projectCumulative(PLEDGE, '2021-03')).toBeNull();
});

test('an overview chart of checkpoints carries each checkpoint’s growth, whose it is, and the target of its year', () => {
  const { rows, hasGap } = overviewChart(cumulative, [...PLEDGE.slice(0, 2), { ...at('2020-06', 853), source: { title: '人民网', url: null, publishedOn: '2020-07-09' } }], '2020-06');
  const june = rows.find((row) => row.period === '2020-06');
  const march = rows.find((row) => row.period === '2020-03');

  expect(march).toMatchObject({ value: 337, ytdGrowthPercent: 15.5, growthSource: 'published', target: 20, targetKind: 'growth-at-least' });
  // June states no growth here: computed against… nothing (no June 2019 checkpoint), so none.
  expect(june).toMatchObject({ value: 853, ytdGrowthPercent: null, growthSource: null, source: { title: '人民网' } });
  expect(rows.find((row) => row.period === '2019-12')).toMatchObject({ value: 1515, target: null, targetKind: null });
  // Months between checkpoints are not gaps to apologise for.
  expect(hasGap).toBe(false);
  // The projected year total stands at December, never mixed into the reported values.
  expect(rows.find((row) => row.period === '2020-12')).toMatchObject({ value: null });
  expect(rows.find((row) => row.period === '2020-12')?.projection).toBeGreaterThan(853);
});

test('the as-of list offers every month of the years that have data, latest first, within the data', () => {
  const series = [{ definition: cumulative, observations: [at('2019-12', 1), at('2020-03', 1), at('2099-12', 1)] }];
  const months = asOfMonths(series, '2019-12', '2099-12', 600);
  expect(months.slice(0, 2)).toEqual(['2099-12', '2099-11']);
  expect(months).toContain('2020-01');
  expect(months).not.toContain('2050-06');
  expect(months.at(-1)).toBe('2019-12');
  expect(months).toHaveLength(12 + 12 + 1);
  expect(asOfMonths(series, '2019-12', '2099-12', 5)).toHaveLength(5);
  expect(asOfMonths(series, null, null, 600)).toEqual([]);
});

test('a link’s month is used when it is within the data; otherwise the default month, with a notice naming it', () => {
  expect(resolveAsOf(null, '2017-01', '2020-12', '2020-06')).toEqual({ asOf: '2020-06', notice: null });
  expect(resolveAsOf('2019-03', '2017-01', '2020-12', '2020-06')).toEqual({ asOf: '2019-03', notice: null });
  expect(resolveAsOf('2017-01', '2017-01', '2020-12', '2020-06').asOf).toBe('2017-01');
  expect(resolveAsOf('2020-12', '2017-01', '2020-12', '2020-06').asOf).toBe('2020-12');
  expect(resolveAsOf('2021-01', '2017-01', '2020-12', '2020-06')).toEqual({
    asOf: '2020-06',
    notice: { kind: 'out-of-range', value: '2021-01', first: '2017-01', last: '2020-12' },
  });
  expect(resolveAsOf('2016-12', '2017-01', '2020-12', '2020-06').notice?.kind).toBe('out-of-range');
  expect(resolveAsOf('2020-13', '2017-01', '2020-12', '2020-06')).toEqual({ asOf: '2020-06', notice: { kind: 'invalid', value: '2020-13' } });
  // Before any data has arrived, a real month from the link is kept.
  expect(resolveAsOf('2020-03', null, null, null)).toEqual({ asOf: '2020-03', notice: null });
});
