/**
 * A y-axis domain that always contains the data and every reference value (so the target line is
 * never clipped off the chart), with a little headroom. Falls back to [0, 1] with no values.
 */
export function chartDomain(values: readonly (number | null)[], references: readonly (number | null)[]): [number, number] {
  const all = [...values, ...references].filter((value): value is number => value !== null && Number.isFinite(value));
  if (all.length === 0) return [0, 1];
  // A loop, not Math.min(...all): a long series would overflow the argument stack.
  let min = Infinity;
  let max = -Infinity;
  for (const value of all) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const padding = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  const low = min >= 0 && min - padding < 0 ? 0 : min - padding;
  return [niceFloor(low), niceCeil(max + padding)];
}

function step(span: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(span, 1e-9)));
  return span / magnitude > 5 ? magnitude : magnitude / 2;
}

function niceFloor(value: number): number {
  const unit = step(Math.abs(value) || 1);
  return Math.floor(value / unit) * unit;
}

function niceCeil(value: number): number {
  const unit = step(Math.abs(value) || 1);
  return Math.ceil(value / unit) * unit;
}
