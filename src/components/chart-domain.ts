/** A y-axis: its domain and the ticks drawn on it, every one a round step. */
export interface ChartScale {
  domain: [number, number];
  ticks: number[];
}

/** The steps an axis may take: 1, 2, 2.5 or 5 × 10ⁿ. */
const ROUND_STEPS = [1, 2, 2.5, 5] as const;

/** The most ticks an axis shows (fewer on a narrow chart would be set by the caller). */
export const MAX_TICKS = 6;

/**
 * Round ticks covering [min, max]: the smallest round step (1, 2, 2.5 or 5 × 10ⁿ) that needs no
 * more than `maxTicks` ticks, starting and ending on a multiple of it. Ticks are computed as
 * integer multiples of the step, so they carry no float noise (0.1 × 3 is written 0.3).
 */
export function niceScale(min: number, max: number, maxTicks = MAX_TICKS): ChartScale {
  const high = max > min ? max : min + 1;
  const rough = (high - min) / Math.max(1, maxTicks - 1);
  // Beyond what a float can step through (1e300 + 1 is 1e300): the bounds as they are.
  if (!(rough > 0) || !Number.isFinite(rough)) return { domain: [min, high], ticks: [min, high] };
  // Try 1, 2, 2.5 and 5 × 10ⁿ from the rough step's power of ten upwards until the ticks fit:
  // bounds a hair past a multiple can need the next power (−1e-8 … 40 by tens is −10 … 40).
  const start = Math.floor(Math.log10(rough));
  for (let exponent = start; exponent <= start + 2; exponent += 1) {
    const magnitude = 10 ** exponent;
    for (const multiple of ROUND_STEPS) {
      const step = multiple * magnitude;
      const first = Math.floor(min / step + 1e-9);
      const last = Math.ceil(high / step - 1e-9);
      if (last - first + 1 > maxTicks) continue;
      // Enough decimals for the step (2.5 × 10⁻¹ needs two), so a tick is the decimal it names.
      const decimals = Math.max(0, -exponent + (multiple === 2.5 ? 1 : 0));
      const ticks: number[] = [];
      for (let index = first; index <= last; index += 1) ticks.push(Number((index * step).toFixed(decimals)));
      return { domain: [ticks[0] ?? min, ticks.at(-1) ?? high], ticks };
    }
  }
  // Two powers of ten above the rough step always fit; this is never reached.
  return { domain: [min, high], ticks: [min, high] };
}

/**
 * A y-axis that always contains the data and every reference value (so the target line is never
 * clipped off the chart), with a little headroom, on round ticks. Falls back to 0–1 with no values.
 */
export function chartDomain(values: readonly (number | null)[], references: readonly (number | null)[], maxTicks = MAX_TICKS): ChartScale {
  const all = [...values, ...references].filter((value): value is number => value !== null && Number.isFinite(value));
  if (all.length === 0) return niceScale(0, 1, maxTicks);
  // A loop, not Math.min(...all): a long series would overflow the argument stack.
  let min = Infinity;
  let max = -Infinity;
  for (const value of all) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const padding = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  // An axis of amounts or growth that starts near 0 starts at 0.
  const low = min >= 0 && min - padding < 0 ? 0 : min - padding;
  return niceScale(low, max + padding, maxTicks);
}
