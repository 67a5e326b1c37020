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
