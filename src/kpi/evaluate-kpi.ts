import type { KpiDefinition, KpiId, Target } from './kpi-definitions';
import { targetForYear } from './kpi-definitions';
import { judgeAtLeast, judgeAtMost, meetsAtLeast, meetsAtMost } from './kpi-status';
import type { KpiStatus } from './kpi-status';
import type { Observation } from './observation';
import { makePeriod, monthsBetween, periodYear } from './period';
import type { Period } from './period';
import { projectCumulative, projectCycle, projectFlow } from './projection';
import type { CycleProjection, FlowProjection } from './projection';
import { findObservation, latestObservation, observationsUpTo } from './series';
import { annualTotal, cumulativeAnnualTotal, cumulativeYearToDate, yearToDate } from './year-to-date';
import { exactSum } from './exact-sum';
import type { YearToDate } from './year-to-date';

/** Why a status is what it is; the card explains it in words. */
export type StatusBasis =
  | 'final'
  | 'projection'
  /** A level target reached before its deadline year. */
  | 'early'
  /** Before a multi-year target's deadline year: judged against a straight path to its level. */
  | 'path'
  | 'no-target'
  | 'no-observations'
  | 'no-observations-this-year'
  | 'incomplete-year'
  | 'no-comparison'
  /** A multi-year target with no full-year figure from before it was set to measure progress from. */
  | 'no-path';

export interface CycleGap {
  /** Latest value minus the target, in the KPI's unit: positive means above the target. */
  absolute: number;
  /** `absolute` as a share of the target. */
  relative: number;
}

export interface FlowGap {
  /** Year-to-date growth minus the target growth, in percentage points; `null` for a level target. */
  growthPoints: number | null;
  /** Year-to-date total minus what the target needs by the same month (a level: the level itself). */
  absolute: number;
  /** `absolute` as a share of that needed total. */
  relative: number;
}

/** A multi-year target's path: the level the straight line from its start reaches in the judged year. */
export interface TargetPath {
  startYear: number;
  startValue: number;
  /** Where the path stands at the end of the judged year. */
  required: number;
}

interface EvaluationBase {
  kpiId: KpiId;
  asOf: Period;
  /** The year whose figure is judged: the as-of month's year. */
  year: number;
  /** December of `year`: where a projection ends. */
  deadline: Period;
  /** December of the target's deadline year (of `year` when there is no target). */
  targetDeadline: Period;
  /** Months from the as-of month to `targetDeadline`. */
  monthsLeft: number;
  target: Target | null;
  /** The latest report up to the as-of month. */
  latest: Observation | null;
  /** The latest report is older than the as-of month. */
  isLatestBeforeAsOf: boolean;
  /** How many months older than the as-of month the latest report is (0 when it is that month's). */
  latestAgeMonths: number;
  status: Exclude<KpiStatus, 'error'>;
  basis: StatusBasis;
  path: TargetPath | null;
}

/** A level, such as a review cycle (`ytd-average`). */
export interface CycleEvaluation extends EvaluationBase {
  kind: 'level';
  measure: 'ytd-average';
  gap: CycleGap | null;
  projection: CycleProjection | null;
}

/** An amount over the year to date (`monthly-flow` summed, or `ytd-cumulative` as published). */
export interface FlowEvaluation extends EvaluationBase {
  kind: 'total';
  measure: 'monthly-flow' | 'ytd-cumulative';
  yearToDate: YearToDate;
  /** The previous full year's total, when it is known. */
  previousYearTotal: number | null;
  gap: FlowGap | null;
  projection: FlowProjection | null;
}

export type KpiEvaluation = CycleEvaluation | FlowEvaluation;

function assertNever(value: never): never {
  throw new Error(`Unhandled measure ${String(value)}`);
}

/**
 * Evaluates a KPI as it stood at the end of `asOf`, seeing only what had been reported by then.
 * `observations` must be sorted by period (the feed parser guarantees it).
 */
