import { expect, test } from 'vitest';
import { FIXTURE_SERIES } from '../../mocks/fixtures';
import { buildDetailRows } from '../kpi/detail-rows';
import { evaluateKpi } from '../kpi/evaluate-kpi';
import { builtInDefinition } from '../feed/built-in-catalogue';
import type { Observation } from '../kpi/observation';
import { chartCsvTable } from './chart-csv';
import { parseCsv, toCsv } from './csv';

const pledge = builtInDefinition('ip-pledge-financing');
const highValue = builtInDefinition('high-value-patent-review-cycle');
const series = (id: 'ip-pledge-financing' | 'high-value-patent-review-cycle'): Observation[] =>
  FIXTURE_SERIES[id].map(({ period, value }) => ({ period, value, isProvisional: false }));

test('quarters cut by the range say how many of their months they hold', () => {
  const observations = series('ip-pledge-financing');
  const evaluation = evaluateKpi(pledge, observations, '2020-07');
  const rows = buildDetailRows(pledge, observations, evaluation, 'quarter', '2020-02', '2020-07');
  const [header, ...body] = parseCsv(toCsv(chartCsvTable(pledge, rows, 'en')));
  expect(header?.slice(0, 3)).toEqual(['Period', 'Months in period', 'Value']);
  expect(body.map((cells) => cells.slice(0, 2))).toEqual([
    ['2020-Q1', '2'],
    ['2020-Q2', '3'],
    ['2020-Q3', '1'],
  ]);
  // Q2 is whole: its value is the published H1 minus the published Q1, 853 − 337.
  expect(body[1]?.[2]).toBe('516');
});

test('a gap to target is written as the decimal it is', () => {
  const observations = series('high-value-patent-review-cycle');
  const evaluation = evaluateKpi(highValue, observations, '2020-12');
  const rows = buildDetailRows(highValue, observations, evaluation, 'month', '2020-06', '2020-06');
  const [header, june] = parseCsv(toCsv(chartCsvTable(highValue, rows, 'en')));
  const gapColumn = header?.indexOf('Gap to target (months)') ?? -1;
  // The published 15.2 months against the 16-month target.
  expect(june?.[gapColumn]).toBe('-0.8');
});

// ---------------------------------------------------------------------------------------------
// Contract v2: checkpoints, the publisher's growth and sources in the file

const checkpoint = (period: string, value: number, growthPct: number | null, source: Observation['source']): Observation => ({
  period,
  value,
  isProvisional: false,
  ...(growthPct === null ? {} : { growthPct }),
  source,
});
const PEOPLE = { title: '人民网', url: 'https://ip.people.com.cn/n1/2020/0709/c136655-31777435.html', publishedOn: '2020-07-09' };
const PLEDGE_CHECKPOINTS: Observation[] = [
  checkpoint('2019-12', 1515, 23.8, { title: '经济日报', url: null, publishedOn: '2020-01-14' }),
  checkpoint('2020-03', 337, 15.5, { title: 'CNIPA Q1 2020 briefing', url: null, publishedOn: null }),
  checkpoint('2020-06', 853, 45, PEOPLE),
  checkpoint('2020-12', 2180, null, null),
];
const cumulative = { ...pledge, measure: 'ytd-cumulative' as const };

function csvOf(definition: typeof pledge, observations: Observation[], asOf: string, from: string, to: string) {
  const evaluation = evaluateKpi(definition, observations, asOf);
  const rows = buildDetailRows(definition, observations.filter((o) => o.period <= asOf), evaluation, 'month', from, to);
  const [header = [], ...body] = parseCsv(toCsv(chartCsvTable(definition, rows, 'en')));
  const cell = (period: string, column: string) => body.find((cells) => cells[0] === period)?.[header.indexOf(column)];
  return { header, body, cell };
}

test('a checkpointed CSV has one row per published checkpoint, each citing its source', () => {
  const { body, cell } = csvOf(cumulative, PLEDGE_CHECKPOINTS, '2020-12', '2020-01', '2020-12');

  expect(body.map((cells) => cells[0])).toEqual(['2020-03', '2020-06', '2020-12']);
  expect(cell('2020-06', 'Value')).toBe('853');
  expect(cell('2020-06', 'Source')).toBe('人民网');
  expect(cell('2020-06', 'Published on')).toBe('2020-07-09');
  expect(cell('2020-06', 'Source URL')).toBe(PEOPLE.url);
  expect(cell('2020-03', 'Published on')).toBe('');
  expect(cell('2020-12', 'Source')).toBe('');
});

test('the growth column says whose figure it is: the publisher’s, or computed from last year’s checkpoint', () => {
  const { cell } = csvOf(cumulative, PLEDGE_CHECKPOINTS, '2020-12', '2020-01', '2020-12');

  expect(cell('2020-06', 'Year-to-date growth (%)')).toBe('45');
  expect(cell('2020-06', 'Growth basis')).toBe('as published');
  // 2020-12 states no growth: 2180 over December 2019's 1515 is +43.89…%, written as shown: 43.9.
  expect(cell('2020-12', 'Year-to-date growth (%)')).toBe('43.9');
  expect(cell('2020-12', 'Growth basis')).toBe('computed');
  // The gap is against the growth target, in points: 45 − 20.
  expect(cell('2020-06', 'Gap to target (percentage points)')).toBe('25');
});

test('a level target is written as a level, with the gap in the KPI’s unit', () => {
  const level = { ...cumulative, targets: [{ year: 2020, setIn: 2020, kind: 'at-least' as const, value: 2000, source: { title: { 'zh-CN': '测', en: 'T' }, url: null, quote: null }, isDerived: false }] };
  const { header, cell } = csvOf(level, PLEDGE_CHECKPOINTS, '2020-12', '2020-01', '2020-12');

  expect(header).toContain('Target (level)');
  expect(cell('2020-12', 'Target (level)')).toBe('2000');
  expect(cell('2020-12', 'Gap to target')).toBe('180');
});

test('a v1 feed without sources gets no source columns', () => {
  const { header } = csvOf(pledge, series('ip-pledge-financing'), '2020-12', '2020-01', '2020-12');

  expect(header).not.toContain('Source');
  expect(header).not.toContain('Growth basis');
});
