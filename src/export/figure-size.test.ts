import { describe, expect, test } from 'vitest';
import { DOCUMENT_SIZES, documentChartHeightPx, documentSize, drawingHeightPx, drawingWidthPx, FIGURE_TEXT_PX, pixelsAt, sizeFileSuffix } from './figure-size';

/** The point size 12 px text prints at when a drawing `widthPx` wide is printed `widthMm` wide (1 pt = 1/72 in). */
function printedPt(widthPx: number, widthMm: number): number {
  return ((FIGURE_TEXT_PX / widthPx) * widthMm) / (25.4 / 72);
}

describe('a figure drawn for a document prints its text at the size’s point size', () => {
  test.each([
    ['a4', 160, 9],
    ['half', 78, 8],
    ['slide', 338.67, 14],
  ] as const)('%s: %s mm wide, %s pt text', (id, widthMm, pt) => {
    const size = DOCUMENT_SIZES[id];
    expect(size.widthMm).toBe(widthMm);
    // Within the rounding of the width to whole pixels.
    expect(printedPt(drawingWidthPx(size), widthMm)).toBeCloseTo(pt, 1);
  });

  test('A4 text width draws at 605 px: a screen-wide figure (1,350 px) would print its 12 px text at 4 pt', () => {
    expect(drawingWidthPx(DOCUMENT_SIZES.a4)).toBe(605);
    expect(printedPt(1350, 160)).toBeLessThan(4.1);
  });

  test('the slide is 16:9, its drawing too (to the pixel), and the other sizes take the figure’s own height', () => {
    const slide = DOCUMENT_SIZES.slide;
    expect(slide.widthMm / (slide.heightMm ?? 0)).toBeCloseTo(16 / 9, 3);
    const width = drawingWidthPx(slide);
    const height = drawingHeightPx(slide) ?? 0;
    expect(Math.abs(width * 9 - height * 16)).toBeLessThanOrEqual(16);
    expect(drawingHeightPx(DOCUMENT_SIZES.a4)).toBeNull();
    expect(drawingHeightPx(DOCUMENT_SIZES.half)).toBeNull();
  });
});

test('a raster of a printed length has dpi × inches pixels: 160 mm at 300 dpi is 1,890 px, a 13.333 in slide 4,000 px', () => {
  expect(pixelsAt(160, 300)).toBe(1890);
  expect(pixelsAt(338.67, 300)).toBe(4000);
  expect(pixelsAt(190.5, 300)).toBe(2250);
  expect(pixelsAt(78, 150)).toBe(461);
});

test('the on-screen size is no document size and adds nothing to a file name; a document size names itself, and its resolution for a raster', () => {
  expect(documentSize('screen')).toBeNull();
  expect(documentSize('half')).toBe(DOCUMENT_SIZES.half);
  expect(sizeFileSuffix('screen', 300)).toBeNull();
  expect(sizeFileSuffix('a4', 300)).toBe('a4-300dpi');
  expect(sizeFileSuffix('slide', null)).toBe('slide');
});

test('a document figure’s chart is half as tall as it is wide, never under 200 px (two panels need room)', () => {
  expect(documentChartHeightPx(DOCUMENT_SIZES.a4)).toBe(Math.round(605 / 2));
  expect(documentChartHeightPx(DOCUMENT_SIZES.half)).toBe(200);
});
