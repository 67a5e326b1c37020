/** A legend entry, drawn the same way on screen (HTML) and in exported figures (SVG). */
export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /**
   * `line` solid, `dashed` and `dotted` lines; `bar` filled, `bar-outline` dashed outline; `area` a
   * shaded zone; `dot-hollow` and `bar-pale` a provisional point or bar.
   */
  swatch: 'line' | 'dashed' | 'dotted' | 'bar' | 'bar-outline' | 'area' | 'dot-hollow' | 'bar-pale';
}
