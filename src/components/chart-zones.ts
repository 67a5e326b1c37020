import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { targetForYear } from '../kpi/kpi-definitions';
import { atRiskBand } from '../kpi/kpi-status';
import { isAmountMeasure } from '../kpi/measure';

export interface TargetZone {
  year: number;
  /** First and last drawn period of the year. */
  x1: string;
  x2: string;
  target: number;
  goodSide: 'below' | 'above';
  riskBand: readonly [number, number];
  /** `growth` for a growth target (the growth panel), `value` for a level. */
  axis: 'value' | 'growth';
}

/**
 * Where each year's target applies on the chart: the met zone (the good side of the target) and
 * the at-risk band, over that year's periods. One year in the overview (the target year), each
 * year with a target in the detail view's step mode. A growth target on a level chart (none
 * today) has no zone: it would have no axis to be read on.
 */
export function targetZones(
  rows: readonly ChartRow[],
  drawn: readonly ChartRow[],
  { isStep, target, targetYear, definition }: { isStep: boolean; target: number | null; targetYear: number; definition: KpiDefinition },
): TargetZone[] {
  const isFlow = isAmountMeasure(definition.measure);
  const years = isStep ? [...new Set(rows.filter((row) => row.target !== null).map((row) => periodYearOf(row.period)))] : [targetYear];
  return years.flatMap((year) => {
    const yearRows = drawn.filter((row) => periodYearOf(row.period) === year);
    const x1 = yearRows[0]?.period;
    const x2 = yearRows.at(-1)?.period;
    const row = rows.find((candidate) => periodYearOf(candidate.period) === year && candidate.target !== null);
    const kind = isStep ? (row?.targetKind ?? null) : (targetForYear(definition, year)?.kind ?? null);
    const value = isStep ? (row?.target ?? null) : target;
    if (x1 === undefined || x2 === undefined || kind === null || value === null) return [];
    if (kind === 'growth-at-least' && !isFlow) return [];
    return [{ year, x1, x2, target: value, goodSide: kind === 'at-most' ? 'below' : 'above', riskBand: atRiskBand(kind, value), axis: kind === 'growth-at-least' ? 'growth' : 'value' }];
  });
}

/** Keys are `YYYY-MM`, `YYYY-Qn` or `YYYY`: the year is always the first four characters. */
export function periodYearOf(key: string): number {
  return Number(key.slice(0, 4));
}

