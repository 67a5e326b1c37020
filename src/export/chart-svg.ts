import type { LegendItem } from './legend-item';

/** System fonts with CJK fallbacks: an exported figure must render Chinese without web fonts. */
export const EXPORT_FONT_STACK =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Segoe UI', system-ui, -apple-system, sans-serif";

export interface FigureText {
  title: string;
  subtitle: string;
  footer: string;
  legend: readonly LegendItem[];
  /**
   * Lines under the legend that make the figure explain itself: the status and headline, the key
   * to each numbered event marker, a provisional note. Wrapped to the figure's width.
   */
  notes?: readonly string[];
}

export interface FigureOptions {
  isTransparent?: boolean;
  /** The figure's width in pixels (a document size draws its chart at it); else the chart's, at least 480. */
  width?: number;
  /** The printed width a document size states in the SVG's `width` (and `height`, in proportion). */
  printedWidthMm?: number;
}

export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

// The presentation properties that decide how a chart looks; each is copied from the computed
// style onto the element as an attribute, which every vector editor understands.
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'style', 'image', 'iframe', 'a', 'use'];

const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const BODY_SIZE = 12;
const MARGIN = 16;
/** The heading of a one-line title and a one-line subtitle; each further line adds its line height. */
const HEADER_HEIGHT = MARGIN + TITLE_SIZE + 8 + SUBTITLE_SIZE + 12;
const TITLE_LINE = TITLE_SIZE + 5;
const SUBTITLE_LINE = SUBTITLE_SIZE + 4;
const FOOTER_SIZE = 11;
const FOOTER_LINE = 15;
const LEGEND_ROW = 20;
const FOOTER_HEIGHT = 28;
const NOTE_LINE = 17;

/** A glyph's width, estimated: CJK glyphs are about 1 em wide, Latin ones about 0.6 em. */
function glyphWidth(char: string, size: number): number {
  return char.charCodeAt(0) > 0x2e80 ? size : size * 0.6;
}

