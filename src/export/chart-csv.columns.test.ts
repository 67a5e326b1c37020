import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatEstimateNumber, formatGrowth } from '../i18n/format';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import type { CsvCell } from './csv';
import { chartCsvTable } from './chart-csv';
import { chartRow } from '../../tests/kpi-builders';

const bilingual = { 'zh-CN': '测试', en: 'Test' };
function kpi(partial: Partial<KpiDefinition>): KpiDefinition {
  return { id: 'test-kpi', unit: 'cny-100m', measure: 'monthly-flow', direction: 'higher-is-better', name: bilingual, definition: bilingual, targets: [], baselines: [], events: [], ...partial };
}
const pledge = kpi({ id: 'ip-pledge-financing' });
const cumulativePledge = kpi({ id: 'ip-pledge-financing', measure: 'ytd-cumulative' });
const highValue = kpi({ id: 'high-value-patent-review-cycle', unit: 'months', measure: 'ytd-average', direction: 'lower-is-better' });

const row = chartRow;

/** The table as a reader looks it up: a cell by period and column heading (`undefined`: no such column). */
function read(table: { header: readonly string[]; rows: readonly (readonly CsvCell[])[] }) {
  // Every row has a cell under every heading, no more and no fewer.
  for (const cells of table.rows) expect(cells).toHaveLength(table.header.length);
  return {
    header: table.header,
    periods: table.rows.map((cells) => cells[0]),
    cell: (period: string, column: string): CsvCell | undefined => {
      const index = table.header.indexOf(column);
      return index === -1 ? undefined : table.rows.find((cells) => cells[0] === period)?.[index];
    },
  };
}

describe('the target column says what kind of target it holds', () => {
  test('a review cycle’s at-most target is headed as a ceiling in months', () => {
    const { header, cell } = read(chartCsvTable(highValue, [row('2020-06', { value: 15.2, target: 16, targetKind: 'at-most' })], 'en'));

    expect(header).toEqual(['Period', 'Value', 'Unit', 'Target (at most, months)', 'Gap to target (months)', 'Provisional', 'Projection (not data)']);
    expect(cell('2020-06', 'Unit')).toBe('months');
    expect(cell('2020-06', 'Gap to target (months)')).toBe(-0.8);
  });

  test('months without a target beside months with a growth target keep the growth heading', () => {
    // 2019 had no pledge target; 2020's was +20%.
    const rows = [row('2019-12', { value: 152 }), row('2020-03', { value: 137, target: 20, targetKind: 'growth-at-least', ytdGrowthPercent: 15.41 })];
    const { header } = read(chartCsvTable(pledge, rows, 'en'));

    expect(header).toContain('Target (full-year growth, %)');
    expect(header).toContain('Gap to target (percentage points)');
  });

  test('months without a target beside a review cycle’s ceiling keep the ceiling heading', () => {
    const rows = [row('2019-12', { value: 17.3 }), row('2020-06', { value: 15.2, target: 16, targetKind: 'at-most' })];

    expect(read(chartCsvTable(highValue, rows, 'en')).header).toContain('Target (at most, months)');
  });

  test('an at-most target on an amount is a plain level', () => {
    const { header } = read(chartCsvTable(pledge, [row('2020-06', { value: 853, target: 900, targetKind: 'at-most' })], 'en'));

    expect(header).toContain('Target (level)');
    expect(header).toContain('Gap to target');
  });

  test('a range holding a growth target and a level target is headed as a level', () => {
    // 2023's +10% and the ≥ 3200 亿元 by 2025 on one chart.
    const rows = [row('2023-12', { value: 8539.9, target: 10, targetKind: 'growth-at-least', ytdGrowthPercent: 75.4 }), row('2024-09', { value: 7922.3, target: 3200, targetKind: 'at-least' })];
    const { header, cell } = read(chartCsvTable(cumulativePledge, rows, 'en'));

    expect(header).toContain('Target (level)');
    expect(header).not.toContain('Target (full-year growth, %)');
    expect(cell('2024-09', 'Gap to target')).toBe(4722.3);
  });

  test('a range holding an at-most and an at-least target is headed as a level too', () => {
    const rows = [row('2020-06', { value: 15.2, target: 16, targetKind: 'at-most' }), row('2021-06', { value: 13.4, target: 12, targetKind: 'at-least' })];

    expect(read(chartCsvTable(highValue, rows, 'en')).header).toContain('Target (level)');
  });

  test('a range without any target is headed as a level, its target and gap cells empty', () => {
    const { header, cell } = read(chartCsvTable(highValue, [row('2019-12', { value: 17.3 })], 'en'));

    expect(header).toContain('Target (level)');
    expect(cell('2019-12', 'Target (level)')).toBeNull();
    expect(cell('2019-12', 'Gap to target')).toBeNull();
  });

  test('a growth target’s gap is the year-to-date growth minus the target, in points; none without the growth', () => {
    const rows = [row('2020-03', { value: 337, target: 20, targetKind: 'growth-at-least', ytdGrowthPercent: 15.5 }), row('2020-04', { value: 160, target: 20, targetKind: 'growth-at-least' })];
    const { header, cell } = read(chartCsvTable(pledge, rows, 'en'));

    expect(header).toContain('Target (full-year growth, %)');
    expect(cell('2020-03', 'Gap to target (percentage points)')).toBe(-4.5);
    expect(cell('2020-04', 'Gap to target (percentage points)')).toBeNull();
  });
});

