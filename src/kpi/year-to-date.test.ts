import { expect, test } from 'vitest';
import { FIXTURE_SERIES } from '../../mocks/fixtures';
import type { Observation } from './observation';
import { periodRange } from './period';
import { valuesByPeriod, yearToDate, ytdGrowthByPeriod } from './year-to-date';

const PLEDGE: Observation[] = FIXTURE_SERIES['ip-pledge-financing'].map(({ period, value }) => ({ period, value, isProvisional: false }));

// Rounded to 9 decimals: the one-pass series adds floats, yearToDate adds exactly.
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e9) / 1e9;
}

test('the one-pass growth series agrees with the year-to-date figure of every month', () => {
  const periods = periodRange('2017-01', '2020-12');
  const series = ytdGrowthByPeriod(valuesByPeriod(PLEDGE), periods);
  const expected = periods.map((period) => [period, round(yearToDate(PLEDGE, period).growthPercent)]);
  const actual = periods.map((period) => [period, round(series.get(period) ?? null)]);
  expect(actual).toEqual(expected);
  // 2017 has no previous year in the fixtures; 2018 onwards does.
  expect(series.get('2017-06')).toBeNull();
  expect(series.get('2020-03')).not.toBeNull();
});

test('a missing month leaves the rest of that year without growth', () => {
  const withGap = PLEDGE.filter((o) => o.period !== '2020-02');
  const series = ytdGrowthByPeriod(valuesByPeriod(withGap), periodRange('2020-01', '2020-12'));
  expect(series.get('2020-01')).not.toBeNull();
  expect(series.get('2020-02')).toBeNull();
  expect(series.get('2020-12')).toBeNull();
});