/** Punctuation that may not start a line (kinsoku): closing marks, stops, commas. */
const NO_LINE_START = /^[，。、：；！？）》」』】〕”’…%,.;:!?)\]]$/u;
/** Punctuation that may not end a line: opening marks. */
const NO_LINE_END = /^[（《「『【〔“‘([]$/u;

/** Splits a line to fit `maxWidth`: at a space in Latin text, anywhere between CJK glyphs. */
function wrapText(text: string, maxWidth: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const char of text) {
    const next = glyphWidth(char, size);
    if (width + next > maxWidth && line !== '') {
      const breakAt = char === ' ' ? line.length : line.lastIndexOf(' ');
      // Latin text breaks at its last space; CJK (no space on the line) breaks here.
      if (breakAt > 0 && /[ -~]$/.test(line)) {
        lines.push(line.slice(0, breakAt));
        line = line.slice(breakAt + 1);
      } else {
        // Chinese line-breaking rules: closing punctuation never starts a line and opening
        // punctuation never ends one, so the glyphs they cling to move down with them.
        const glyphs = [...line];
        let carried = NO_LINE_START.test(char) && glyphs.length > 1 ? 1 : 0;
        while (glyphs.length - carried > 1 && NO_LINE_END.test(glyphs[glyphs.length - 1 - carried] ?? '')) carried += 1;
        lines.push(glyphs.slice(0, glyphs.length - carried).join(''));
        line = glyphs.slice(glyphs.length - carried).join('');
      }
      width = [...line].reduce((sum, glyph) => sum + glyphWidth(glyph, size), 0);
      if (char === ' ' && line === '') continue;
    }
    line += char;
    width += next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Copies a rendered chart into a standalone figure: title, subtitle, the chart with every
 * presentation style inlined as attributes, the legend and a footer. The result is pure SVG: no
 * `foreignObject`, no `<script>` or `<style>`, no event attributes, no external references.
 */
export function buildStandaloneSvg(
  chart: SVGSVGElement | readonly SVGSVGElement[],
  text: FigureText,
  { isTransparent = false, width: fixedWidth, printedWidthMm }: FigureOptions = {},
): StandaloneSvg {
  // A chart of several panels (amounts above growth) is stacked as drawn, top to bottom.
  const panels = (Array.isArray(chart) ? chart : [chart]) as readonly SVGSVGElement[];
  const sizes = panels.map((panel) => {
    const box = panel.getBoundingClientRect();
    return {
      width: Math.round(box.width) || Number(panel.getAttribute('width')) || 600,
      height: Math.round(box.height) || Number(panel.getAttribute('height')) || 300,
    };
  });
  const chartWidth = Math.max(...sizes.map((size) => size.width), 0);
  const chartHeight = sizes.reduce((sum, size) => sum + size.height, 0);
  const width = fixedWidth ?? Math.max(chartWidth, 480);

  const chrome = layoutChrome(text, width);
  const { headerHeight, legendLayout, legendHeight, noteLines, notesHeight, footerHeight } = chrome;
  let panelTop = headerHeight;
  const chartMarkup = panels
    .map((panel, index) => {
      const clone = panel.cloneNode(true) as SVGSVGElement;
      inlineStyles(panel, clone);
      sanitize(clone);
      const group = document.createElementNS(SVG_NS, 'g');
      group.setAttribute('transform', `translate(${Math.round((width - chartWidth) / 2)} ${panelTop})`);
      // The chart's own <svg> becomes a group: nested <svg> elements confuse some editors.
      // Array.from: childNodes is live, and moving a child would skip the next one.
      for (const child of Array.from(clone.childNodes)) group.appendChild(child);
      panelTop += sizes[index]?.height ?? 0;
      return new XMLSerializer().serializeToString(group);
    })
    .join('');

  const height = headerHeight + chartHeight + legendHeight + notesHeight + footerHeight;

  const legendTop = headerHeight + chartHeight + 4;
  const legendMarkup = legendLayout.items
    .map(({ item, x, row }) => {
      const y = legendTop + row * LEGEND_ROW + LEGEND_ROW / 2;
      return `<g>${swatchMarkup(item, MARGIN + x, y)}<text x="${MARGIN + x + 28}" y="${y}" dominant-baseline="central" font-size="${BODY_SIZE}" fill="#374151">${escapeXml(item.label)}</text></g>`;
    })
    .join('');
  const notesTop = headerHeight + chartHeight + legendHeight + 4;
  const notesMarkup = noteLines
    .map((line, index) => `<text x="${MARGIN}" y="${notesTop + (index + 1) * NOTE_LINE - 5}" font-size="${BODY_SIZE}" fill="#111827">${escapeXml(line)}</text>`)
    .join('');

  const markup = [
    // A document size states its printed size, so an editor places the figure at it (viewBox keeps the drawing's pixels).
    `<svg xmlns="${SVG_NS}" version="1.1" width="${printedWidthMm === undefined ? width : `${printedWidthMm}mm`}" height="${printedWidthMm === undefined ? height : `${Math.round((printedWidthMm * height * 100) / width) / 100}mm`}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT_STACK)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    isTransparent ? '' : `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    // Title, subtitle and footer wrap like the notes: a half-width figure is 332 px wide.
    ...chrome.titleLines.map((line, index) => `<text x="${MARGIN}" y="${MARGIN + TITLE_SIZE + index * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="700" fill="#111827">${escapeXml(line)}</text>`),
    ...chrome.subtitleLines.map(
      (line, index) => `<text x="${MARGIN}" y="${MARGIN + TITLE_SIZE + (chrome.titleLines.length - 1) * TITLE_LINE + 8 + SUBTITLE_SIZE + index * SUBTITLE_LINE}" font-size="${SUBTITLE_SIZE}" fill="#4b5563">${escapeXml(line)}</text>`,
    ),
    chartMarkup,
    legendMarkup,
    notesMarkup,
    ...chrome.footerLines.map(
      (line, index) => `<text x="${MARGIN}" y="${height - 10 - (chrome.footerLines.length - 1 - index) * FOOTER_LINE}" font-size="${FOOTER_SIZE}" fill="#4b5563">${escapeXml(line)}</text>`,
    ),
    '</svg>',
  ].join('');
  return { markup, width, height };
}

function layoutChrome(text: FigureText, width: number) {
  const lineWidth = width - 2 * MARGIN;
  const titleLines = wrapText(text.title, lineWidth, TITLE_SIZE);
  const subtitleLines = wrapText(text.subtitle, lineWidth, SUBTITLE_SIZE);
  const headerHeight = HEADER_HEIGHT + Math.max(0, titleLines.length - 1) * TITLE_LINE + Math.max(0, subtitleLines.length - 1) * SUBTITLE_LINE;
  const legendLayout = layoutLegend(text.legend, lineWidth);
  const legendHeight = legendLayout.rows * LEGEND_ROW + 8;
  const noteLines = (text.notes ?? []).flatMap((note) => wrapText(note, lineWidth, BODY_SIZE));
  const notesHeight = noteLines.length * NOTE_LINE + (noteLines.length > 0 ? 6 : 0);
  const footerLines = wrapText(text.footer, lineWidth, FOOTER_SIZE);
  const footerHeight = FOOTER_HEIGHT + Math.max(0, footerLines.length - 1) * FOOTER_LINE;
  return { titleLines, subtitleLines, headerHeight, legendLayout, legendHeight, noteLines, notesHeight, footerLines, footerHeight };
}

/**
 * The height a figure `width` px wide spends around its chart (title, subtitle, legend, notes,
 * footer): a figure of fixed height (a 16:9 slide) gives its chart the rest.
 */
export function figureChromeHeight(text: FigureText, width: number): number {
  const { headerHeight, legendHeight, notesHeight, footerHeight } = layoutChrome(text, width);
  return headerHeight + legendHeight + notesHeight + footerHeight;
}

function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  for (const property of PRESENTATION) {
    const value = computed.getPropertyValue(property);
    if (value !== '' && value !== 'normal' && !(property === 'stroke-dasharray' && value === 'none')) {
      target.setAttribute(property, value);
    }
  }
  if (target instanceof SVGTextElement || target.tagName === 'text' || target.tagName === 'tspan') {
    target.setAttribute('font-family', EXPORT_FONT_STACK);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let index = 0; index < sourceChildren.length; index += 1) {
    const from = sourceChildren[index];
    const to = targetChildren[index];
    if (from !== undefined && to !== undefined) inlineStyles(from, to);
  }
}

function sanitize(root: Element): void {
  for (const tag of FORBIDDEN_ELEMENTS) for (const element of Array.from(root.getElementsByTagName(tag))) element.remove();
  const all = [root, ...root.querySelectorAll('*')];
  for (const element of all) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      const isExternal = (name === 'href' || name === 'xlink:href' || name === 'src') && !value.startsWith('#');
      const isScriptUrl = value.includes('javascript:') || hasExternalUrl(value);
      if (name.startsWith('on') || name === 'class' || name === 'style' || name === 'tabindex' || name === 'role' || name.startsWith('aria-') || name.startsWith('data-') || isExternal || isScriptUrl) {
        element.removeAttribute(attribute.name);
      }
    }
  }
}

