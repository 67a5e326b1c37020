import { describe, expect, test } from 'vitest';
import { builtInDefinition } from '../../tests/built-in-definitions';
import { overviewChart, overviewWindow } from './chart-rows';
import type { ChartRow } from './chart-rows';
import type { Observation } from './observation';

const at = (period: string, value: number, extra: Partial<Observation> = {}): Observation => ({ period, value, isProvisional: false, ...extra });
const months = (year: number, values: readonly number[]): Observation[] => values.map((value, index) => at(`${year}-${String(index + 1).padStart(2, '0')}`, value));

// Monthly pledge amounts (亿元) whose sums are the published 2020 checkpoints (Q1 337, H1 853,
// Jan–Oct 1664, year 2180) and those derived for 2019 (Q1 292, H1 588, Jan–Oct 1233, year 1515).
const PLEDGE_2019 = months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]);
const PLEDGE_2020 = months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]);
const pledge = builtInDefinition('ip-pledge-financing');
const highValue = builtInDefinition('high-value-patent-review-cycle');

const rowAt = (rows: readonly ChartRow[], period: string): ChartRow | undefined => rows.find((row) => row.period === period);

test('an overview shows the as-of year and the year before, month by month', () => {
  expect(overviewWindow('2020-06')).toEqual({ from: '2019-01', to: '2020-12' });
  expect(overviewWindow('2021-01')).toEqual({ from: '2020-01', to: '2021-12' });
  const { from, to, rows } = overviewChart(pledge, [...PLEDGE_2019, ...PLEDGE_2020], '2020-06');
  expect([from, to]).toEqual(['2019-01', '2020-12']);
  expect(rows).toHaveLength(24);
  expect(rows[0]?.period).toBe('2019-01');
  expect(rows.at(-1)?.period).toBe('2020-12');
});

// Computed in each test, not once per describe: work done outside a test is coverage StrykerJS
// cannot tie to a test.
const pledgeAsOfJune = () => overviewChart(pledge, [...PLEDGE_2019, ...PLEDGE_2020], '2020-06');

describe('pledge financing (a monthly flow) as of June 2020', () => {

  test('months up to June show what the feed reported, later months nothing reported', () => {
    const chart = pledgeAsOfJune();
    expect(rowAt(chart.rows, '2019-07')?.value).toBe(150);
    expect(rowAt(chart.rows, '2020-06')?.value).toBe(186);
    expect(rowAt(chart.rows, '2020-07')?.value).toBeNull();
    expect(chart.evaluation.asOf).toBe('2020-06');
  });

  test('the months to come carry the projection, last year’s month grown as the year so far has (853 / 588)', () => {
    const chart = pledgeAsOfJune();
    expect(rowAt(chart.rows, '2020-06')?.projection).toBeNull();
    expect(rowAt(chart.rows, '2020-07')?.projection).toBeCloseTo((150 * 853) / 588, 9);
    expect(rowAt(chart.rows, '2020-12')?.projection).toBeCloseTo((152 * 853) / 588, 9);
  });

  test('each reported month carries the year-to-date growth, computed; 2019 has no 2018 to grow from', () => {
    const chart = pledgeAsOfJune();
    // March: 337 over 292, +15.41%.
    expect(rowAt(chart.rows, '2020-03')).toMatchObject({ growthSource: 'computed' });
    expect(rowAt(chart.rows, '2020-03')?.ytdGrowthPercent).toBeCloseTo((337 / 292 - 1) * 100, 9);
    expect(rowAt(chart.rows, '2020-06')?.ytdGrowthPercent).toBeCloseTo((853 / 588 - 1) * 100, 9);
    expect(rowAt(chart.rows, '2019-06')).toMatchObject({ ytdGrowthPercent: null, growthSource: null });
    expect(rowAt(chart.rows, '2020-07')).toMatchObject({ ytdGrowthPercent: null, growthSource: null });
  });

  test('2020’s months carry the plan’s +20% growth target; 2019’s none', () => {
    const chart = pledgeAsOfJune();
    expect(rowAt(chart.rows, '2020-01')).toMatchObject({ target: 20, targetKind: 'growth-at-least' });
    expect(rowAt(chart.rows, '2020-12')).toMatchObject({ target: 20, targetKind: 'growth-at-least' });
    expect(rowAt(chart.rows, '2019-12')).toMatchObject({ target: null, targetKind: null });
  });

  test('rows carry nothing the overview does not show: no previous-year overlay, period growth or cut periods', () => {
    for (const row of pledgeAsOfJune().rows) expect([row.previousYearValue, row.periodGrowthPercent, row.partialMonths]).toEqual([null, null, null]);
  });

  test('a complete series has no gap to apologise for', () => {
    expect(pledgeAsOfJune().hasGap).toBe(false);
  });
});

