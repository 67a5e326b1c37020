import { targetsInForce } from './kpi-definitions';
import type { KpiDefinition } from './kpi-definitions';
import type { Observation } from './observation';
import { countLeading } from './series';
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
 *
 * The years are walked from the latest down, from the series' ends, and stop at the first month
 * that qualifies: a 100,000-month series is not sorted, deduplicated or indexed by year.
 */
export function defaultAsOf(series: readonly KpiSeries[]): Period | null {
  const kpis = series.map(({ definition, observations }) => ({ definition, entries: ascending(observations) }));
  const periods = kpis.map(({ entries }) => entries);

  // Within a year the rule is monotone: the year's latest month (across every series) qualifies
  // when every KPI with a target that year has reported in it, since any report of the year is at
  // or before that month; and if it does not, no earlier month of the year does. So the walk goes
  // down a year at a time, judging each year once.
  const cursors = periods.map((own) => own.length - 1);
  let latest: Period | null = null;
  for (;;) {
    let month: Period | null = null;
    for (const [index, own] of periods.entries()) {
      const period = own[cursors[index] ?? -1]?.period;
      if (period !== undefined && (month === null || period > month)) month = period;
    }
    if (month === null) return latest;
    latest ??= month;
    const year = periodYear(month);
    const targeted = kpis.filter(({ definition }) => targetsInForce(definition, year).length > 0);
    if (targeted.length > 0 && targeted.every(({ entries }) => hasReportIn(entries, year))) return month;
    const startOfYear = makePeriod(year, 1);
    for (const [index, own] of periods.entries()) cursors[index] = countLeading(own, (period) => period < startOfYear) - 1;
  }
}

/** The months an as-of list offers: every month of the years that have data, within the data. */
export function asOfMonths(series: readonly KpiSeries[], first: Period | null, last: Period | null, max: number): Period[] {
  if (first === null || last === null) return [];
  // Only the latest years can be offered: every year but the first and last of the data gives 12
  // months, so max / 12 + 2 years are enough, found from each series' end.
  const yearsNeeded = Math.ceil(max / 12) + 2;
  const years = new Set<number>();
  for (const { observations } of series) {
    const own = ascending(observations);
    const seen = new Set<number>();
    for (let index = own.length - 1; index >= 0 && seen.size < yearsNeeded; index -= 1) seen.add(periodYear(own[index]?.period ?? ''));
    for (const year of seen) years.add(year);
  }
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

/**
 * `observations` in ascending order of period: themselves when they are (as parsed), a sorted copy
 * when not. No copy of a 100,000-entry series is made to find that out.
 */
function ascending(observations: readonly Observation[]): readonly Observation[] {
  for (let index = 1; index < observations.length; index += 1) {
    if ((observations[index]?.period ?? '') < (observations[index - 1]?.period ?? '')) {
      return [...observations].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    }
  }
  return observations;
}

/** Whether ascending `entries` hold a report of `year`: the first from that January on is of that year. */
function hasReportIn(entries: readonly Observation[], year: number): boolean {
  const january = makePeriod(year, 1);
  const found = entries[countLeading(entries, (period) => period < january)]?.period;
  return found !== undefined && periodYear(found) === year;
}
