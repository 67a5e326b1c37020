import type { KpiDefinition, KpiId, Target } from './kpi-definitions';
import { targetForYear } from './kpi-definitions';
import { judgeAtLeast, judgeAtMost, meetsAtLeast, meetsAtMost } from './kpi-status';
import type { KpiStatus } from './kpi-status';
import type { Observation } from './observation';
import { makePeriod, monthsBetween, periodYear } from './period';
import type { Period } from './period';
import { projectCycle, projectFlow } from './projection';
import type { CycleProjection, FlowProjection } from './projection';
import { findObservation, latestObservation, observationsUpTo } from './series';
import { annualTotal, yearToDate } from './year-to-date';
import { exactSum } from './exact-sum';
import type { YearToDate } from './year-to-date';

/** Why a status is what it is; the card explains it in words. */
export type StatusBasis =
  | 'final'
  | 'projection'
  | 'no-target'
  | 'no-observations'
  | 'no-observations-this-year'
  | 'incomplete-year'
  | 'no-comparison';

export interface CycleGap {
  /** Latest value minus the target, in months: positive means above (worse than) the target. */
  absolute: number;
  /** `absolute` as a share of the target. */
  relative: number;
}

export interface FlowGap {
  /** Year-to-date growth minus the target growth, in percentage points. */
  growthPoints: number;
  /** Year-to-date total minus the total the target growth needs by the same month (亿元). */
  absolute: number;
  /** `absolute` as a share of that needed total. */
  relative: number;
}

interface EvaluationBase {
  kpiId: KpiId;
  asOf: Period;
  /** The year whose target is judged: the as-of month's year. */
  year: number;
  /** December of `year`. */
  deadline: Period;
  monthsLeft: number;
  target: Target | null;
  /** The latest report up to the as-of month. */
  latest: Observation | null;
  /** The latest report is older than the as-of month. */
  isLatestBeforeAsOf: boolean;
  status: Exclude<KpiStatus, 'error'>;
  basis: StatusBasis;
}

export interface CycleEvaluation extends EvaluationBase {
  measure: 'ytd-average';
  gap: CycleGap | null;
  projection: CycleProjection | null;
}

export interface FlowEvaluation extends EvaluationBase {
  measure: 'monthly-flow';
  yearToDate: YearToDate;
  /** The previous full year's total, when every month of it is reported. */
  previousYearTotal: number | null;
  gap: FlowGap | null;
  projection: FlowProjection | null;
}

export type KpiEvaluation = CycleEvaluation | FlowEvaluation;

/**
 * Evaluates a KPI as it stood at the end of `asOf`, seeing only what had been reported by then.
 * `observations` must be sorted by period (the feed parser guarantees it).
 */
export function evaluateKpi(
  definition: KpiDefinition,
  observations: readonly Observation[],
  asOf: Period,
): KpiEvaluation {
  const known = observationsUpTo(observations, asOf);
  const year = periodYear(asOf);
  const deadline = makePeriod(year, 12);
  const latest = latestObservation(known);
  const base = {
    kpiId: definition.id,
    asOf,
    year,
    deadline,
    monthsLeft: monthsBetween(asOf, deadline),
    target: targetForYear(definition, year),
    latest,
    isLatestBeforeAsOf: latest !== null && latest.period < asOf,
  };
  return definition.measure === 'ytd-average' ? evaluateCycle(base, known) : evaluateFlow(base, known);
}

type Base = Omit<EvaluationBase, 'status' | 'basis'>;

function evaluateCycle(base: Base, known: readonly Observation[]): CycleEvaluation {
  const { latest, target, deadline, asOf } = base;
  const projection = projectCycle(known, asOf, deadline);
  const limit = target?.rule.kind === 'at-most' ? target.rule.value : null;
  // A figure from an earlier year is not measured against this year's target.
  const isThisYear = latest !== null && periodYear(latest.period) === base.year;
  const gap =
    latest !== null && limit !== null && isThisYear
      ? { absolute: exactSum([latest.value, -limit]), relative: exactSum([latest.value, -limit]) / limit }
      : null;
  const result = (status: CycleEvaluation['status'], basis: StatusBasis): CycleEvaluation => ({
    ...base,
    measure: 'ytd-average',
    gap,
    projection: basis === 'final' ? null : projection,
    status,
    basis,
  });

  if (latest === null) return result('no-data', 'no-observations');
  if (limit === null) return result('no-target', 'no-target');
  const december = findObservation(known, deadline);
  if (december !== null) return result(meetsAtMost(december.value, limit) ? 'met' : 'missed', 'final');
  if (projection === null) return result('no-data', 'no-observations-this-year');
  return result(judgeAtMost(projection.value, limit), 'projection');
}

function evaluateFlow(base: Base, known: readonly Observation[]): FlowEvaluation {
  const { latest, target, year, asOf } = base;
  const ytd = yearToDate(known, asOf);
  const previousYearTotal = annualTotal(known, year - 1);
  const percent = target?.rule.kind === 'growth-at-least' ? target.rule.percent : null;
  const growthNeeded = percent === null ? null : 1 + percent / 100;
  const isYtdComplete = ytd.missingMonths.length === 0;

  let gap: FlowGap | null = null;
  if (percent !== null && growthNeeded !== null && ytd.growthPercent !== null && ytd.previousTotal !== null) {
    const needed = ytd.previousTotal * growthNeeded;
    gap = {
      growthPoints: ytd.growthPercent - percent,
      absolute: ytd.total - needed,
      relative: (ytd.total - needed) / needed,
    };
  }
  const projection = projectFlow(known, asOf);
  const result = (status: FlowEvaluation['status'], basis: StatusBasis): FlowEvaluation => ({
    ...base,
    measure: 'monthly-flow',
    yearToDate: ytd,
    previousYearTotal,
    gap,
    projection,
    status,
    basis,
  });

  if (latest === null) return result('no-data', 'no-observations');
  if (growthNeeded === null) return result('no-target', 'no-target');
  if (!isYtdComplete) return result('no-data', 'incomplete-year');
  if (previousYearTotal === null || ytd.previousTotal === null) return result('no-data', 'no-comparison');
  const required = previousYearTotal * growthNeeded;
  if (base.monthsLeft === 0) return result(meetsAtLeast(ytd.total, required) ? 'met' : 'missed', 'final');
  if (projection === null) return result('no-data', 'incomplete-year');
  return result(judgeAtLeast(projection.total, required), 'projection');
}
