import { describe, expect, test } from 'vitest';
import type { Observation } from './observation';
import { projectCumulative, projectCycle, projectFlow } from './projection';

const at = (period: string, value: number, growthPct?: number): Observation => ({ period, value, isProvisional: false, ...(growthPct === undefined ? {} : { growthPct }) });
const months = (year: number, values: readonly number[]): Observation[] => values.map((value, index) => at(`${year}-${String(index + 1).padStart(2, '0')}`, value));

// Monthly pledge amounts (亿元) whose sums are the published 2020 checkpoints (Q1 337, H1 853,
// Jan–Oct 1664, year 2180) and those derived for 2019 (Q1 292, H1 588, Jan–Oct 1233, year 1515).
const PLEDGE_2019 = months(2019, [90, 95, 107, 96, 98, 102, 150, 160, 165, 170, 130, 152]);
const PLEDGE_2020 = months(2020, [120, 80, 137, 160, 170, 186, 190, 200, 205, 216, 236, 280]);
const PLEDGE = [...PLEDGE_2019, ...PLEDGE_2020];

describe('a review cycle’s projection to December', () => {
  // High-value patents: 15.2 months published for 2020 H1; 16.1 in March is a made-up point.
  const highValue = [at('2019-12', 17.3), at('2020-03', 16.1), at('2020-06', 15.2)];

  test('follows the line through this year’s reports, month by month from the latest report', () => {
    const projection = projectCycle(highValue, '2020-06', '2020-12');

    // Falling 0.3 a month from 15.2 in June: 14.9 in July … 13.4 in December.
    expect(projection?.method).toBe('linear-trend');
    expect(projection?.basis).toEqual(['2020-03', '2020-06']);
    expect(projection?.period).toBe('2020-12');
    expect(projection?.path.map((point) => point.period)).toEqual(['2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12']);
    const expected = [15.2, 14.9, 14.6, 14.3, 14.0, 13.7, 13.4];
    projection?.path.forEach((point, index) => expect(point.value).toBeCloseTo(expected[index] ?? Number.NaN, 9));
    expect(projection?.value).toBeCloseTo(13.4, 9);
  });

  test('the dashed line starts at the latest report’s own value, not at the fitted line', () => {
    // Three reports not on one line: the fit passes 15.17 at June, but the path starts at 15.0.
    const projection = projectCycle([at('2020-02', 16), at('2020-04', 16), at('2020-06', 15)], '2020-06', '2020-12');

    // Least squares through (0, 16), (2, 16), (4, 15): slope −0.25, intercept 16.1667.
    expect(projection?.path[0]).toEqual({ period: '2020-06', value: 15 });
    expect(projection?.path[1]?.value).toBeCloseTo(16 + 1 / 6 - 0.25 * 5, 9);
    expect(projection?.value).toBeCloseTo(16 + 1 / 6 - 0.25 * 10, 9);
  });

  test('only the six latest reports of the year shape the trend', () => {
    // January and February’s 9 months would pull the line down steeply; from March the cycle is flat.
    const trademark = months(2020, [9, 9, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5]);
    const projection = projectCycle(trademark, '2020-08', '2020-12');

    expect(projection?.basis).toEqual(['2020-03', '2020-04', '2020-05', '2020-06', '2020-07', '2020-08']);
    expect(projection?.value).toBeCloseTo(4.5, 9);
  });

  test('January’s report counts: the trend of a year can start with its first month', () => {
    // The trademark cycle at 4.7 months in January and 4.6 in February (made-up points): −0.1 a month, 3.6 by December.
    const projection = projectCycle([at('2019-12', 4.5), at('2020-01', 4.7), at('2020-02', 4.6)], '2020-02', '2020-12');

    expect(projection?.basis).toEqual(['2020-01', '2020-02']);
    expect(projection?.value).toBeCloseTo(3.6, 9);
  });

  test('reports after the as-of month are not seen', () => {
    const projection = projectCycle([...highValue, at('2020-09', 20)], '2020-06', '2020-12');

    expect(projection?.basis).toEqual(['2020-03', '2020-06']);
    expect(projection?.value).toBeCloseTo(13.4, 9);
  });

  test('a single report of the year is carried forward flat', () => {
    const projection = projectCycle([at('2019-12', 17.3), at('2020-06', 15.2)], '2020-09', '2020-12');

    expect(projection?.method).toBe('flat');
    expect(projection?.path).toEqual([
      { period: '2020-06', value: 15.2 },
      { period: '2020-07', value: 15.2 },
      { period: '2020-08', value: 15.2 },
      { period: '2020-09', value: 15.2 },
      { period: '2020-10', value: 15.2 },
      { period: '2020-11', value: 15.2 },
      { period: '2020-12', value: 15.2 },
    ]);
    expect(projection?.value).toBe(15.2);
  });

  test('two reports in the same month draw no slope', () => {
    // Not a feed the parser lets through (a repeated period), but the fit must not divide by zero.
    const projection = projectCycle([at('2020-06', 15.2), at('2020-06', 15.2)], '2020-06', '2020-12');

    expect(projection?.value).toBe(15.2);
  });

  test('a steep fall is held above zero months: a year-to-date average cannot reach 0', () => {
    // Falling 5 a month from 16: the line would cross zero in September.
    const projection = projectCycle([at('2020-05', 16), at('2020-06', 11)], '2020-06', '2020-12');

    expect(projection?.path[1]?.value).toBeCloseTo(6, 9);
    expect(projection?.path[2]?.value).toBeCloseTo(1, 9);
    expect(projection?.path.slice(3).map((point) => point.value)).toEqual([0.1, 0.1, 0.1, 0.1]);
    expect(projection?.value).toBe(0.1);
  });

  test('nothing is projected before the year’s first report, or once December is reported', () => {
    expect(projectCycle([at('2019-12', 17.3)], '2020-06', '2020-12')).toBeNull();
    expect(projectCycle([...highValue, at('2020-12', 14)], '2020-12', '2020-12')).toBeNull();
  });
});

