import { aggregateSeries } from './aggregate';
import type { Granularity } from './aggregate';
import { buildChartRows } from './chart-rows';
import type { ChartRow } from './chart-rows';
import type { KpiEvaluation } from './evaluate-kpi';
import type { KpiDefinition } from './kpi-definitions';
import { targetForYear } from './kpi-definitions';
import type { Observation } from './observation';
import { periodYear, shiftPeriod } from './period';
import type { Period } from './period';

/**
 * The rows of a detail chart and table. Months keep the feed's values and the projection; quarters
 * and years aggregate by the KPI's rule. `observations` must be cut at the as-of month.
 */
export function buildDetailRows(
  definition: KpiDefinition,
  observations: readonly Observation[],
  evaluation: KpiEvaluation,
  granularity: Granularity,
  from: Period,
  to: Period,
): ChartRow[] {
  if (granularity === 'month') {
    const byPeriod = new Map(observations.map((observation) => [observation.period, observation.value]));
    return buildChartRows(definition, observations, evaluation, from, to).map((row) => ({
      ...row,
      previousYearValue: byPeriod.get(shiftPeriod(row.period, -12)) ?? null,
    }));
  }
  return aggregateSeries(definition, observations, granularity, from, to).map((bucket) => {
    const target = targetForYear(definition, periodYear(bucket.start));
    return {
    period: bucket.key,
    value: bucket.value,
    isProvisional: bucket.isProvisional,
    projection: null,
    target: target?.value ?? null,
    targetKind: target?.kind ?? null,
    source: bucket.source,
    // A quarter or year sums or averages months: a revision is told on the months themselves.
    revision: null,
    ytdGrowthPercent: bucket.ytdGrowthPercent,
    growthSource: bucket.ytdGrowthPercent === null ? null : bucket.growthSource,
    previousYearValue: bucket.previousYearValue,
    periodGrowthPercent: bucket.growthPercent,
    partialMonths: bucket.monthsInBucket < (granularity === 'quarter' ? 3 : 12) ? bucket.monthsInBucket : null,
    };
  });
}
