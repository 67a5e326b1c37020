import fc from 'fast-check';
import { expect, test } from 'vitest';
import { downsampleWithGaps, lttbIndices } from './downsample';

test('a short series is kept whole', () => {
  expect(lttbIndices([1, 2, 3], 10)).toEqual([0, 1, 2]);
});

test('LTTB keeps the first, the last and the extremes of a spike', () => {
  const ys = Array.from({ length: 1000 }, (_, index) => (index === 500 ? 100 : 0));
  const kept = lttbIndices(ys, 20);
  expect(kept).toHaveLength(20);
  expect(kept[0]).toBe(0);
  expect(kept.at(-1)).toBe(999);
  expect(kept).toContain(500);
});

test('property: indices are strictly increasing, within range, and at most the threshold', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 3, maxLength: 400 }), fc.integer({ min: 3, max: 500 }), (ys, threshold) => {
      const kept = lttbIndices(ys, threshold);
      expect(kept.length).toBe(Math.min(threshold, ys.length));
      for (let index = 1; index < kept.length; index += 1) expect(kept[index] ?? 0).toBeGreaterThan(kept[index - 1] ?? 0);
      expect(kept[0]).toBe(0);
      expect(kept.at(-1)).toBe(ys.length - 1);
    }),
  );
});

test('gaps survive downsampling as gaps', () => {
  const items = Array.from({ length: 10_000 }, (_, index) => ({ index, value: index >= 4000 && index < 4010 ? null : Math.sin(index / 50) }));
  const drawn = downsampleWithGaps(items, (item) => item.value, 500);
  expect(drawn.length).toBeLessThanOrEqual(510);
  const gapAt = drawn.findIndex((item) => item.value === null);
  expect(gapAt).toBeGreaterThan(0);
  expect(drawn[gapAt - 1]?.index).toBe(3999);
  expect(drawn[gapAt + 1]?.index).toBe(4010);
});
