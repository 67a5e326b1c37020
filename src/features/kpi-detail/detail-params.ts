import { isGranularity } from '../../kpi/aggregate';
import type { Granularity } from '../../kpi/aggregate';
import { isPeriod, makePeriod, periodYear, shiftPeriod } from '../../kpi/period';
import type { Period } from '../../kpi/period';

export const PRESETS = ['year', 'last-12', '2017-2020', 'all'] as const;
export type Preset = (typeof PRESETS)[number];

export const SORT_COLUMNS = ['period', 'value', 'growth'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

export interface DetailParams {
  from: Period;
  to: Period;
  granularity: Granularity;
  hasPreviousYear: boolean;
  sort: Sort;
  /** Parameters of the link that could not be used, with what was used instead. */
  problems: { name: string; value: string }[];
}

export function presetRange(preset: Preset, first: Period, last: Period): { from: Period; to: Period } {
  const lastYear = periodYear(last);
  switch (preset) {
    case 'year':
      return { from: makePeriod(lastYear, 1), to: makePeriod(lastYear, 12) };
    case 'last-12':
      return { from: shiftPeriod(last, -11), to: last };
    case '2017-2020':
      return { from: '2017-01', to: '2020-12' };
    case 'all':
      return { from: first, to: last };
  }
}

function parseSort(value: string | null): Sort | null {
  if (value === null) return null;
  const [column, direction] = value.split(':');
  if (!(SORT_COLUMNS as readonly string[]).includes(column ?? '') || (direction !== 'asc' && direction !== 'desc')) return null;
  return { column: column as SortColumn, direction };
}

/**
 * The detail view's state from its URL: `from`, `to` (YYYY-MM), `granularity`, `prev=1` for the
 * previous-year overlay and `sort`. A bad parameter is reported and replaced by its default
 * (the latest data year, by month, sorted by period).
 */
export function readDetailParams(params: URLSearchParams, first: Period, last: Period): DetailParams {
  const problems: { name: string; value: string }[] = [];
  const defaults = presetRange('year', first, last);
  const fromParam = params.get('from');
  const toParam = params.get('to');
  let from = defaults.from;
  let to = defaults.to;
  if (fromParam !== null && !isPeriod(fromParam)) problems.push({ name: 'from', value: fromParam });
  if (toParam !== null && !isPeriod(toParam)) problems.push({ name: 'to', value: toParam });
  const candidateFrom = fromParam !== null && isPeriod(fromParam) ? fromParam : from;
  const candidateTo = toParam !== null && isPeriod(toParam) ? toParam : to;
  if (candidateFrom <= candidateTo) {
    from = candidateFrom;
    to = candidateTo;
  } else {
    problems.push({ name: 'from', value: `${candidateFrom} > ${candidateTo}` });
  }

  const granularityParam = params.get('granularity');
  let granularity: Granularity = 'month';
  if (granularityParam !== null) {
    if (isGranularity(granularityParam)) granularity = granularityParam;
    else problems.push({ name: 'granularity', value: granularityParam });
  }
  const sortParam = params.get('sort');
  const sort = parseSort(sortParam);
  if (sortParam !== null && sort === null) problems.push({ name: 'sort', value: sortParam });

  return {
    from,
    to,
    granularity,
    hasPreviousYear: params.get('prev') === '1',
    sort: sort ?? { column: 'period', direction: 'asc' },
    problems,
  };
}
