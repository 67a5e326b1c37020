import { describe, expect, test } from 'vitest';
import type { Observation } from './observation';
import {
  annualTotal,
  checkpointGrowth,
  cumulativeAnnualTotal,
  cumulativeYearToDate,
  growthPercentOver,
  valuesByPeriod,
  yearToDate,
  yearToDateOf,
  ytdGrowthByPeriod,
} from './year-to-date';

const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });
const months = (year: number, values: readonly number[]): Observation[] => values.map((value, index) => at(`${year}-${String(index + 1).padStart(2, '0')}`, value));

// Monthly pledge amounts (亿元) whose sums are the published 2020 checkpoints (Q1 337, H1 853,
// Jan–Oct 1664, year 2180) and those derived for 2019 (Q1 292, H1 588, Jan–Oct 1233, year 1515).
const PLEDGE_2019 = months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]);
const PLEDGE_2020 = months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]);
const PLEDGE = [...PLEDGE_2019, ...PLEDGE_2020];
// The published checkpoints themselves, with the publisher's growth.
const CHECKPOINTS = [at('2019-12', 1515, 23.8), at('2020-03', 337, 15.5), at('2020-06', 853, 45), at('2020-10', 1664, 35), at('2020-12', 2180, 43.9)];

describe('growth over a previous figure', () => {
  test('2180 over 1515 is +43.89%', () => {
    expect(growthPercentOver(2180, 1515)).toBeCloseTo(43.894, 3);
    expect(growthPercentOver(1515, 1224)).toBeCloseTo(23.775, 3);
  });

  test('there is no growth from nothing, from zero, or from a negative figure', () => {
    expect(growthPercentOver(2180, null)).toBeNull();
    expect(growthPercentOver(2180, undefined)).toBeNull();
    expect(growthPercentOver(2180, 0)).toBeNull();
    expect(growthPercentOver(2180, -5)).toBeNull();
  });

  test('a checkpoint’s growth is the publisher’s when stated, else computed against last year’s same month', () => {
    expect(checkpointGrowth(at('2020-06', 853, 45), 588)).toEqual({ value: 45, source: 'published' });
    expect(checkpointGrowth(at('2020-06', 853), 588).source).toBe('computed');
    expect(checkpointGrowth(at('2020-06', 853), 588).value).toBeCloseTo((853 / 588 - 1) * 100, 9);
    expect(checkpointGrowth(at('2020-06', 853), null)).toEqual({ value: null, source: 'computed' });
  });
});

describe('the year to date of a cumulative series', () => {
  test('is the latest checkpoint of the year up to the as-of month', () => {
    const ytd = cumulativeYearToDate(CHECKPOINTS, '2020-08');
    expect(ytd).toMatchObject({ year: 2020, throughMonth: 6, total: 853, missingMonths: [], growthPercent: 45, growthSource: 'published', isPreviousDerived: true });
    expect(ytd.checkpoint?.period).toBe('2020-06');
    // Last year's H1 derived from the published growth: 853 / 1.45 = 588.28.
    expect(ytd.previousTotal).toBeCloseTo(853 / 1.45, 9);
  });

  test('last year’s checkpoints are not this year’s: before the first one of the year there is none', () => {
    expect(cumulativeYearToDate(CHECKPOINTS, '2020-02')).toEqual({
      year: 2020,
      throughMonth: 0,
      total: 0,
      missingMonths: [],
      previousTotal: null,
      growthPercent: null,
      growthSource: null,
      computedGrowthPercent: null,
      isPreviousDerived: false,
      checkpoint: null,
    });
  });

  test('without a published growth, last year’s same-month checkpoint is the comparison', () => {
    const ytd = cumulativeYearToDate([at('2019-06', 588), at('2019-12', 1515), at('2020-06', 853)], '2020-06');
    expect(ytd.previousTotal).toBe(588);
    expect(ytd.isPreviousDerived).toBe(false);
    expect(ytd.growthSource).toBe('computed');
    expect(ytd.computedGrowthPercent).toBeCloseTo((853 / 588 - 1) * 100, 9);
  });

  test('with neither, there is no growth and no basis for one', () => {
    const ytd = cumulativeYearToDate([at('2019-12', 1515), at('2020-06', 853)], '2020-06');
    expect(ytd).toMatchObject({ previousTotal: null, growthPercent: null, growthSource: null, computedGrowthPercent: null });
  });

  test('the year’s total is its December checkpoint, when published', () => {
    expect(cumulativeAnnualTotal(CHECKPOINTS, 2020)).toBe(2180);
    expect(cumulativeAnnualTotal(CHECKPOINTS, 2019)).toBe(1515);
    expect(cumulativeAnnualTotal(CHECKPOINTS, 2018)).toBeNull();
  });
});

