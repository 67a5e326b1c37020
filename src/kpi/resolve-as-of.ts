import { targetsInForce } from './kpi-definitions';
import type { KpiDefinition } from './kpi-definitions';
import type { Observation } from './observation';
import { isPeriod, makePeriod, periodYear } from './period';
import type { Period } from './period';

export type AsOfNotice =
  | { kind: 'invalid'; value: string }
  | { kind: 'out-of-range'; value: string; first: Period; last: Period };

/**
 * The as-of month to show: the URL's when it is a real month within the data, else the default
 * month (`fallback`), with a notice saying why the link's month was not used.
 */
export function resolveAsOf(
  param: string | null,
  first: Period | null,
  last: Period | null,
  fallback: Period | null = last,
): { asOf: Period | null; notice: AsOfNotice | null } {
  if (param === null) return { asOf: fallback, notice: null };
  if (!isPeriod(param)) return { asOf: fallback, notice: { kind: 'invalid', value: param } };
  if (first === null || last === null) return { asOf: param, notice: null };
  if (param < first || param > last) return { asOf: fallback, notice: { kind: 'out-of-range', value: param, first, last } };
  return { asOf: param, notice: null };
}

export interface KpiSeries {
  definition: KpiDefinition;
  observations: readonly Observation[];
}

/**
 * The month the overview opens at: the latest reported month at which every KPI with a target in
 * force that year has a report of that year, and at least one KPI has a target. Each KPI keeps its
 * own calendar: a context series, a KPI published months ahead of the others or a far-future
 * period cannot move the default to a month where another KPI's verdict would be "no data".
 * Falls back to the latest month with data when no month qualifies.
 */
export function defaultAsOf(series: readonly KpiSeries[]): Period | null {
  const candidates = new Set<Period>();
  for (const { observations } of series) for (const observation of observations) candidates.add(observation.period);
  const sorted = [...candidates].sort().reverse();
  // First report of each year, per KPI: "has a report of that year by month M" is first ≤ M.
  const firstOfYear = series.map(({ definition, observations }) => {
    const byYear = new Map<number, Period>();
    for (const observation of observations) {
      const year = periodYear(observation.period);
      if (!byYear.has(year)) byYear.set(year, observation.period);
    }
    return { definition, byYear };
  });
  // Which KPIs have a target in force, once per year (not once per month: a series of 100,000
  // months has 8,334 years).
  const targetedByYear = new Map<number, readonly (typeof firstOfYear)[number][]>();
  const targetedIn = (year: number) => {
    let targeted = targetedByYear.get(year);
    if (targeted === undefined) {
      targeted = firstOfYear.filter(({ definition }) => targetsInForce(definition, year).length > 0);
      targetedByYear.set(year, targeted);
    }
    return targeted;
  };
  for (const month of sorted) {
    const year = periodYear(month);
    let judged = 0;
    let isEveryTargetJudged = true;
    for (const { byYear } of targetedIn(year)) {
      const first = byYear.get(year);
      if (first === undefined || first > month) {
        isEveryTargetJudged = false;
        break;
      }
      judged += 1;
    }
    if (isEveryTargetJudged && judged > 0) return month;
  }
  return sorted[0] ?? null;
}

/** The months an as-of list offers: every month of the years that have data, within the data. */
export function asOfMonths(series: readonly KpiSeries[], first: Period | null, last: Period | null, max: number): Period[] {
  if (first === null || last === null) return [];
  const years = new Set<number>();
  for (const { observations } of series) for (const observation of observations) years.add(periodYear(observation.period));
  const months: Period[] = [];
  for (const year of [...years].sort((a, b) => b - a)) {
    for (let month = 12; month >= 1; month -= 1) {
      const period = makePeriod(year, month);
      if (period >= first && period <= last) months.push(period);
      if (months.length >= max) return months;
    }
  }
  return months;
}