describe('which rows and columns the file holds', () => {
  test('a month with neither a value nor a projection is left out', () => {
    const rows = [row('2020-01', { value: 120 }), row('2020-02'), row('2020-03', { projection: 140 })];

    expect(read(chartCsvTable(pledge, rows, 'en')).periods).toEqual(['2020-01', '2020-03']);
  });

  test('an amount has a year-to-date growth column; a review cycle has none', () => {
    const flow = read(chartCsvTable(pledge, [row('2020-03', { value: 137, ytdGrowthPercent: 15.41 })], 'en'));
    expect(flow.header).toEqual(['Period', 'Value', 'Unit', 'Target (level)', 'Gap to target', 'Year to date', 'Year-to-date growth (%)', 'Provisional', 'Projection (not data)']);
    // Written as the card shows it: +15.4%.
    expect(flow.cell('2020-03', 'Year-to-date growth (%)')).toBe(15.4);
    expect(flow.cell('2020-03', 'Unit')).toBe('CNY 100 million');

    const cycle = read(chartCsvTable(highValue, [row('2020-06', { value: 15.2 })], 'en'));
    expect(cycle.header).not.toContain('Year-to-date growth (%)');
    expect(cycle.header).not.toContain('Growth basis');
  });

  test('the growth basis column appears once a growth is the publisher’s, and is empty where there is no growth', () => {
    const rows = [
      row('2020-03', { value: 337, ytdGrowthPercent: 15.5, growthSource: 'published' }),
      row('2020-12', { value: 2180, ytdGrowthPercent: 43.9, growthSource: 'computed' }),
      row('2021-03', { value: 500 }),
    ];
    const { cell } = read(chartCsvTable(cumulativePledge, rows, 'en'));

    expect(cell('2020-03', 'Growth basis')).toBe('as published');
    expect(cell('2020-12', 'Growth basis')).toBe('computed');
    expect(cell('2021-03', 'Growth basis')).toBeNull();
  });

  test('a review cycle gets no growth basis column even when a row says whose growth it is', () => {
    const { header } = read(chartCsvTable(highValue, [row('2020-06', { value: 15.2, ytdGrowthPercent: 3, growthSource: 'published' })], 'en'));

    expect(header).not.toContain('Growth basis');
  });

  test('whole months, quarters and years get no months-in-period column', () => {
    const { header } = read(chartCsvTable(pledge, [row('2020-Q1', { value: 337 }), row('2020', { value: 2180 })], 'en'));

    expect(header).not.toContain('Months in period');
  });

  test('next to a cut quarter, whole quarters count 3 months and whole years 12', () => {
    const quarters = read(chartCsvTable(pledge, [row('2020-Q1', { value: 217, partialMonths: 2 }), row('2020-Q2', { value: 516 })], 'en'));
    expect(quarters.cell('2020-Q1', 'Months in period')).toBe(2);
    expect(quarters.cell('2020-Q2', 'Months in period')).toBe(3);

    const years = read(chartCsvTable(pledge, [row('2019', { value: 1515 }), row('2020', { value: 853, partialMonths: 6 })], 'en'));
    expect(years.cell('2019', 'Months in period')).toBe(12);
    expect(years.cell('2020', 'Months in period')).toBe(6);
  });

  test('the previous-year and period-growth columns are written only when asked for', () => {
    const rows = [row('2020-Q1', { value: 337, previousYearValue: 292, periodGrowthPercent: 15.41 })];
    const plain = read(chartCsvTable(pledge, rows, 'en'));
    expect(plain.header).not.toContain('Same period a year earlier');
    expect(plain.header).not.toContain('Growth on the same period a year earlier (%)');

    const compared = read(chartCsvTable(pledge, rows, 'en', { hasPreviousYear: true, hasPeriodGrowth: true }));
    expect(compared.header).toEqual([
      'Period', 'Value', 'Unit', 'Target (level)', 'Gap to target', 'Year to date', 'Year-to-date growth (%)',
      'Growth on the same period a year earlier (%)', 'Same period a year earlier', 'Provisional', 'Projection (not data)',
    ]);
    expect(compared.cell('2020-Q1', 'Same period a year earlier')).toBe(292);
    expect(compared.cell('2020-Q1', 'Growth on the same period a year earlier (%)')).toBe(15.4);
  });

  test('with the previous year shown, a period reported only a year earlier keeps its row', () => {
    const rows = [row('2021-01', { previousYearValue: 120 }), row('2021-02')];

    expect(read(chartCsvTable(pledge, rows, 'en', { hasPreviousYear: true })).periods).toEqual(['2021-01']);
    expect(read(chartCsvTable(pledge, rows, 'en')).periods).toEqual([]);
  });
});

