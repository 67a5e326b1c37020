import { z } from 'zod';
import { GRANULARITIES } from '../../kpi/aggregate';
import type { Granularity } from '../../kpi/aggregate';
import { makePeriod, periodYear, shiftPeriod } from '../../kpi/period';
import type { Period } from '../../kpi/period';
import { parseParams, periodParam } from '../../navigation/url-params';
import type { ParamProblem } from '../../navigation/url-params';

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
  /** The as-of month the view was opened with (from the overview), if any. */
  asOf: Period | null;
  /** Parameters of the link that could not be used, quoted for a notice; their defaults are used. */
  problems: ParamProblem<keyof DetailParamValues>[];
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

/**
 * The detail view's link: `from`, `to` and `asOf` (YYYY-MM), `granularity`, `prev=1` for the
 * previous-year overlay and `sort` (`column:asc|desc`). The range defaults depend on the data, so
 * they are applied by `readDetailParams`; everything else defaults here.
 */
export const detailParamsSchema = z.object({
  from: periodParam.optional(),
  to: periodParam.optional(),
  granularity: z.enum(GRANULARITIES).default('month'),
  prev: z
    .enum(['0', '1'])
    .optional()
    .transform((value) => value === '1'),
  sort: z
    .templateLiteral([z.enum(SORT_COLUMNS), ':', z.enum(['asc', 'desc'])])
    .optional()
    .transform((value): Sort => {
      if (value === undefined) return { column: 'period', direction: 'asc' };
      const [column, direction] = value.split(':') as [SortColumn, Sort['direction']];
      return { column, direction };
    }),
  asOf: periodParam.optional(),
});

export type DetailParamValues = z.output<typeof detailParamsSchema>;

/**
 * The detail view's state from its URL. A bad parameter is reported (quoted) and replaced by its
 * default: the latest data year, by month, sorted by period.
 */
export function readDetailParams(params: URLSearchParams, first: Period, last: Period): DetailParams {
  const { values, problems } = parseParams(detailParamsSchema, params);
  const defaults = presetRange('year', first, last);
  const candidateFrom = values.from ?? defaults.from;
  const candidateTo = values.to ?? defaults.to;
  let from = defaults.from;
  let to = defaults.to;
  if (candidateFrom <= candidateTo) {
    from = candidateFrom;
    to = candidateTo;
  } else {
    problems.push({ name: 'from', value: `${candidateFrom} > ${candidateTo}` });
  }
  return {
    from,
    to,
    granularity: values.granularity,
    hasPreviousYear: values.prev,
    sort: values.sort,
    asOf: values.asOf ?? null,
    problems,
  };
}
