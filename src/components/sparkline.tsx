import type { Observation } from '../kpi/observation';
import { periodRange, shiftPeriod } from '../kpi/period';
import type { Period } from '../kpi/period';
import { CHART_COLORS } from './chart-colors';

const WIDTH = 120;
const HEIGHT = 32;
const MONTHS = 12;

/**
 * The last twelve months up to `asOf` as a small line; missing months break the line. Decorative
 * (the chart's data table carries the numbers), so hidden from assistive technology.
 */
export function Sparkline({ observations, asOf, label }: { observations: readonly Observation[]; asOf: Period; label: string }) {
  const from = shiftPeriod(asOf, -(MONTHS - 1));
  const periods = periodRange(from, asOf);
  // Only the twelve months are kept: a series may hold 100,000.
  const byPeriod = new Map<Period, number>();
  for (const { period, value } of observations) if (period >= from && period <= asOf) byPeriod.set(period, value);
  const values = periods.map((period) => byPeriod.get(period) ?? null);
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return null;
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const x = (index: number) => (index / (MONTHS - 1)) * (WIDTH - 4) + 2;
  const y = (value: number) => HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4);

  const segments: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current.join(' '));

  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <title>{label}</title>
      {segments.map((points) =>
        points.includes(' ') ? (
          <polyline key={points} points={points} fill="none" stroke={CHART_COLORS.series} strokeWidth={1.5} />
        ) : (
          <circle key={points} cx={points.split(',')[0]} cy={points.split(',')[1]} r={1.5} fill={CHART_COLORS.series} />
        ),
      )}
    </svg>
  );
}
