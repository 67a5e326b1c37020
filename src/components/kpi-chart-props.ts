import type { ChartRow } from '../kpi/chart-rows';
import type { KpiDefinition } from '../kpi/kpi-definitions';

/** What a KPI chart draws (see `KpiChart`); the legend is built from the same props. */
export interface KpiChartProps {
  /** The year the target applies to: its line spans that year only. */
  targetYear: number;
  definition: KpiDefinition;
  rows: readonly ChartRow[];
  /** The target of the as-of year: a cycle's limit (months) or the growth target (%). */
  target: number | null;
  baseline: { year: number; value: number } | null;
  /** Pixels (260 for a line, 300 for amounts' two panels), or `fill` to take the height of a sized parent (the presenter's slides). */
  height?: number | 'fill';
  /** Formats an x-axis key (a month by default; the detail view passes quarters and years). */
  formatX?: (key: string) => string;
  /** `reference`: one line over the target year; `step`: each period's own target, as a step line. */
  targetMode?: 'reference' | 'step';
  /** Draws `previousYearValue` as a dotted overlay. */
  showPreviousYear?: boolean;
  /** Projector sizes: larger text and thicker lines. */
  large?: boolean;
  /** Name of the plotted value when it is not a month's (e.g. a quarter's amount). */
  valueLabel?: string;
  /** Notable events, marked by number at their period. */
  annotations?: readonly { x: string; label: string }[];
}
