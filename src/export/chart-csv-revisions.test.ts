import { expect, test } from 'vitest';
import { builtInDefinition } from '../feed/built-in-catalogue';
import { parseObservationsResponse } from '../feed/observations-schema';
import { buildDetailRows } from '../kpi/detail-rows';
import { evaluateKpi } from '../kpi/evaluate-kpi';
import { asKnownOn, noteRevisions } from '../kpi/vintages';
import { chartCsvTable } from './chart-csv';
import { parseCsv, toCsv } from './csv';

// A CSV keeps the figure a revision replaced beside the current one, and a replay says which day
// it replays, so a figure taken from the file can be traced to the publication it came from.

const highValue = builtInDefinition('high-value-patent-review-cycle');
// H1 2020 first published on 2020-07-15 as 15.2 months (provisional), revised on 2020-08-14 to 15.4.
const observations = parseObservationsResponse(highValue, {
  kpiId: highValue.id,
  unit: 'months',
  observations: [
    { period: '2020-03', value: 15.9, source: { title: 'Q1', publishedOn: '2020-04-21' } },
    { period: '2020-06', value: 15.2, provisional: true, source: { title: 'H1 first', publishedOn: '2020-07-15' } },
    { period: '2020-06', value: 15.4, source: { title: 'H1 revised', publishedOn: '2020-08-14' } },
  ],
});

function csvOf(series: typeof observations, locale: 'en' | 'zh-CN', knownOn: string | null = null) {
  const evaluation = evaluateKpi(highValue, series, '2020-06');
  const rows = buildDetailRows(highValue, series, evaluation, 'month', '2020-03', '2020-06');
  const [header = [], ...body] = parseCsv(toCsv(chartCsvTable(highValue, rows, locale, { knownOn })));
  const column = (name: string) => header.indexOf(name);
  return { header, body, column };
}

test('a revised month carries the value it replaced and the day it was revised; an unrevised one leaves both empty', () => {
  const { body, column } = csvOf(observations, 'en');
  const june = body.find((cells) => cells[0] === '2020-06');
  const march = body.find((cells) => cells[0] === '2020-03');

  expect(june?.[column('Value')]).toBe('15.4');
  expect(june?.[column('Value before revision')]).toBe('15.2');
  expect(june?.[column('Revised on')]).toBe('2020-08-14');
  expect(march?.[column('Value before revision')]).toBe('');
  expect(march?.[column('Revised on')]).toBe('');
});

test('a change seen between two refreshes is dated by when the page saw it, in ISO 8601', () => {
  const seenAt = Date.UTC(2020, 7, 20, 9, 30);
  const refreshed = noteRevisions(observations, observations.map((observation) => (observation.period === '2020-03' ? { ...observation, value: 16.1 } : observation)), seenAt);
  const { body, column } = csvOf(refreshed, 'en');
  const march = body.find((cells) => cells[0] === '2020-03');

  expect(march?.[column('Value')]).toBe('16.1');
  expect(march?.[column('Value before revision')]).toBe('15.9');
  expect(march?.[column('Revised on')]).toBe('2020-08-20T09:30:00.000Z');
});

test('a replay writes the day it replays on every row, and the figures as then published, without revision columns', () => {
  const { header, body, column } = csvOf(asKnownOn(observations, '2020-07-31').observations, 'zh-CN', '2020-07-31');

  expect(header).toContain('已知日期');
  expect(header).not.toContain('修订前数值');
  expect(body.map((cells) => [cells[0], cells[column('数值')], cells[column('已知日期')]])).toEqual([
    ['2020-03', '15.9', '2020-07-31'],
    ['2020-06', '15.2', '2020-07-31'],
  ]);
});

test('without revisions or a replay the CSV has none of their columns', () => {
  const { header } = csvOf(asKnownOn(observations, '2020-05-01').observations, 'en');

  expect(header).not.toContain('Value before revision');
  expect(header).not.toContain('Known on');
});
