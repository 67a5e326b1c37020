import { useXAxisScale, useYAxisScale } from 'recharts';

/**
 * Dense series (issue 12): past a few hundred drawn points, recharts' per-point pipeline (a point
 * object, a tooltip entry and a category per row, for every line) costs far more than drawing.
 * The chart then gives recharts a thin skeleton of rows for its axes and tooltip, on a numeric x
 * axis of row indices, and this layer draws each line as one precomputed path through recharts'
 * own scales, so it sits exactly on the axes, zones and reference lines.
 */
export interface DensePoint {
  /** The row's index in the chart's rows: the numeric x axis. */
  t: number;
  y: number | null;
}

/**
 * One SVG path through the points, broken where `y` is null (a gap stays a gap). `step`: each
 * value holds until the next point, as recharts' `stepAfter`. Coordinates are rounded to 0.1 px.
 */
export function densePath(points: readonly DensePoint[], x: (t: number) => number, y: (value: number) => number, step = false): string {
  const parts: string[] = [];
  let isDrawing = false;
  for (const point of points) {
    if (point.y === null) {
      isDrawing = false;
      continue;
    }
    const px = round(x(point.t));
    const py = round(y(point.y));
    // A scale not ready yet (recharts registers its axes after the first render) places nothing.
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      isDrawing = false;
      continue;
    }
    if (!isDrawing) parts.push(`M${px},${py}`);
    else if (step) parts.push(`H${px}V${py}`);
    else parts.push(`L${px},${py}`);
    isDrawing = true;
  }
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface DenseLine {
  key: string;
  points: readonly DensePoint[];
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  step?: boolean;
}

/** Hollow markers (provisional figures) on a dense line, where a dot per point would be noise. */
export interface DenseMarker {
  t: number;
  y: number;
  className: string;
  radius: number;
  stroke: string;
}

/** Rendered as a child of a recharts chart (recharts 3 renders any child inside its SVG). */
export function DenseLines({ yAxisId, lines, markers = [] }: { yAxisId: string; lines: readonly DenseLine[]; markers?: readonly DenseMarker[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale(yAxisId);
  if (xScale === undefined || yScale === undefined) return null;
  const x = (t: number) => Number(xScale(t));
  const y = (value: number) => Number(yScale(value));
  return (
    <g className="dense-lines">
      {lines.map((line) => (
        <path
          key={line.key}
          className={`dense-line dense-line-${line.key}`}
          d={densePath(line.points, x, y, line.step)}
          fill="none"
          stroke={line.stroke}
          strokeWidth={line.strokeWidth}
          strokeDasharray={line.strokeDasharray}
          strokeLinejoin="round"
        />
      ))}
      {markers.filter((marker) => Number.isFinite(x(marker.t)) && Number.isFinite(y(marker.y))).map((marker) => (
        <circle key={`${marker.className}-${marker.t}`} className={marker.className} cx={x(marker.t)} cy={y(marker.y)} r={marker.radius} fill="#ffffff" stroke={marker.stroke} strokeWidth={2} />
      ))}
    </g>
  );
}