export function evaluateKpi(definition: KpiDefinition, observations: readonly Observation[], asOf: Period): KpiEvaluation {
  const known = observationsUpTo(observations, asOf);
  const year = periodYear(asOf);
  const deadline = makePeriod(year, 12);
  const latest = latestObservation(known);
  const target = targetForYear(definition, year);
  const targetDeadline = makePeriod(target?.year ?? year, 12);
  const base: Base = {
    kpiId: definition.id,
    asOf,
    year,
    deadline,
    targetDeadline,
    monthsLeft: monthsBetween(asOf, targetDeadline),
    target,
    latest,
    isLatestBeforeAsOf: latest !== null && latest.period < asOf,
    latestAgeMonths: latest === null ? 0 : monthsBetween(latest.period, asOf),
  };
  const measure = definition.measure;
  switch (measure) {
    case 'ytd-average':
      return evaluateLevel(base, known);
    case 'monthly-flow': {
      const previousYearTotal = annualTotal(known, year - 1);
      return evaluateTotal(base, measure, yearToDate(known, asOf), projectFlow(known, asOf), previousYearTotal, (y) => annualTotal(known, y));
    }
    case 'ytd-cumulative': {
      const previousYearTotal = cumulativeAnnualTotal(known, year - 1);
      return evaluateTotal(base, measure, cumulativeYearToDate(known, asOf), projectCumulative(known, asOf), previousYearTotal, (y) => cumulativeAnnualTotal(known, y));
    }
    default:
      return assertNever(measure);
  }
}

type Base = Omit<EvaluationBase, 'status' | 'basis' | 'path'>;

/**
 * A multi-year level target, before its deadline year: the straight path from the full-year
 * figure of the year before it was set to its level at the deadline, read at the judged year.
 */
function pathFor(target: Target, year: number, annual: (year: number) => number | null): TargetPath | null {
  const startYear = target.setIn - 1;
  const startValue = annual(startYear);
  if (startValue === null) return null;
  const required = startValue + ((target.value - startValue) * (year - startYear)) / (target.year - startYear);
  return { startYear, startValue, required };
}

/** Judges a figure against a level (`at-most` / `at-least`); `null` when the kind is a growth. */
function judgeLevel(kind: Target['kind'], value: number, level: number): 'on-track' | 'at-risk' | 'off-track' | null {
  if (kind === 'at-most') return judgeAtMost(value, level);
  if (kind === 'at-least') return judgeAtLeast(value, level);
  return null;
}

function meetsLevel(kind: Target['kind'], value: number, level: number): boolean {
  return kind === 'at-most' ? meetsAtMost(value, level) : meetsAtLeast(value, level);
}

type Verdict = { status: EvaluationBase['status']; basis: StatusBasis; path: TargetPath | null };

/**
 * A level target (`at-most` / `at-least`) judged on this year's figure: `actual` (the latest
 * this year), `final` (December's, when reported) and `projected` (to December).
 */
function judgeLevelTarget(
  target: Target,
  year: number,
  figures: { actual: number; final: number | null; projected: number | null },
  annual: (year: number) => number | null,
): Verdict {
  const { kind, value: level } = target;
  if (year < target.year) {
    // A level reached before its deadline year reads `met-early` (4868.8 亿元 in 2022 against ≥ 3200 by 2025).
    if (meetsLevel(kind, figures.actual, level)) return { status: 'met-early', basis: 'early', path: null };
    const path = pathFor(target, year, annual);
    if (path === null) return { status: 'no-data', basis: 'no-path', path: null };
    const figure = figures.final ?? figures.projected;
    if (figure === null) return { status: 'no-data', basis: 'no-observations-this-year', path };
    return { status: judgeLevel(kind, figure, path.required) ?? 'no-data', basis: 'path', path };
  }
  if (figures.final !== null) return { status: meetsLevel(kind, figures.final, level) ? 'met' : 'missed', basis: 'final', path: null };
  if (figures.projected === null) return { status: 'no-data', basis: 'no-observations-this-year', path: null };
  return { status: judgeLevel(kind, figures.projected, level) ?? 'no-data', basis: 'projection', path: null };
}

function evaluateLevel(base: Base, known: readonly Observation[]): CycleEvaluation {
  const { latest, target, deadline, asOf, year } = base;
  const projection = projectCycle(known, asOf, deadline);
  // A figure from an earlier year is not measured against this year's target.
  const isThisYear = latest !== null && periodYear(latest.period) === year;
  const level = target !== null && target.kind !== 'growth-at-least' ? target.value : null;
  const gap =
    latest !== null && level !== null && isThisYear
      ? { absolute: exactSum([latest.value, -level]), relative: exactSum([latest.value, -level]) / level }
      : null;
  const result = ({ status, basis, path }: Verdict): CycleEvaluation => ({
    ...base,
    kind: 'level',
    measure: 'ytd-average',
    gap,
    projection: basis === 'final' || basis === 'early' ? null : projection,
    status,
    basis,
    path,
  });

  if (latest === null) return result({ status: 'no-data', basis: 'no-observations', path: null });
  if (target === null) return result({ status: 'no-target', basis: 'no-target', path: null });
  if (!isThisYear) return result({ status: 'no-data', basis: 'no-observations-this-year', path: null });
  const december = findObservation(known, deadline)?.value ?? null;
  const annual = (y: number) => findObservation(known, makePeriod(y, 12))?.value ?? null;
  if (target.kind === 'growth-at-least') {
    // A growth target on a level: December over last December.
    const previous = annual(year - 1);
    if (previous === null) return result({ status: 'no-data', basis: 'no-comparison', path: null });
    const required = previous * (1 + target.value / 100);
    if (december !== null) return result({ status: meetsAtLeast(december, required) ? 'met' : 'missed', basis: 'final', path: null });
    if (projection === null) return result({ status: 'no-data', basis: 'no-observations-this-year', path: null });
    return result({ status: judgeAtLeast(projection.value, required), basis: 'projection', path: null });
  }
  return result(judgeLevelTarget(target, year, { actual: latest.value, final: december, projected: projection?.value ?? null }, annual));
}