describe('gaps in a monthly flow', () => {
  test('a month missing between the first report and the as-of month is a gap', () => {
    const withGap = [...PLEDGE_2019, ...PLEDGE_2020].filter((o) => o.period !== '2020-02');
    const chart = overviewChart(pledge, withGap, '2020-06');
    expect(chart.hasGap).toBe(true);
    expect(rowAt(chart.rows, '2020-02')?.value).toBeNull();
  });

  test('months before the series starts, or after the as-of month, are no gap', () => {
    const lateStart = [...PLEDGE_2019.slice(3), ...PLEDGE_2020];
    expect(overviewChart(pledge, lateStart, '2020-06').hasGap).toBe(false);
    expect(overviewChart(pledge, PLEDGE_2020.slice(0, 6), '2020-06').hasGap).toBe(false);
  });

  test('an empty series has no gap either', () => {
    expect(overviewChart(pledge, [], '2020-06').hasGap).toBe(false);
  });

  test('the first and the as-of month themselves count: a gap just after the first report, or at the as-of month', () => {
    const missingFeb = [at('2020-01', 120), at('2020-03', 137)];
    expect(overviewChart(pledge, missingFeb, '2020-03').hasGap).toBe(true);
    // Reported up to May, as of June: June itself is missing.
    expect(overviewChart(pledge, PLEDGE_2020.slice(0, 5), '2020-06').hasGap).toBe(true);
  });
});

describe('the high-value review cycle (a level) as of June 2020', () => {
  // 17.3 (2019), 16.1 in March (made up), 15.2 (2020 H1, published, provisional here), with a source.
  const source = { title: 'CNIPA', url: 'https://english.cnipa.gov.cn/art/2020/8/14/art_2126_150841.html', publishedOn: '2020-08-14' };
  const observations = [at('2019-12', 17.3), at('2020-03', 16.1), at('2020-06', 15.2, { isProvisional: true, source })];
  const cycleAsOfJune = () => overviewChart(highValue, observations, '2020-06');

  test('the projected path starts at June’s report and falls 0.3 a month to 13.4 in December', () => {
    const chart = cycleAsOfJune();
    expect(rowAt(chart.rows, '2020-05')?.projection).toBeNull();
    expect(rowAt(chart.rows, '2020-06')).toMatchObject({ value: 15.2, projection: 15.2 });
    expect(rowAt(chart.rows, '2020-09')?.projection).toBeCloseTo(14.3, 9);
    expect(rowAt(chart.rows, '2020-12')?.projection).toBeCloseTo(13.4, 9);
  });

  test('a report keeps its provisional flag and its source; a level has no year-to-date growth', () => {
    const chart = cycleAsOfJune();
    expect(rowAt(chart.rows, '2020-06')).toMatchObject({ isProvisional: true, source, ytdGrowthPercent: null, growthSource: null });
    expect(rowAt(chart.rows, '2020-03')).toMatchObject({ isProvisional: false, source: null });
    expect(rowAt(chart.rows, '2020-04')).toMatchObject({ value: null, isProvisional: false, source: null });
  });

  test('each year’s rows carry that year’s target: none in 2019, at most 16 months in 2020', () => {
    const chart = cycleAsOfJune();
    expect(rowAt(chart.rows, '2019-12')).toMatchObject({ target: null, targetKind: null });
    expect(rowAt(chart.rows, '2020-06')).toMatchObject({ target: 16, targetKind: 'at-most' });
    const next = overviewChart(highValue, observations, '2021-03');
    expect(rowAt(next.rows, '2020-12')?.target).toBe(16);
    expect(rowAt(next.rows, '2021-01')?.target).toBe(14);
  });

  test('months between sparse reports of a level are no gap', () => {
    expect(cycleAsOfJune().hasGap).toBe(false);
  });
});

test('a review cycle’s rows carry no year-to-date growth, even with every month of both years: a level is not summed', () => {
  const cycles = [
    ...months(2019, [22, 21.5, 21, 20.5, 20, 19.8, 19.5, 19, 18.6, 18.2, 17.8, 17.3]),
    ...months(2020, [17, 16.8, 16.5, 16.1, 15.6, 15.2]),
  ];

  const { rows } = overviewChart(highValue, cycles, '2020-06');

  expect(rowAt(rows, '2020-06')?.value).toBe(15.2);
  expect(rows.every((row) => row.ytdGrowthPercent === null && row.growthSource === null)).toBe(true);
});

describe('an evaluation already made for the card is reused, never one of another month or KPI', () => {
  const series = [...PLEDGE_2019, ...PLEDGE_2020];

  test('the card’s evaluation of the same month is the chart’s', () => {
    const evaluated = overviewChart(pledge, series, '2020-06').evaluation;
    expect(overviewChart(pledge, series, '2020-06', evaluated).evaluation).toBe(evaluated);
  });

  test('an evaluation of another month, or of another KPI, is not taken for this one', () => {
    const june = overviewChart(pledge, series, '2020-06').evaluation;
    const october = overviewChart(pledge, series, '2020-10', june);
    expect(october.evaluation).not.toBe(june);
    expect(october.evaluation.asOf).toBe('2020-10');
    expect(october.evaluation).toEqual(overviewChart(pledge, series, '2020-10').evaluation);

    const cycle = overviewChart(highValue, [at('2020-06', 15)], '2020-06').evaluation;
    expect(overviewChart(pledge, series, '2020-06', cycle).evaluation.kpiId).toBe(pledge.id);
  });
});
