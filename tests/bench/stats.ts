export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The exponent k in time ∝ points^k between two sizes: 1 is linear growth. */
export function growthExponent(fromPoints: number, fromMs: number, toPoints: number, toMs: number): number {
  return Math.log(toMs / fromMs) / Math.log(toPoints / fromPoints);
}

export function formatMs(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
}

export function formatRatio(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)}×`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
