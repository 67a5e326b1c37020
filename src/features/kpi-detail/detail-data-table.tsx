import { useState } from 'react';
import type { ChartRow } from '../../kpi/chart-rows';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import { formatGrowth, formatNumber, formatPeriodKey, formatUnit } from '../../i18n/format';
import { growthCell, rowKindLabel, sourceCell, targetCell, valueCell } from '../../components/table-cells';
import { isAmountMeasure } from '../../kpi/measure';
import { useI18n } from '../../i18n/i18n-context';
import type { Sort, SortColumn } from './detail-params';

function compareNullable(a: number | null, b: number | null): number {
  // Empty cells sort last whichever the direction, as spreadsheets do.
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Sorts by a column as shown: growth is the same-period growth where the table shows it, else year to date. */
export function sortRows(rows: readonly ChartRow[], { column, direction }: Sort): ChartRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const hasPeriodGrowth = rows.some((row) => row.periodGrowthPercent !== null);
  return [...rows].sort((a, b) => {
    if (column === 'period') return sign * (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
    const pick = (row: ChartRow) => (column === 'value' ? (row.value ?? row.projection) : hasPeriodGrowth ? row.periodGrowthPercent : row.ytdGrowthPercent);
    const av = pick(a);
    const bv = pick(b);
    if (av === null || bv === null) return compareNullable(av, bv);
    return sign * (av - bv);
  });
}

/**
 * Rows a page of the table shows. Every row stays reachable page by page (and in the CSV); a page
 * of 120 keeps a 100,000-month series from building a table no browser renders in time.
 */
export const TABLE_PAGE_SIZE = 120;

/** The detail chart's numbers, sortable by period, value or growth from the keyboard. */
export function DetailDataTable({
  definition,
  rows,
  sort,
  onSortChange,
  hasPreviousYear,
}: {
  definition: KpiDefinition;
  rows: readonly ChartRow[];
  sort: Sort;
  onSortChange: (sort: Sort) => void;
  hasPreviousYear: boolean;
}) {
  const { locale, t } = useI18n();
  const { unit } = definition;
  const isFlow = isAmountMeasure(definition.measure);
  const hasSources = rows.some((row) => row.source !== null && row.value !== null);
  const shown = sortRows(
    rows.filter((row) => row.value !== null || row.projection !== null || (hasPreviousYear && row.previousYearValue !== null)),
    sort,
  );
  const hasPeriodGrowth = rows.some((row) => row.periodGrowthPercent !== null);
  const [requestedPage, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(shown.length / TABLE_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount - 1);
  const pageRows = shown.slice(page * TABLE_PAGE_SIZE, (page + 1) * TABLE_PAGE_SIZE);

  const onSort = (next: Sort) => {
    setPage(0);
    onSortChange(next);
  };
  const header = (column: SortColumn, label: string) => {
    const isActive = sort.column === column;
    const next: Sort = { column, direction: isActive && sort.direction === 'asc' ? 'desc' : 'asc' };
    return (
      <th scope="col" aria-sort={isActive ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => onSort(next)}>
          {label}
          <span aria-hidden="true">{isActive ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ⇅'}</span>
        </button>
      </th>
    );
  };

  const caption = t('chart.tableCaption', { name: definition.name[locale], unit: formatUnit(unit, locale) });
  return (
    <>
    {/* A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1). */}
    {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
    <div className="table-scroll table-scroll-tall" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>
          {caption}
          <span className="note caption-hint">{t('detail.sortHint')}</span>
        </caption>
        <thead>
          <tr>
            {header('period', t('csv.period'))}
            {header('value', t('chart.colValue', { unit: formatUnit(unit, locale) }))}
            {isFlow ? header('growth', hasPeriodGrowth ? t('csv.periodGrowth') : t('chart.colGrowth')) : null}
            {isFlow && hasPeriodGrowth ? <th scope="col">{t('chart.colGrowth')}</th> : null}
            {hasPreviousYear ? <th scope="col">{t('chart.previousYear')}</th> : null}
            <th scope="col">{t('chart.colTarget')}</th>
            <th scope="col">{t('chart.colKind')}</th>
            {hasSources ? <th scope="col">{t('chart.colSource')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {pageRows.map((row) => {
            return (
              <tr key={row.period}>
                <th scope="row">
                  {formatPeriodKey(row.period, locale)}
                  {row.partialMonths === null ? null : <span className="tag tag-provisional">{t('table.partial', { months: row.partialMonths })}</span>}
                </th>
                <td className="num">{valueCell(row, unit, locale)}</td>
                {isFlow ? (
                  <td className="num">
                    {hasPeriodGrowth
                      ? row.periodGrowthPercent === null ? '—' : formatGrowth(row.periodGrowthPercent, locale)
                      : growthCell(row, t, locale)}
                  </td>
                ) : null}
                {isFlow && hasPeriodGrowth ? <td className="num">{growthCell(row, t, locale)}</td> : null}
                {hasPreviousYear ? (
                  <td className="num">{row.previousYearValue === null ? '—' : formatNumber(row.previousYearValue, unit, locale)}</td>
                ) : null}
                <td className="num">{targetCell(row, unit, locale)}</td>
                <td>{rowKindLabel(row, t, definition.unit, locale)}</td>
                {hasSources ? <td className="source-cell">{sourceCell(row, locale)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    {pageCount > 1 ? (
      <div className="table-pager">
        <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
          {t('table.previousPage')}
        </button>
        <span aria-live="polite">{t('table.pageStatus', { page: page + 1, pages: pageCount, rows: shown.length })}</span>
        <button type="button" onClick={() => setPage(page + 1)} disabled={page >= pageCount - 1}>
          {t('table.nextPage')}
        </button>
      </div>
    ) : null}
    </>
  );
}