describe('the year to date of a monthly flow', () => {
  test('as of March 2020: 337 against 292, +15.41%', () => {
    const ytd = yearToDate(PLEDGE, '2020-03');
    expect(ytd).toMatchObject({ year: 2020, throughMonth: 3, total: 337, missingMonths: [], previousTotal: 292, growthSource: 'computed', isPreviousDerived: false });
    expect(ytd.growthPercent).toBeCloseTo((337 / 292 - 1) * 100, 9);
    expect(ytd.computedGrowthPercent).toBe(ytd.growthPercent);
    expect(ytd.checkpoint?.value).toBe(137);
  });

  test('a month missing this year is listed, and no growth is given on a partial sum', () => {
    const ytd = yearToDate(PLEDGE.filter((o) => o.period !== '2020-02' && o.period !== '2020-03'), '2020-03');
    expect(ytd.missingMonths).toEqual(['2020-02', '2020-03']);
    expect(ytd.total).toBe(120);
    expect(ytd).toMatchObject({ growthPercent: null, growthSource: null, checkpoint: null });
    expect(ytd.previousTotal).toBe(292);
  });

  test('a month missing last year leaves no comparison', () => {
    const ytd = yearToDate(PLEDGE.filter((o) => o.period !== '2019-02'), '2020-03');
    expect(ytd).toMatchObject({ total: 337, previousTotal: null, growthPercent: null, growthSource: null });
  });

  test('a prebuilt map gives the same figures, without a checkpoint unless one is passed', () => {
    const ytd = yearToDateOf(valuesByPeriod(PLEDGE), '2020-06');
    expect(ytd).toMatchObject({ total: 853, previousTotal: 588, checkpoint: null });
  });

  test('a full year’s total is the sum of its twelve months, or none when one is missing', () => {
    expect(annualTotal(PLEDGE, 2019)).toBe(1515);
    expect(annualTotal(PLEDGE, 2020)).toBe(2180);
    expect(annualTotal(PLEDGE.filter((o) => o.period !== '2020-12'), 2020)).toBeNull();
    expect(annualTotal(PLEDGE, 2018)).toBeNull();
  });
});

describe('year-to-date growth month by month', () => {
  test('covers every month of each year up to the latest one asked for, whatever the order', () => {
    const growth = ytdGrowthByPeriod(valuesByPeriod(PLEDGE), ['2020-03', '2020-01']);
    expect([...growth.keys()]).toEqual(['2020-01', '2020-02', '2020-03']);
    // January 120 over 90; January–February 200 over 185; Q1 337 over 292.
    expect(growth.get('2020-01')).toBeCloseTo((120 / 90 - 1) * 100, 9);
    expect(growth.get('2020-02')).toBeCloseTo((200 / 185 - 1) * 100, 9);
    expect(growth.get('2020-03')).toBeCloseTo((337 / 292 - 1) * 100, 9);
  });

  test('each year is summed on its own: 2020’s January starts over', () => {
    const growth = ytdGrowthByPeriod(valuesByPeriod([...months(2018, Array.from({ length: 12 }, () => 100)), ...PLEDGE]), ['2019-12', '2020-01']);
    expect(growth.get('2019-12')).toBeCloseTo((1515 / 1200 - 1) * 100, 9);
    expect(growth.get('2020-01')).toBeCloseTo((120 / 90 - 1) * 100, 9);
  });

  test('a month missing last year ends the comparison for the rest of the year', () => {
    const growth = ytdGrowthByPeriod(valuesByPeriod(PLEDGE.filter((o) => o.period !== '2019-02')), ['2020-04']);
    expect(growth.get('2020-01')).not.toBeNull();
    expect(growth.get('2020-02')).toBeNull();
    expect(growth.get('2020-04')).toBeNull();
  });

  test('nothing registered last year so far gives no growth', () => {
    const growth = ytdGrowthByPeriod(valuesByPeriod([...months(2019, [0, 0, 5]), ...PLEDGE_2020]), ['2020-03']);
    expect(growth.get('2020-01')).toBeNull();
    expect(growth.get('2020-02')).toBeNull();
    expect(growth.get('2020-03')).toBeCloseTo((337 / 5 - 1) * 100, 9);
  });
});
