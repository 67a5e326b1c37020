import type { KpiMeasure } from './kpi-definitions';

export interface MeasureTraits {
  /** An amount (drawn as bars, with the year-to-date growth on its own axis), or a level (a line). */
  figure: 'amount' | 'level';
  /** How a quarter or a year is read from months: the sum of its months, or its last report. */
  aggregate: 'sum' | 'last';
  /** Whether the series is published at checkpoints, so a month without a figure is no gap. */
  isCheckpointed: boolean;
}

/**
 * What depends on a KPI's measure, in one table: a new measure is a compile error here until
 * every trait is decided, instead of falling silently into another measure's branch.
 */
export const MEASURE_TRAITS = {
  'ytd-average': { figure: 'level', aggregate: 'last', isCheckpointed: true },
  'monthly-flow': { figure: 'amount', aggregate: 'sum', isCheckpointed: false },
  'ytd-cumulative': { figure: 'amount', aggregate: 'last', isCheckpointed: true },
} as const satisfies Record<KpiMeasure, MeasureTraits>;

/** Drawn as amounts (bars) with the year-to-date growth beside them. */
export function isAmountMeasure(measure: KpiMeasure): boolean {
  return MEASURE_TRAITS[measure].figure === 'amount';
}
