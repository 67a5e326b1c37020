/** Beyond this many decimal places, integer scaling would lose more than it saves. */
const MAX_PLACES = 15;

/** Decimal places of a number as JavaScript writes it: 308.7 → 1, 1.5e-7 → 8, 1e21 → 0. */
function decimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  // Most amounts carry one decimal; this spares them a string conversion. A value is the double
  // nearest some k/10 exactly when scaling back its rounded tenths gives it again (1.1 × 10 is not
  // exactly 11, but 11 / 10 is 1.1), and JavaScript then writes it with one decimal.
  if (Math.abs(value) < 1e14 && Math.round(value * 10) / 10 === value) return 1;
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * The sum of decimal amounts as a person would add them: 100.9 + 74.3 + 116.8 is 292, not
 * 291.99999999999994. The addends are scaled to integers at their largest precision, added
 * exactly, and scaled back, so exported totals are the decimals they are. Where that cannot be
 * exact (more than 15 places, or integers past 2^53) it is a plain float sum.
 */
export function exactSum(values: readonly number[]): number {
  let places = 0;
  for (const value of values) places = Math.max(places, decimals(value));
  const plain = () => values.reduce((sum, value) => sum + value, 0);
  if (places > MAX_PLACES) return plain();
  const scale = 10 ** places;
  let total = 0;
  for (const value of values) {
    const scaled = Math.round(value * scale);
    if (!Number.isSafeInteger(scaled)) return plain();
    total += scaled;
  }
  if (!Number.isSafeInteger(total)) return plain();
  return total / scale;
}

/** `exactSum([a, -b])` without the array: a − b at the operands' precision (15.2 − 16 is −0.8). */
export function exactDifference(a: number, b: number): number {
  const places = Math.max(decimals(a), decimals(b));
  if (places > MAX_PLACES) return a - b;
  const scale = 10 ** places;
  const scaledA = Math.round(a * scale);
  const scaledB = Math.round(b * scale);
  const difference = scaledA - scaledB;
  if (!Number.isSafeInteger(scaledA) || !Number.isSafeInteger(scaledB) || !Number.isSafeInteger(difference)) return a - b;
  return difference / scale;
}

/**
 * `exactSum` of every prefix of `values`, in one pass (running year-to-date totals): the i-th
 * sum is `exactSum(values.slice(0, i + 1))`. The integer total is rescaled when a value with
 * more decimal places arrives, instead of summing each prefix again.
 */
export function exactRunningSums(values: readonly number[]): number[] {
  const sums: number[] = [];
  let places = 0;
  let total = 0;
  let plainTotal = 0;
  let isExact = true;
  for (const value of values) {
    plainTotal += value;
    if (isExact) {
      const valuePlaces = decimals(value);
      if (valuePlaces > MAX_PLACES) {
        isExact = false;
      } else {
        if (valuePlaces > places) {
          total *= 10 ** (valuePlaces - places);
          places = valuePlaces;
        }
        const scaled = Math.round(value * 10 ** places);
        total += scaled;
        if (!Number.isSafeInteger(scaled) || !Number.isSafeInteger(total)) isExact = false;
      }
    }
    sums.push(isExact ? total / 10 ** places : plainTotal);
  }
  return sums;
}

/**
 * A figure at the precision it is shown at, as the decimal a person reads: 12.298747763864037 at
 * one decimal is 12.3, 1749.8 at none is 1750. Rounds half away from zero on the number's exact
 * value, as `Intl.NumberFormat` does, so a written cell and the shown text always agree.
 */
export function roundToDecimals(value: number, places: number): number {
  return Number(value.toFixed(places));
}

/** Growth rates are shown, and written, to one decimal (+43.9%). */
export const GROWTH_DECIMALS = 1;
