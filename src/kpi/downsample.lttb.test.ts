import { expect, test } from 'vitest';
import { lttbIndices } from './downsample';

// Hand-worked LTTB on four points kept to three: one bucket, indices 1 and 2, judged against
// the first point (0, ys[0]) and the average of the next bucket, the last point (3, ys[3]).

test('the point kept is the one farthest from the line to the next bucket, on either side of it', () => {
  // Line from (0, 0) to (3, 10): y = 10x/3. (1, 5) is 1.67 above it, (2, 1) 5.67 below: 2 is kept.
  // Twice the triangle areas: |−3·5 + 10·1| = 5 for index 1, |−3·1 + 10·2| = 17 for index 2.
  expect(lttbIndices([0, 5, 1, 10], 3)).toEqual([0, 2, 3]);
  // Mirrored left to right: line from (0, 10) to (3, 0); (1, 1) is 5.67 below it, (2, 5) 1.67 above.
  expect(lttbIndices([10, 1, 5, 0], 3)).toEqual([0, 1, 3]);
});

test('of two points equally far from the line, the earlier one is kept', () => {
  // Line from (0, 0) to (3, 0): both (1, 1) and (2, 1) are 1 above it.
  expect(lttbIndices([0, 1, 1, 0], 3)).toEqual([0, 1, 3]);
});

test('of two equal highs, the one kept is the one whose triangle toward the next bucket’s average is largest', () => {
  // Six points kept to four: buckets {1, 2} and {3, 4}. The first is judged from (0, 4) toward the
  // average of the second, (3.5, 3): twice the areas are |−3.5·(8 − 4) − 1| = 15 for index 1 and
  // |−3.5·(8 − 4) − 2| = 16 for index 2, so 2. The second is judged from (2, 8) toward the last
  // point (5, 8): 3·8 = 24 for index 3 (the 0) against 3·2 = 6 for index 4, so 3.
  expect(lttbIndices([4, 8, 8, 0, 6, 8], 4)).toEqual([0, 2, 3, 5]);
});
