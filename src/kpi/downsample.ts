/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): picks `threshold` of `ys.length` points that
 * keep the visual shape of a line. Returns the indices kept, in order, always including the first
 * and the last. Used for drawing only: tables and exports keep every row.
 */
export function lttbIndices(ys: readonly number[], threshold: number): number[] {
  const n = ys.length;
  if (threshold >= n || threshold < 3) return Array.from({ length: n }, (_, index) => index);
  const kept = [0];
  const bucketSize = (n - 2) / (threshold - 2);
  let a = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket += 1) {
    // The average of the next bucket is the third corner of the triangle.
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let averageX = 0;
    let averageY = 0;
    for (let index = nextStart; index < nextEnd; index += 1) {
      averageX += index;
      averageY += ys[index] ?? 0;
    }
    const count = Math.max(1, nextEnd - nextStart);
    averageX /= count;
    averageY /= count;

    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const ay = ys[a] ?? 0;
    let bestArea = -1;
    let best = start;
    for (let index = start; index < end; index += 1) {
      const area = Math.abs((a - averageX) * ((ys[index] ?? 0) - ay) - (a - index) * (averageY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = index;
      }
    }
    kept.push(best);
    a = best;
  }
  kept.push(n - 1);
  return kept;
}

/**
 * Thins a series with gaps to about `maxPoints` for drawing. Each unbroken run is reduced with
 * LTTB in proportion to its length, and one empty item is kept between runs so a gap stays a gap.
 */
export function downsampleWithGaps<T>(items: readonly T[], valueOf: (item: T) => number | null, maxPoints: number): T[] {
  if (items.length <= maxPoints) return [...items];
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  items.forEach((item, index) => {
    const isPresent = valueOf(item) !== null;
    if (isPresent && start === -1) start = index;
    if (!isPresent && start !== -1) {
      runs.push({ start, end: index });
      start = -1;
    }
  });
  if (start !== -1) runs.push({ start, end: items.length });
  const present = runs.reduce((sum, run) => sum + run.end - run.start, 0);

  const result: T[] = [];
  runs.forEach((run, runIndex) => {
    if (runIndex > 0) {
      const gap = items[run.start - 1];
      if (gap !== undefined) result.push(gap);
    }
    const slice = items.slice(run.start, run.end);
    const budget = Math.max(2, Math.round((slice.length / Math.max(1, present)) * maxPoints));
    const ys = slice.map((item) => valueOf(item) ?? 0);
    for (const index of lttbIndices(ys, budget)) {
      const item = slice[index];
      if (item !== undefined) result.push(item);
    }
  });
  return result;
}