describe('what a row says about its figure', () => {
  test('a reported figure says whether it is provisional and carries no projection', () => {
    const rows = [row('2020-11', { value: 236, isProvisional: true, projection: 250 }), row('2020-10', { value: 216 })];
    const { cell } = read(chartCsvTable(pledge, rows, 'en'));

    expect(cell('2020-11', 'Provisional')).toBe('yes');
    expect(cell('2020-11', 'Projection (not data)')).toBeNull();
    expect(cell('2020-10', 'Provisional')).toBe('no');
  });

  test('a projected month has an empty value and provisional cell, and its projection', () => {
    const { cell } = read(chartCsvTable(pledge, [row('2020-12', { projection: 261.1, isProvisional: true })], 'en'));

    expect(cell('2020-12', 'Value')).toBeNull();
    expect(cell('2020-12', 'Provisional')).toBeNull();
    // A projection is written at an estimate's precision, whole 亿元, as the card and table show it.
    expect(cell('2020-12', 'Projection (not data)')).toBe(261);
  });

  test('a source is cited only beside a reported figure', () => {
    const people = { title: '人民网', url: 'https://ip.people.com.cn/n1/2020/0709/c136655-31777435.html', publishedOn: '2020-07-09' };
    const rows = [row('2020-06', { value: 853, source: people }), row('2020-12', { projection: 2197.7, source: people }), row('2020-03', { value: 337 })];
    const { header, cell } = read(chartCsvTable(cumulativePledge, rows, 'en'));

    expect(header.slice(-3)).toEqual(['Source', 'Published on', 'Source URL']);
    expect(cell('2020-06', 'Source')).toBe('人民网');
    expect(cell('2020-06', 'Published on')).toBe('2020-07-09');
    expect(cell('2020-06', 'Source URL')).toBe(people.url);
    expect(cell('2020-12', 'Source')).toBeNull();
    expect(cell('2020-12', 'Source URL')).toBeNull();
    expect(cell('2020-03', 'Source')).toBeNull();
  });

  test('a source known only for a projected month adds no source columns', () => {
    const rows = [row('2020-06', { value: 853 }), row('2020-12', { projection: 2197.7, source: { title: '人民网', url: null, publishedOn: null } })];

    expect(read(chartCsvTable(cumulativePledge, rows, 'en')).header).not.toContain('Source');
  });

  test('a figure with no source of its own is credited to where the whole table came from; sample data says it is sample data', () => {
    const people = { title: '人民网', url: 'https://ip.people.com.cn/n1/2020/0709/c136655-31777435.html', publishedOn: '2020-07-09' };
    const rows = [row('2020-06', { value: 853, source: people }), row('2020-03', { value: 337 }), row('2020-12', { projection: 2197.7 })];
    const cited = read(chartCsvTable(cumulativePledge, rows, 'en', { dataSource: 'feed.example.org' }));

    expect(cited.cell('2020-06', 'Source')).toBe('人民网');
    expect(cited.cell('2020-03', 'Source')).toBe('feed.example.org');
    expect(cited.cell('2020-03', 'Source URL')).toBeNull();
    // A projection is no figure from anywhere.
    expect(cited.cell('2020-12', 'Source')).toBeNull();

    // Without any source of a figure's own, one column names where the table came from.
    const sample = read(chartCsvTable(highValue, [row('2020-06', { value: 15.2 }), row('2020-07', { value: 15.0 })], 'zh-CN', { dataSource: '样例数据（非实时数据源）' }));
    expect(sample.header.filter((heading) => heading.startsWith('来源'))).toEqual(['来源']);
    expect(sample.cell('2020-06', '来源')).toBe('样例数据（非实时数据源）');
    expect(sample.cell('2020-07', '来源')).toBe('样例数据（非实时数据源）');
  });

  test('headings and words are in the page’s language', () => {
    const { header, cell } = read(chartCsvTable(highValue, [row('2020-06', { value: 15.2, target: 16, targetKind: 'at-most', isProvisional: true })], 'zh-CN'));

    expect(header).toEqual(['期间', '数值', '单位', '目标（上限，个月）', '距目标（个月）', '初步数据', '预测值（非实际数据）']);
    expect(cell('2020-06', '单位')).toBe('个月');
    expect(cell('2020-06', '初步数据')).toBe('是');
  });
});

