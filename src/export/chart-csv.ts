import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { isAmountMeasure } from '../kpi/measure';
import { translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import type { CsvCell, CsvTable } from './csv';
import { nextTask } from '../feed/next-task';
import { CSV_ROWS_PER_SLICE } from './csv';
import { exactDifference, exactRunningSums, GROWTH_DECIMALS, roundToDecimals } from '../kpi/exact-sum';
import { estimateDecimals } from '../i18n/format';

type MessageKey = Parameters<typeof translate>[1];

/** The target column's heading: what kind of target the rows carry. */
function targetHeadings(rows: readonly ChartRow[], unit: KpiDefinition['unit']): { target: MessageKey; gap: MessageKey } {
  const kinds = new Set<NonNullable<ChartRow['targetKind']>>();
  for (const row of rows) if (row.targetKind !== null) kinds.add(row.targetKind);
  if (kinds.size === 1 && kinds.has('growth-at-least')) return { target: 'csv.targetGrowth', gap: 'csv.gapGrowth' };
  if (kinds.size === 1 && kinds.has('at-most') && unit === 'months') return { target: 'csv.targetCycle', gap: 'csv.gapCycle' };
  return { target: 'csv.targetLevel', gap: 'csv.gapLevel' };
}

/**
 * The rows behind a chart as a CSV table, at full precision: values are the feed's numbers (or
 * their exact sums), never rounded or converted, so the file parses back to what the feed said.
 * Headers are in the page's language; periods are machine-readable (`2020-06`, `2020-Q1`, `2020`).
 * Where the feed names a figure's source, the source's title, date and address are columns too,
 * so a figure taken from the file stays citable.
 */
export interface ChartCsvOptions {
  hasPreviousYear?: boolean;
  hasPeriodGrowth?: boolean;
  knownOn?: string | null;
  asOf?: string | null;
  /**
   * Where the whole table's figures come from (the feed's host, "fixture data"): the source of a
   * row whose figure names none, so a file of sample data can never pass for published figures.
   */
  dataSource?: string | null;
}

export function chartCsvTable(definition: KpiDefinition, rows: readonly ChartRow[], locale: Locale, options: ChartCsvOptions = {}): CsvTable {
  const { header, cellsOf } = chartCsvLayout(definition, rows, locale, options);
  const body: CsvCell[][] = [];
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells !== null) body.push(cells);
  }
  return { header, rows: body };
}

/**
 * `chartCsvTable` built a slice of rows at a time, with a yield to the event loop between slices
 * (as `csvBlobInSlices` writes the file): a 100,000-row export never holds the main thread in one
 * long task. The same table, row for row.
 */
export async function chartCsvTableInSlices(definition: KpiDefinition, rows: readonly ChartRow[], locale: Locale, options: ChartCsvOptions = {}, rowsPerSlice = CSV_ROWS_PER_SLICE): Promise<CsvTable> {
  const { header, cellsOf } = chartCsvLayout(definition, rows, locale, options);
  const body: CsvCell[][] = [];
  for (let start = 0; start < rows.length; start += rowsPerSlice) {
    if (start > 0) await nextTask();
    const end = Math.min(rows.length, start + rowsPerSlice);
    for (let index = start; index < end; index += 1) {
      const cells = cellsOf(rows[index] as ChartRow);
      if (cells !== null) body.push(cells);
    }
  }
  return { header, rows: body };
}

