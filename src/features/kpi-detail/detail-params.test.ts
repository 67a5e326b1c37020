import { expect, test } from 'vitest';
import { readDetailParams } from './detail-params';

const read = (search: string) => readDetailParams(new URLSearchParams(search), '2017-01', '2020-12');

test('without parameters the view shows the latest data year by month, sorted by period', () => {
  expect(read('')).toEqual({
    from: '2020-01',
    to: '2020-12',
    granularity: 'month',
    hasPreviousYear: false,
    sort: { column: 'period', direction: 'asc' },
    asOf: null,
    problems: [],
  });
});

test('every parameter of a good link is used', () => {
  expect(read('from=2018-03&to=2019-06&granularity=quarter&prev=1&sort=value:desc&asOf=2019-06')).toEqual({
    from: '2018-03',
    to: '2019-06',
    granularity: 'quarter',
    hasPreviousYear: true,
    sort: { column: 'value', direction: 'desc' },
    asOf: '2019-06',
    problems: [],
  });
});

test('each bad parameter is named and replaced by its default, the others are kept', () => {
  expect(read('from=2018-03&to=2019-06&granularity=week&prev=yes&sort=value:up&asOf=June')).toEqual({
    from: '2018-03',
    to: '2019-06',
    granularity: 'month',
    hasPreviousYear: false,
    sort: { column: 'period', direction: 'asc' },
    asOf: null,
    problems: [
      { name: 'granularity', value: 'week' },
      { name: 'prev', value: 'yes' },
      { name: 'sort', value: 'value:up' },
      { name: 'asOf', value: 'June' },
    ],
  });
});

test('a bad start month falls back to the default year, and a range that then runs backwards is reported too', () => {
  expect(read('from=2018-13&to=2019-06')).toMatchObject({
    from: '2020-01',
    to: '2020-12',
    problems: [
      { name: 'from', value: '2018-13' },
      { name: 'from', value: '2020-01 > 2019-06' },
    ],
  });
});

test('a 500,000-character parameter is quoted in 60 characters', () => {
  const { problems } = read(`granularity=${'q'.repeat(500_000)}`);
  expect(problems).toEqual([{ name: 'granularity', value: `${'q'.repeat(59)}…` }]);
});