describe('a monthly flow’s projected year', () => {
  test('as of June 2020 it scales the year so far by the share 2019 had reached by June', () => {
    const projection = projectFlow(PLEDGE, '2020-06');

    // 853 over 2019's 588 of 1515: 853 × 1515 / 588 = 2197.68, +45.07% over 1515.
    expect(projection?.method).toBe('seasonal-profile');
    expect(projection?.period).toBe('2020-12');
    expect(projection?.total).toBeCloseTo((853 * 1515) / 588, 9);
    expect(projection?.growthPercent).toBeCloseTo((853 / 588 - 1) * 100, 9);
    expect(projection?.previousShare).toBeCloseTo(588 / 1515, 12);
    // Each month to come is last year's same month grown by 853 / 588.
    expect(projection?.months.map((month) => month.period)).toEqual(['2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12']);
    expect(projection?.months[0]?.value).toBeCloseTo((150 * 853) / 588, 9);
    expect(projection?.months[5]?.value).toBeCloseTo((152 * 853) / 588, 9);
  });

  test('without a complete previous year it runs the monthly average on to December', () => {
    const projection = projectFlow(PLEDGE_2020, '2020-03');

    // 337 in three months: 112.33 a month, 1348 for the year; no year to grow from.
    expect(projection?.method).toBe('run-rate');
    expect(projection?.total).toBeCloseTo(1348, 9);
    expect(projection?.growthPercent).toBeNull();
    expect(projection?.previousShare).toBeNull();
    expect(projection?.months).toHaveLength(9);
    expect(projection?.months[0]).toEqual({ period: '2020-04', value: 337 / 3 });
  });

  test('a previous year with nothing registered by the same month gives no profile: a run-rate, with growth over that year', () => {
    const lateStart = [...months(2019, [0, 0, 0, 96, 98, 102, 150, 160, 165, 170, 130, 152]), ...PLEDGE_2020];
    const projection = projectFlow(lateStart, '2020-03');

    // 2019 totals 1223; 1348 over it is +10.22%.
    expect(projection?.method).toBe('run-rate');
    expect(projection?.total).toBeCloseTo(1348, 9);
    expect(projection?.growthPercent).toBeCloseTo((1348 / 1223 - 1) * 100, 9);
  });

  test('with last year’s first half but not its whole year, there is no profile: H1 2020’s 853 runs on to 1706', () => {
    const projection = projectFlow([...PLEDGE_2019.slice(0, 6), ...PLEDGE_2020.slice(0, 6)], '2020-06');

    // 853 in six months, 142.17 a month: 1706 for the year, and no 2019 total to grow from.
    expect(projection?.method).toBe('run-rate');
    expect(projection?.total).toBeCloseTo(1706, 9);
    expect(projection?.growthPercent).toBeNull();
  });

  test('a month missing so far, or December itself, projects nothing', () => {
    expect(projectFlow(PLEDGE.filter((o) => o.period !== '2020-02'), '2020-06')).toBeNull();
    expect(projectFlow(PLEDGE, '2020-12')).toBeNull();
  });
});

