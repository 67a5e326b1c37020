import type { Observation } from './observation';
import { makePeriod, monthsBetween, periodMonth, periodRange, periodYear, shiftPeriod } from './period';
import type { Period } from './period';
import { annualTotal, cumulativeAnnualTotal, cumulativeYearToDate, growthPercentOver, yearToDate } from './year-to-date';
import { findObservation } from './series';

export interface ProjectedPoint {
  period: Period;
  value: number;
}

/** How many of the latest reports a review-cycle trend is fitted to, and how far back they may go. */
export const TREND_POINTS = 6;
export const TREND_WINDOW_MONTHS = 12;

export interface CycleProjection {
  /** `linear-trend`: least squares over the recent reports; `flat`: a single recent report, carried forward. */
  method: 'linear-trend' | 'flat';
  /** The reports the trend was fitted to. */
  basis: Period[];
  /** The deadline month and the value projected for it. */
  period: Period;
  value: number;
  /** The projected path, one point a month, from the latest report to the deadline. */
  path: ProjectedPoint[];
}

// A year-to-date average cannot fall to zero; keep an extrapolated trend physically possible.
const MIN_CYCLE_MONTHS = 0.1;

/**
 * Projects a review cycle (a year-to-date average) to `deadline` from its recent trend: a
 * least-squares line through the last `TREND_POINTS` reports of the deadline's year up to `asOf`.
 * Only this year's reports count: December's figure is last year's average and January's starts
 * a new one, so a line through both would mix two averages. Returns `null` when nothing has been
 * reported this year yet, or when the deadline is already reported.
 */
export function projectCycle(
  observations: readonly Observation[],
  asOf: Period,
  deadline: Period,
): CycleProjection | null {
  const yearStart = makePeriod(periodYear(deadline), 1);
  const windowStart = shiftPeriod(asOf, -(TREND_WINDOW_MONTHS - 1)) > yearStart ? shiftPeriod(asOf, -(TREND_WINDOW_MONTHS - 1)) : yearStart;
  const recent = observations.filter((o) => o.period >= windowStart && o.period <= asOf).slice(-TREND_POINTS);
  const latest = recent.at(-1);
  // Once the deadline month itself is reported there is nothing left to project.
  if (latest === undefined || latest.period >= deadline) return null;

  const origin = recent[0]?.period ?? latest.period;
  const points = recent.map((o) => ({ x: monthsBetween(origin, o.period), y: o.value }));
  const fit = points.length >= 2 ? leastSquares(points) : null;
  const valueAt = (period: Period): number =>
    fit === null
      ? latest.value
      : Math.max(MIN_CYCLE_MONTHS, fit.intercept + fit.slope * monthsBetween(origin, period));

  // The path starts at the latest report's actual value so the dashed line joins the data line.
  const path = periodRange(latest.period, deadline).map((period, index) => ({
    period,
    value: index === 0 ? latest.value : valueAt(period),
  }));
  const end = path.at(-1) ?? { period: deadline, value: latest.value };
  return {
    method: fit === null ? 'flat' : 'linear-trend',
    basis: recent.map((o) => o.period),
    period: deadline,
    value: end.value,
    path,
  };
}

function leastSquares(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.x - meanX) * (p.y - meanY);
    variance += (p.x - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return { slope, intercept: meanY - slope * meanX };
}

export interface FlowProjection {
  /**
   * `seasonal-profile`: this year's year-to-date total divided by the share of last year's total
   * that last year had reached by the same month. `run-rate`: the monthly average so far times 12,
   * used only when last year is incomplete.
   */
  method: 'seasonal-profile' | 'run-rate';
  period: Period;
  /** Projected full-year total. */
  total: number;
  /** Projected growth of the full year over the previous one, in %, when that year is complete. */
  growthPercent: number | null;
  /** Share of last year's total reached by the same month (seasonal method only). */
  previousShare: number | null;
  /** Projected amounts of the months still to come. */
  months: ProjectedPoint[];
}

/**
 * Projects a monthly flow's full-year total. The seasonal profile matters: 2020's pledge financing
 * reached only 15% of its year in Q1, so a straight run-rate would misjudge the year by far.
 * Returns `null` when a month of this year up to `asOf` is missing or `asOf` is December.
 */
export function projectFlow(observations: readonly Observation[], asOf: Period): FlowProjection | null {
  const year = periodYear(asOf);
  const month = periodMonth(asOf);
  const deadline = makePeriod(year, 12);
  const ytd = yearToDate(observations, asOf);
  if (ytd.missingMonths.length > 0 || month === 12) return null;

  const remaining = periodRange(shiftPeriod(asOf, 1), deadline);
  const previousTotal = annualTotal(observations, year - 1);

  if (previousTotal !== null && ytd.previousTotal !== null && ytd.previousTotal > 0) {
    const ratio = ytd.total / ytd.previousTotal;
    const total = ytd.total / (ytd.previousTotal / previousTotal);
    return {
      method: 'seasonal-profile',
      period: deadline,
      total,
      growthPercent: growthPercentOver(total, previousTotal),
      previousShare: ytd.previousTotal / previousTotal,
      months: remaining.map((period) => ({
        period,
        value: (findObservation(observations, shiftPeriod(period, -12))?.value ?? 0) * ratio,
      })),
    };
  }

  const monthlyAverage = ytd.total / month;
  const total = monthlyAverage * 12;
  return {
    method: 'run-rate',
    period: deadline,
    total,
    growthPercent: growthPercentOver(total, previousTotal),
    previousShare: null,
    months: remaining.map((period) => ({ period, value: monthlyAverage })),
  };
}

/**
 * Projects a `ytd-cumulative` KPI's full-year total from its latest checkpoint: the checkpoint
 * divided by the share of last year's total reached by the same month. Last year's same-month
 * figure is its own checkpoint, or derived from this checkpoint's published growth (value ÷
 * (1 + growth)). Without last year's total, a run-rate (checkpoint ÷ months × 12). `null` when
 * nothing is reported this year or December is.
 */
export function projectCumulative(observations: readonly Observation[], asOf: Period): FlowProjection | null {
  const ytd = cumulativeYearToDate(observations, asOf);
  if (ytd.checkpoint === null || ytd.throughMonth === 12) return null;
  const year = ytd.year;
  const deadline = makePeriod(year, 12);
  const previousTotal = cumulativeAnnualTotal(observations, year - 1);
  if (previousTotal !== null && previousTotal > 0 && ytd.previousTotal !== null && ytd.previousTotal > 0) {
    const share = ytd.previousTotal / previousTotal;
    const total = ytd.total / share;
    return {
      method: 'seasonal-profile',
      period: deadline,
      total,
      growthPercent: growthPercentOver(total, previousTotal),
      previousShare: share,
      months: [{ period: deadline, value: total }],
    };
  }
  const total = (ytd.total / ytd.throughMonth) * 12;
  return {
    method: 'run-rate',
    period: deadline,
    total,
    growthPercent: growthPercentOver(total, previousTotal),
    previousShare: null,
    months: [{ period: deadline, value: total }],
  };
}