describe('the context a file keeps in its columns', () => {
  test('monthly pledge amounts carry the year-to-date total: the exact sum of the year’s months so far (100.9 + 74.3 = 175.2, then 292)', () => {
    const rows = [row('2020-01', { value: 100.9 }), row('2020-02', { value: 74.3 }), row('2020-03', { value: 116.8 })];
    const { cell } = read(chartCsvTable(pledge, rows, 'en'));
    expect(cell('2020-01', 'Year to date')).toBe(100.9);
    expect(cell('2020-02', 'Year to date')).toBe(175.2);
    expect(cell('2020-03', 'Year to date')).toBe(292);
  });

  test('a year whose rows start after January, or miss a month, has no year-to-date total (it would leave months out); the next year starts afresh', () => {
    const rows = [row('2019-11', { value: 150 }), row('2019-12', { value: 170 }), row('2020-01', { value: 120 }), row('2020-02', {}), row('2020-03', { value: 90 })];
    const { cell } = read(chartCsvTable(pledge, rows, 'en'));
    expect(cell('2019-12', 'Year to date')).toBeNull();
    expect(cell('2020-01', 'Year to date')).toBe(120);
    expect(cell('2020-03', 'Year to date')).toBeNull();
  });

  test('quarters add up like months; a review cycle has no total', () => {
    const quarters = read(chartCsvTable(pledge, [row('2020-Q1', { value: 337 }), row('2020-Q2', { value: 516 })], 'en'));
    expect(quarters.cell('2020-Q2', 'Year to date')).toBe(853);
    expect(read(chartCsvTable(highValue, [row('2020-06', { value: 15.2 })], 'en')).header).not.toContain('Year to date');
  });

  test('every row names the month the figures are judged as of, when the view has one', () => {
    const rows = [row('2020-05', { value: 15.5 }), row('2020-06', { value: 15.2 })];
    const table = read(chartCsvTable(highValue, rows, 'zh-CN', { asOf: '2020-06' }));
    expect(table.header.at(-1)).toBe('数据截至');
    expect(table.cell('2020-05', '数据截至')).toBe('2020-06');
    expect(read(chartCsvTable(highValue, rows, 'en')).header).not.toContain('As of');
  });

  test('property: a growth or projection cell, read back, is the number the table shows (one decimal for growth and cycle projections, whole 亿元 for amounts)', () => {
    fc.assert(
      fc.property(fc.double({ min: -99, max: 1000, noNaN: true }), fc.double({ min: 0, max: 100_000, noNaN: true }), (growth, projection) => {
        const table = read(chartCsvTable(pledge, [row('2020-01', { value: 100, ytdGrowthPercent: growth }), row('2020-02', { projection })], 'en'));
        const growthCell = Number(table.cell('2020-01', 'Year-to-date growth (%)'));
        const projectionCell = Number(table.cell('2020-02', 'Projection (not data)'));
        // What the page shows: the growth to one decimal, the projected amount in whole 亿元.
        expect(formatGrowth(growthCell, 'zh-CN')).toBe(formatGrowth(growth, 'zh-CN'));
        expect(Number(formatEstimateNumber(projection, 'cny-100m', 'zh-CN').replace(/,/g, ''))).toBe(projectionCell);
        expect(String(growthCell)).toMatch(/^-?\d+(\.\d)?$/);
      }),
    );
  });
});
