/**
 * The dashboard's chart colours. Each pairs with a line style or a label, so no meaning rests on
 * colour alone; all pass 3:1 contrast against white.
 */
export const CHART_COLORS = {
  series: '#1d4ed8',
  projection: '#1d4ed8',
  target: '#b91c1c',
  baseline: '#4b5563',
  growth: '#047857',
  bars: '#2563eb',
  grid: '#e5e7eb',
  axis: '#374151',
  previous: '#7c3aed',
  annotation: '#6b7280',
} as const satisfies Record<string, `#${string}`>;