describe('a cumulative series’ projected year', () => {
  test('with last year’s checkpoint for the same month, the year scales by last year’s share', () => {
    // 2019's derived H1 588 of 1515; 2020 H1 853, no growth stated: 853 ÷ (588 / 1515).
    const projection = projectCumulative([at('2019-06', 588), at('2019-12', 1515), at('2020-06', 853)], '2020-06');

    expect(projection?.method).toBe('seasonal-profile');
    expect(projection?.total).toBeCloseTo((853 * 1515) / 588, 9);
    expect(projection?.previousShare).toBeCloseTo(588 / 1515, 12);
    expect(projection?.growthPercent).toBeCloseTo((853 / 588 - 1) * 100, 9);
    expect(projection?.months).toEqual([{ period: '2020-12', value: projection?.total }]);
  });

  test('last year’s total of zero, or no same-month figure, falls back to the run-rate', () => {
    // 853 in six months: 1706 for the year.
    const zeroYear = projectCumulative([at('2019-06', 0), at('2019-12', 0), at('2020-06', 853)], '2020-06');
    expect(zeroYear).toMatchObject({ method: 'run-rate', total: 1706, growthPercent: null, previousShare: null });
    expect(zeroYear?.months).toEqual([{ period: '2020-12', value: 1706 }]);

    const zeroHalf = projectCumulative([at('2019-06', 0), at('2019-12', 1515), at('2020-06', 853)], '2020-06');
    expect(zeroHalf?.method).toBe('run-rate');
    expect(zeroHalf?.growthPercent).toBeCloseTo((1706 / 1515 - 1) * 100, 9);

    const noHalf = projectCumulative([at('2019-12', 1515), at('2020-06', 853)], '2020-06');
    expect(noHalf?.method).toBe('run-rate');
    expect(noHalf?.total).toBe(1706);
  });

  test('a checkpoint with the publisher’s growth but no total for last year runs on from the checkpoint (H1 2020: 853 → 1706)', () => {
    const projection = projectCumulative([at('2020-06', 853, 45)], '2020-06');

    expect(projection).toMatchObject({ method: 'run-rate', total: 1706, growthPercent: null, previousShare: null });
  });

  test('last year’s total of zero gives no profile even when this year’s growth is published', () => {
    // Growth over a zero year has no share to scale by: 853 in six months runs on to 1706.
    const projection = projectCumulative([at('2019-12', 0), at('2020-06', 853, 45)], '2020-06');

    expect(projection).toMatchObject({ method: 'run-rate', total: 1706, growthPercent: null });
  });
});
