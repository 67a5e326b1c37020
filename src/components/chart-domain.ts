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

/** How many y ticks fit a plot of this height without crowding: 2 to `MAX_TICKS`, one per ~2.5 lines of text. */
export function ticksForHeight(plotHeight: number, fontSize: number): number {
  return Math.max(2, Math.min(MAX_TICKS, Math.floor(plotHeight / (fontSize * 2.5))));
}

// The steps a time axis may take, in its own unit: months (every month, two, a quarter, half a
// year, a year, …), quarters, or years.
const TIME_STEPS = {
  month: [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000],
  quarter: [1, 2, 4, 8, 20, 40, 80, 200, 400, 800, 2000, 4000],
  year: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
} as const;

/** A period key (`YYYY-MM`, `YYYY-Qn`, `YYYY`) as a count of its own unit since year 0. */
function timeIndex(key: string): { unit: keyof typeof TIME_STEPS; index: number } | null {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month !== null) return { unit: 'month', index: Number(month[1]) * 12 + Number(month[2]) - 1 };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter !== null) return { unit: 'quarter', index: Number(quarter[1]) * 4 + Number(quarter[2]) - 1 };
  return /^\d{4}$/.test(key) ? { unit: 'year', index: Number(key) } : null;
}

/**
 * The x ticks of a time axis: the keys on an even step (every month, quarter, half year, year, …,
 * aligned on the calendar: quarters start in January, April, July and October) with the smallest
 * step that fits `maxCount` labels. Where a dense series was thinned and the key on the step was
 * not drawn, the first drawn key after it stands in. Keys that are not periods are all ticks.
 */
export function evenTimeTicks(keys: readonly string[], maxCount: number): string[] {
  const indexed = keys.map(timeIndex);
  const first = indexed[0];
  if (first === null || first === undefined || indexed.some((entry) => entry === null || entry.unit !== first.unit)) return [...keys];
  const indices = indexed.map((entry) => (entry as { index: number }).index);
  for (const step of TIME_STEPS[first.unit]) {
    const ticks: string[] = [];
    for (let position = 0; position < keys.length; position += 1) {
      const index = indices[position] as number;
      const previous = indices[position - 1];
      const onStep = index % step === 0;
      // A thinned series: the key on the step was dropped, so the first key past it stands in.
      const standsIn = previous !== undefined && Math.floor(index / step) !== Math.floor(previous / step) && index - previous > 1;
      if (onStep || standsIn) ticks.push(keys[position] as string);
    }
    if (ticks.length <= Math.max(1, maxCount)) return ticks;
  }
  return [keys[0] as string];
}

/** A rough width of a tick label: CJK characters are a full em, others about 0.6 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.6;
  return width;
}

/** The step between an axis's ticks (1 for a single tick). */
export function tickStep(ticks: readonly number[]): number {
  return ticks.length >= 2 ? Math.abs((ticks[1] as number) - (ticks[0] as number)) : 1;
}
