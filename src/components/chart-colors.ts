/**
 * The dashboard's chart colours. Each pairs with a line style or a label, so no meaning rests on
 * colour alone; all lines pass 3:1 contrast against white and the zones.
 */
export const CHART_COLORS = {
  series: '#1d4ed8',
  projection: '#1d4ed8',
  target: '#b91c1c',
  baseline: '#4b5563',
  growth: '#047857',
  bars: '#2563eb',
  /** A provisional bar's fill (outlined in `bars`). */
  provisional: '#bfdbfe',
  grid: '#e5e7eb',
  axis: '#374151',
  previous: '#7c3aed',
  annotation: '#4b5563',
  /** Behind the series: where the target is met, and the at-risk band beside it (pale, so text on them keeps ≥ 4.5:1). */
  zoneMet: '#e3f6e8',
  zoneRisk: '#fdf0c8',
} as const satisfies Record<string, `#${string}`>;