/** True when a `url(…)` in the value points anywhere but inside the document (`url(#id)`). */
function hasExternalUrl(value: string): boolean {
  for (const match of value.matchAll(/url\(\s*['"]?([^'")]*)/g)) {
    if (!(match[1] ?? '').trim().startsWith('#')) return true;
  }
  return false;
}

function layoutLegend(items: readonly LegendItem[], maxWidth: number): { items: { item: LegendItem; x: number; row: number }[]; rows: number } {
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    // An estimate is enough (see `glyphWidth`).
    const textWidth = [...item.label].reduce((sum, char) => sum + glyphWidth(char, BODY_SIZE), 0);
    const itemWidth = 28 + textWidth + 20;
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      row += 1;
    }
    const result = { item, x, row };
    x += itemWidth;
    return result;
  });
  return { items: placed, rows: items.length === 0 ? 0 : row + 1 };
}

function swatchMarkup(item: LegendItem, x: number, y: number): string {
  const color = escapeXml(item.color);
  switch (item.swatch) {
    case 'bar':
      return `<rect x="${x}" y="${y - 5}" width="22" height="10" fill="${color}"/>`;
    case 'dot-hollow':
      return `<circle cx="${x + 11}" cy="${y}" r="5" fill="#ffffff" stroke="${color}" stroke-width="2"/>`;
    case 'bar-pale':
      return `<rect x="${x}" y="${y - 5}" width="22" height="10" fill="#bfdbfe" stroke="${color}" stroke-width="2"/>`;
    case 'area':
      return `<rect x="${x}" y="${y - 7}" width="22" height="14" fill="${color}" stroke="#9ca3af" stroke-width="0.5"/>`;
    case 'bar-outline':
      return `<rect x="${x}" y="${y - 5}" width="22" height="10" fill="#ffffff" stroke="${color}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    case 'dashed':
      return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${color}" stroke-width="3" stroke-dasharray="6 4"/>`;
    case 'dotted':
      return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${color}" stroke-width="3" stroke-dasharray="2 3"/>`;
    case 'line':
      return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${color}" stroke-width="3"/>`;
  }
}
