import type { KpiEvaluation } from './evaluate-kpi';
import { shownYearToDate } from './evaluate-kpi';
import { atRiskBand } from './kpi-status';

/**
 * A bullet bar: the judged figure against its target on one scale from 0, with the band where the
 * status would be "at risk". Lower-is-better (a review cycle ≤ 16 months) is good left of the
 * target; higher-is-better (growth ≥ 20%, an amount ≥ 3,200) right of it.
 */
export interface BulletScale {
  /** The end of the scale (its start is 0). */
  max: number;
  /** The figure the status is judged on now: the latest level, or the year-to-date growth or total. */
  value: number;
  /** The projection to the deadline, when the status is judged on one. */
  projection: number | null;
  target: number;
  /** Where "at risk" lies, on the scale of `value` (see `atRiskBand`). */
  riskBand: readonly [number, number];
  goodSide: 'below' | 'above';
  /** What `value` measures: a level in the KPI's unit, or a growth in %. */
  measures: 'level' | 'growth';
}

/** The bullet bar of an evaluation, or `null` when there is no target or no figure to place. */
export function bulletScale(evaluation: KpiEvaluation): BulletScale | null {
  const target = evaluation.target;
  if (target === null || evaluation.latest === null) return null;
  let value: number | null;
  let projection: number | null = null;
  let measures: BulletScale['measures'] = 'level';
  if (evaluation.kind === 'level') {
    // A level judged on its growth (December over last December) has no growth figure to place
    // on the target's scale until December: no bar, rather than a level drawn against a percentage.
    if (target.kind === 'growth-at-least') return null;
    value = evaluation.latest.value;
    projection = evaluation.basis === 'projection' ? (evaluation.projection?.value ?? null) : null;
  } else if (target.kind === 'growth-at-least') {
    measures = 'growth';
    value = shownYearToDate(evaluation) === null ? null : evaluation.yearToDate.growthPercent;
    projection = evaluation.basis === 'projection' ? (evaluation.projection?.growthPercent ?? null) : null;
  } else {
    value = shownYearToDate(evaluation) === null ? null : evaluation.yearToDate.total;
    projection = evaluation.basis === 'projection' ? (evaluation.projection?.total ?? null) : null;
  }
  if (value === null) return null;
  const goodSide = target.kind === 'at-most' ? 'below' : 'above';
  const riskBand = atRiskBand(target.kind, target.value);
  // Room past the furthest mark, so neither the target nor the figure sits on the edge.
  const max = Math.max(value, projection ?? 0, riskBand[1], target.value) * 1.15;
  return { max, value, projection, target: target.value, riskBand, goodSide, measures };
}
