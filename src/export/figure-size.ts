/**
 * Sizes for a figure that goes into a document or a slide. A chart exported at its on-screen size
 * sets its 12 px axis text at whatever size the window happened to be (a 1,350 px figure placed at
 * A4 text width shrinks it to about 4 pt); a document size fixes the printed width and the text's
 * point size instead, and the chart is drawn afresh at the pixel width that gives both.
 */
export type FigureSizeId = 'screen' | 'a4' | 'half' | 'slide';

export interface DocumentSize {
  id: Exclude<FigureSizeId, 'screen'>;
  /** Printed width of the whole figure. */
  widthMm: number;
  /** Printed height when the format fixes it (a 16:9 slide); otherwise the figure's own. */
  heightMm: number | null;
  /** The point size of the chart's axis, legend and notes text once printed at `widthMm`. */
  textPt: number;
}

export const FIGURE_SIZE_IDS = ['screen', 'a4', 'half', 'slide'] as const satisfies readonly FigureSizeId[];

/**
 * A4's text width with 25 mm margins (210 − 2 × 25 = 160 mm) at 9 pt; half of it, less a gutter,
 * for two figures side by side at 8 pt; a 16:9 slide (PowerPoint's and Keynote's default,
 * 13.333 × 7.5 in) filled by the figure at 14 pt, readable from the back of a room.
 */
export const DOCUMENT_SIZES = {
  a4: { id: 'a4', widthMm: 160, heightMm: null, textPt: 9 },
  half: { id: 'half', widthMm: 78, heightMm: null, textPt: 8 },
  slide: { id: 'slide', widthMm: 338.67, heightMm: 190.5, textPt: 14 },
} as const satisfies Record<DocumentSize['id'], DocumentSize>;

/** The pixel size of the chart's body text (axis ticks, legend, notes): the unit a size is scaled from. */
export const FIGURE_TEXT_PX = 12;

const MM_PER_INCH = 25.4;
const MM_PER_PT = MM_PER_INCH / 72;

export function documentSize(id: FigureSizeId): DocumentSize | null {
  return id === 'screen' ? null : DOCUMENT_SIZES[id];
}

/** The width to draw at, in CSS pixels, so 12 px text prints at `textPt` when the figure is `widthMm` wide. */
export function drawingWidthPx(size: DocumentSize): number {
  return Math.round((size.widthMm / (size.textPt * MM_PER_PT)) * FIGURE_TEXT_PX);
}

/** The drawing's height for a size that fixes it (same scale as its width); null otherwise. */
export function drawingHeightPx(size: DocumentSize): number | null {
  return size.heightMm === null ? null : Math.round((drawingWidthPx(size) * size.heightMm) / size.widthMm);
}

/**
 * The chart's height in a figure whose height the size does not fix: half its width (a 16 cm figure
 * gets an 8 cm chart), at least 200 px so a two-panel chart keeps room for both.
 */
export function documentChartHeightPx(size: DocumentSize): number {
  return Math.max(200, Math.round(drawingWidthPx(size) / 2));
}

/** Pixels of a raster `mm` long at `dpi`. */
export function pixelsAt(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/** The resolutions offered for a document size; 300 dpi is print quality. */
export const DOCUMENT_DPIS = [150, 300, 600] as const;
export type DocumentDpi = (typeof DOCUMENT_DPIS)[number];

/** The file-name part that tells a document-sized export from the on-screen one (`_a4`, `_slide-300dpi`). */
export function sizeFileSuffix(id: FigureSizeId, dpi: DocumentDpi | null): string | null {
  if (id === 'screen') return null;
  return dpi === null ? id : `${id}-${dpi}dpi`;
}
