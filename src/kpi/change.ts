import type { KpiDefinition } from './kpi-definitions';
import type { Observation } from './observation';
import type { Period } from './period';
import { periodYear } from './period';
import { cumulativeYearToDate, yearToDate } from './year-to-date';

/** How the latest report moved from the one before it, read the way the KPI is judged. */
export interface ReportChange {
  /** The report compared with: the last one before the latest. */
  previousPeriod: Period;
  /** A level's change in its unit; an amount's change of year-to-date growth, in percentage points. */
  delta: number;
  measures: 'level' | 'growth-points';
  /** Toward the good side (a shorter cycle, faster growth), away from it, or not at all. */
  direction: 'better' | 'worse' | 'unchanged';
}

// Published figures carry one or two decimals: a difference below this is binary noise, not a change.
const EPSILON = 1e-9;

/**
 * The change since the previous report as of `asOf` (`observations` sorted by period):
 * - a level (a review cycle): the latest value minus the previous report's, better when it moved
 *   the way the KPI's direction prefers;
 * - an amount (pledge financing): the year-to-date growth now minus at the previous report of the
 *   same year, in points; none across a new year, when the year to date starts afresh.
 * `null` without two reports, or without growth at either of them.
 */
export function changeSinceLastReport(definition: KpiDefinition, observations: readonly Observation[], asOf: Period): ReportChange | null {
  const known = observations.filter((observation) => observation.period <= asOf);
  const latest = known.at(-1);
  const previous = known.at(-2);
  if (latest === undefined || previous === undefined) return null;
  const measure = definition.measure;
  switch (measure) {
    case 'ytd-average':
      return judged(previous.period, latest.value - previous.value, 'level', definition.direction === 'lower-is-better' ? -1 : 1);
    case 'monthly-flow':
    case 'ytd-cumulative': {
      if (periodYear(previous.period) !== periodYear(latest.period)) return null;
      const growthAt = (period: Period) => (measure === 'monthly-flow' ? yearToDate(known, period) : cumulativeYearToDate(known, period)).growthPercent;
      const now = growthAt(latest.period);
      const before = growthAt(previous.period);
      if (now === null || before === null) return null;
      return judged(previous.period, now - before, 'growth-points', 1);
    }
    default: {
      const unhandled: never = measure;
      throw new Error(`Unhandled measure ${String(unhandled)}`);
    }
  }
}

/** `good`: the sign of a change for the better (−1 where lower is better). */
function judged(previousPeriod: Period, delta: number, measures: ReportChange['measures'], good: 1 | -1): ReportChange {
  const direction = Math.abs(delta) < EPSILON ? 'unchanged' : Math.sign(delta) === good ? 'better' : 'worse';
  return { previousPeriod, delta, measures, direction };
}