function evaluateTotal(
  base: Base,
  measure: FlowEvaluation['measure'],
  ytd: YearToDate,
  projection: FlowProjection | null,
  previousYearTotal: number | null,
  annual: (year: number) => number | null,
): FlowEvaluation {
  const { latest, target, year } = base;
  const hasThisYear = measure === 'monthly-flow' ? latest !== null : ytd.checkpoint !== null;
  const isComplete = ytd.missingMonths.length === 0;
  const isFinal = hasThisYear && isComplete && ytd.throughMonth === 12;

  let gap: FlowGap | null = null;
  if (target !== null && hasThisYear && isComplete) {
    if (target.kind === 'growth-at-least') {
      if (ytd.growthPercent !== null && ytd.previousTotal !== null) {
        const needed = ytd.previousTotal * (1 + target.value / 100);
        gap = { growthPoints: ytd.growthPercent - target.value, absolute: ytd.total - needed, relative: (ytd.total - needed) / needed };
      }
    } else {
      gap = { growthPoints: null, absolute: exactSum([ytd.total, -target.value]), relative: exactSum([ytd.total, -target.value]) / target.value };
    }
  }
  const result = ({ status, basis, path }: Verdict): FlowEvaluation => ({
    ...base,
    kind: 'total',
    measure,
    yearToDate: ytd,
    previousYearTotal,
    gap,
    projection,
    status,
    basis,
    path,
  });

  if (latest === null) return result({ status: 'no-data', basis: 'no-observations', path: null });
  if (target === null) return result({ status: 'no-target', basis: 'no-target', path: null });
  if (!hasThisYear) return result({ status: 'no-data', basis: 'no-observations-this-year', path: null });
  if (!isComplete) return result({ status: 'no-data', basis: 'incomplete-year', path: null });

  if (target.kind !== 'growth-at-least') {
    return result(judgeLevelTarget(target, year, { actual: ytd.total, final: isFinal ? ytd.total : null, projected: projection?.total ?? null }, annual));
  }
  const growthNeeded = 1 + target.value / 100;
  if (isFinal && ytd.growthSource === 'published' && ytd.growthPercent !== null) {
    // The publisher's growth is on its comparable basis: the year is judged on it.
    return result({ status: meetsAtLeast(ytd.growthPercent, target.value) ? 'met' : 'missed', basis: 'final', path: null });
  }
  if (previousYearTotal === null || ytd.previousTotal === null) {
    // Monthly flows need every month of both years; a published checkpoint carries its own growth.
    if (measure === 'monthly-flow' || ytd.growthPercent === null) return result({ status: 'no-data', basis: 'no-comparison', path: null });
    // Without last year's total there is no seasonal profile: the year is judged on its growth so far.
    if (isFinal) return result({ status: meetsAtLeast(ytd.growthPercent, target.value) ? 'met' : 'missed', basis: 'final', path: null });
    return result({ status: judgeAtLeast(1 + ytd.growthPercent / 100, growthNeeded), basis: 'projection', path: null });
  }
  const required = previousYearTotal * growthNeeded;
  if (isFinal) return result({ status: meetsAtLeast(ytd.total, required) ? 'met' : 'missed', basis: 'final', path: null });
  if (projection === null) return result({ status: 'no-data', basis: 'incomplete-year', path: null });
  return result({ status: judgeAtLeast(projection.total, required), basis: 'projection', path: null });
}

/**
 * The year-to-date total a card, a slide or a headline may show: `null` when it would undercount
 * (a month of a flow missing) or when nothing of the year is reported (no checkpoint yet).
 */
export function shownYearToDate(evaluation: FlowEvaluation): number | null {
  const ytd = evaluation.yearToDate;
  if (evaluation.latest === null || ytd.missingMonths.length > 0) return null;
  if (evaluation.measure === 'ytd-cumulative' && ytd.checkpoint === null) return null;
  return ytd.total;
}
