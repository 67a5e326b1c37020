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

// Worked by hand from the LTTB paper: each bucket keeps the point that makes the largest triangle
// with the point kept before it and the average of the next bucket.
test('a peak between two flat stretches is the point kept from its bucket', () => {
  expect(lttbIndices([0, 1, 2, 0, 0], 3)).toEqual([0, 2, 4]);
});

test('the next bucket’s average decides which point of a bucket shapes the line', () => {
  // Buckets {1,2,3} and {4,5,6}; the first is judged against the average (5, 3) of the second:
  // triangle areas 7, 1 and 6, so index 1; the second against the last point: index 6 (the 9).
  expect(lttbIndices([0, 2, 1, 3, 0, 0, 9, 0], 4)).toEqual([0, 1, 6, 7]);
});

test('a threshold under 3 cannot keep both ends and a shape, so the series is drawn whole', () => {
  expect(lttbIndices([5, 4, 3, 2, 1], 2)).toEqual([0, 1, 2, 3, 4]);
  expect(lttbIndices([5, 4, 3, 2, 1], 5)).toEqual([0, 1, 2, 3, 4]);
});

test('a thinned line still starts and ends each stretch of data at its real first and last month', () => {
  // 0–899 present, 900–909 missing, 910–999 present: two stretches, nine to one in length.
  const items = Array.from({ length: 1000 }, (_, index) => ({ index, value: index >= 900 && index < 910 ? null : (index * 37) % 101 }));
  const drawn = downsampleWithGaps(items, (item) => item.value, 100);
  const indices = drawn.map((item) => item.index);
  expect(indices[0]).toBe(0);
  expect(indices).toContain(899);
  expect(indices).toContain(910);
  expect(indices.at(-1)).toBe(999);
  // One missing month stands for the whole gap, so the line breaks there.
  expect(drawn.filter((item) => item.value === null).map((item) => item.index)).toEqual([909]);
  // Points are shared out by length: about 91 for the long stretch, 9 for the short one.
  expect(indices.filter((index) => index < 900)).toHaveLength(91);
  expect(indices.filter((index) => index >= 910)).toHaveLength(9);
});

test('leading missing months are not drawn, and a series that fits is returned as it is', () => {
  const items = Array.from({ length: 300 }, (_, index) => ({ index, value: index < 50 ? null : index }));
  const drawn = downsampleWithGaps(items, (item) => item.value, 100);
  expect(drawn[0]?.index).toBe(50);
  expect(drawn.at(-1)?.index).toBe(299);
  expect(drawn.some((item) => item.value === null)).toBe(false);

  const short = items.slice(0, 100);
  const kept = downsampleWithGaps(short, (item) => item.value, 100);
  expect(kept).toEqual(short);
});

test('a thinned line keeps a one-month spike, and stops at the last reported month when the series ends in a gap', () => {
  const items = Array.from({ length: 2000 }, (_, index) => ({ index, value: index >= 1990 ? null : index === 777 ? 50 : 10 + (index % 7) / 100 }));
  const drawn = downsampleWithGaps(items, (item) => item.value, 100);
  expect(drawn.map((item) => item.index)).toContain(777);
  expect(drawn.at(-1)?.index).toBe(1989);
  expect(drawn.some((item) => item.value === null)).toBe(false);
});

test('small values thin like large ones: a dip of 0.0005 is kept', () => {
  // Every triangle here has an area far below 1: the kept point must still be the dip.
  const ys = Array.from({ length: 1000 }, (_, index) => (index === 400 ? 0.001 : 0.0015));
  expect(lttbIndices(ys, 20)).toContain(400);
});
