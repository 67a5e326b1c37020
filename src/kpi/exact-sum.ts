/** Decimal places of a number as written (up to 10), e.g. 308.7 → 1. */
function decimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  // Most amounts carry one decimal; this avoids a string conversion for them (1.1 × 10 is not
  // exactly 11, and such values take the slower path below).
  if (Math.abs(value) < 1e14 && Number.isInteger(value * 10)) return 1;
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent !== null) return Math.min(10, Number(exponent[1]));
  return Math.min(10, text.split('.')[1]?.length ?? 0);
}

/**
 * The sum of decimal amounts as a person would add them: 100.9 + 74.3 + 116.8 is 292, not
 * 291.99999999999994. The addends are scaled to integers at their largest precision, added
 * exactly, and scaled back, so exported totals are the decimals they are.
 */
export function exactSum(values: readonly number[]): number {
  let places = 0;
  for (const value of values) places = Math.max(places, decimals(value));
  const scale = 10 ** places;
  let total = 0;
  for (const value of values) total += Math.round(value * scale);
  // Past 2^53 integer addition is no longer exact; a plain float sum is then as good as it gets.
  if (!Number.isSafeInteger(total)) return values.reduce((sum, value) => sum + value, 0);
  return total / scale;
}