/** The header, and each row's cells (`null`: a row with nothing to write). */
function chartCsvLayout(
  definition: KpiDefinition,
  rows: readonly ChartRow[],
  locale: Locale,
  { hasPreviousYear = false, hasPeriodGrowth = false, knownOn = null, asOf = null, dataSource = null }: ChartCsvOptions,
): { header: string[]; cellsOf: (row: ChartRow) => CsvCell[] | null } {
  const t = (key: MessageKey) => translate(locale, key);
  const isFlow = isAmountMeasure(definition.measure);
  // A quarter or year cut by the range says how many of its months it holds.
  const hasPartial = rows.some((row) => row.partialMonths !== null);
  const hasSources = rows.some((row) => row.source !== null && row.value !== null);
  const hasGrowthSource = rows.some((row) => row.growthSource === 'published');
  // A revised figure keeps the one it replaced beside it; a replay names the day it replays.
  const hasRevisions = rows.some((row) => row.revision !== null && row.value !== null);
  const headings = targetHeadings(rows, definition.unit);
  // Monthly amounts carry the year-to-date total beside each month (the figure the target is judged on).
  const ytdTotals = definition.measure === 'monthly-flow' ? yearToDateTotals(rows) : null;
  const header = [
    t('csv.period'),
    ...(hasPartial ? [t('csv.monthsInPeriod')] : []),
    t('csv.value'),
    t('csv.unit'),
    t(headings.target),
    t(headings.gap),
    ...(ytdTotals !== null ? [t('csv.ytdTotal')] : []),
    ...(isFlow ? [t('csv.ytdGrowth')] : []),
    ...(isFlow && hasGrowthSource ? [t('csv.growthSource')] : []),
    ...(hasPeriodGrowth ? [t('csv.periodGrowth')] : []),
    ...(hasPreviousYear ? [t('csv.previousYear')] : []),
    t('csv.provisional'),
    t('csv.projection'),
    ...(hasSources ? [t('csv.source'), t('csv.publishedOn'), t('csv.sourceUrl')] : dataSource !== null ? [t('csv.source')] : []),
    ...(hasRevisions ? [t('csv.revisedFrom'), t('csv.revisedOn')] : []),
    ...(asOf !== null ? [t('csv.asOf')] : []),
    ...(knownOn !== null ? [t('csv.knownOn')] : []),
  ];
  const unit = t(`csv.unit.${definition.unit}`);
  // Built with pushes, not spreads: a 100,000-row export makes a million cells.
  const yes = t('csv.yes');
  const no = t('csv.no');
  const growthLabels = { published: t('csv.growthPublished'), computed: t('csv.growthComputed') } as const;
  const projectionPlaces = estimateDecimals(definition.unit);
  const cellsOf = (row: ChartRow): CsvCell[] | null => {
    if (row.value === null && row.projection === null && !(hasPreviousYear && row.previousYearValue !== null)) return null;
    // Growth and projections are written as shown (+12.3%, 13.0 months, 1,750 亿元), never as
    // binary float noise (12.298747763864037); values are the feed's own decimals or exact sums.
    const growth = shown(row.ytdGrowthPercent, GROWTH_DECIMALS);
    const compared = row.targetKind === 'growth-at-least' ? growth : row.value;
    // Subtracted at the operands' precision: 15.2 − 16 is −0.8, not −0.8000000000000007.
    const gap = compared !== null && row.target !== null ? exactDifference(compared, row.target) : null;
    const source = row.value === null ? null : row.source;
    const cells: CsvCell[] = [row.period];
    if (hasPartial) cells.push(row.partialMonths ?? (/-Q[1-4]$/.test(row.period) ? 3 : 12));
    cells.push(row.value, unit, row.target, gap);
    if (ytdTotals !== null) cells.push(ytdTotals.get(row.period) ?? null);
    if (isFlow) cells.push(growth);
    if (isFlow && hasGrowthSource) cells.push(row.growthSource === null ? null : growthLabels[row.growthSource]);
    if (hasPeriodGrowth) cells.push(shown(row.periodGrowthPercent, GROWTH_DECIMALS));
    if (hasPreviousYear) cells.push(row.previousYearValue);
    cells.push(row.value === null ? null : row.isProvisional ? yes : no);
    cells.push(row.value === null ? shown(row.projection, projectionPlaces) : null);
    const sourceTitle = source?.title ?? (row.value === null ? null : dataSource);
    if (hasSources) cells.push(sourceTitle, source?.publishedOn ?? null, source?.url ?? null);
    else if (dataSource !== null) cells.push(sourceTitle);
    if (hasRevisions) cells.push(...revisionCells(row));
    if (asOf !== null) cells.push(asOf);
    if (knownOn !== null) cells.push(knownOn);
    return cells;
  };
  return { header, cellsOf };
}

function shown(value: number | null, places: number): number | null {
  return value === null ? null : roundToDecimals(value, places);
}

/**
 * Each row's year-to-date total: the exact sum of its year's periods up to it, when the rows of
 * that year start at its first month (or quarter) and none is missing or cut short; else `null`
 * (a total that leaves out a month would not be the year to date).
 */
function yearToDateTotals(rows: readonly ChartRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  let year = '';
  let periods: string[] = [];
  let values: number[] = [];
  let isWhole = false;
  const close = () => {
    exactRunningSums(values).forEach((total, index) => totals.set(periods[index] ?? '', total));
  };
  for (const row of rows) {
    const rowYear = row.period.slice(0, 4);
    if (rowYear !== year) {
      close();
      year = rowYear;
      periods = [];
      values = [];
      isWhole = /^\d{4}(-01|-Q1)?$/.test(row.period);
    }
    if (row.value === null || row.partialMonths !== null) isWhole = false;
    if (!isWhole || row.value === null) continue;
    periods.push(row.period);
    values.push(row.value);
  }
  close();
  return totals;
}

/** The figure a revised row replaced, and when: the feed's date of the change, or the moment this page saw it (ISO 8601). */
function revisionCells(row: ChartRow): CsvCell[] {
  const revision = row.value === null ? null : row.revision;
  if (revision === null) return [null, null];
  return [revision.previous.value, revision.revisedOn ?? (revision.seenAt === null ? null : new Date(revision.seenAt).toISOString())];
}
