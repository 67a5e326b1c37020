// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildStandaloneSvg, EXPORT_FONT_STACK, figureChromeHeight } from './chart-svg';
import type { FigureText } from './chart-svg';
import type { LegendItem } from './legend-item';

// jsdom has no SVGTextElement; browsers do. A class nothing is an instance of stands in for it,
// so a <text> is recognised by its tag name, as the export also does.
beforeAll(() => {
  if (!('SVGTextElement' in globalThis)) vi.stubGlobal('SVGTextElement', function SVGTextElement() {});
});

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Puts a rendered chart on the page (with the page's stylesheet) and returns its <svg>. */
function renderChart(inner: string, { width = 600, height = 300, css = '' }: { width?: number; height?: number; css?: string } = {}): SVGSVGElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.body.innerHTML = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" class="recharts-surface" role="img">${inner}</svg>`;
  const chart = document.querySelector('svg') as SVGSVGElement;
  // jsdom lays nothing out: the chart's box is the size it was drawn at.
  chart.getBoundingClientRect = () => box(width, height);
  return chart;
}

function box(width: number, height: number): DOMRect {
  return { width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) };
}

const TEXT: FigureText = {
  title: 'High-value patent review cycle',
  subtitle: 'Months, 2019-01 to 2020-12',
  footer: 'Source: CNIPA',
  legend: [],
};

/** The exported file as a reader's SVG viewer would parse it. */
function parse(markup: string): Document {
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed;
}

/** The figure's own elements: its direct children, in order (title, background, texts, chart, legend, footer). */
function topLevel(figure: Document): Element[] {
  return [...(figure.documentElement.children as unknown as Element[])];
}

function attributes(element: Element | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const attribute of Array.from(element?.attributes ?? [])) result[attribute.name] = attribute.value;
  return result;
}

describe('the figure’s frame', () => {
  test('a 600 × 300 chart without legend becomes a 600 × 403 figure: 67 px of heading, the chart, 8 px, a 28 px footer', () => {
    const chart = renderChart('<rect x="0" y="0" width="10" height="10"/>');
    const svg = buildStandaloneSvg(chart, TEXT);

    // Heading: margin 16 + title 18 + 8 + subtitle 13 + 12 = 67.
    expect(svg.width).toBe(600);
    expect(svg.height).toBe(67 + 300 + 8 + 28);
    const root = parse(svg.markup).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe('600');
    expect(root.getAttribute('height')).toBe('403');
    expect(root.getAttribute('viewBox')).toBe('0 0 600 403');
    expect(root.getAttribute('version')).toBe('1.1');
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT_STACK);
  });

  test('the size is the laid-out box, rounded, when the browser reports one', () => {
    const chart = renderChart('<rect width="10" height="10"/>', { width: 10, height: 10 });
    chart.getBoundingClientRect = () => box(640.4, 299.6);
    const svg = buildStandaloneSvg(chart, TEXT);

    expect(svg.width).toBe(640);
    expect(svg.height).toBe(67 + 300 + 8 + 28);
  });

  test('a chart not laid out (yet) is exported at its size attributes', () => {
    const chart = renderChart('<rect width="10" height="10"/>', { width: 520, height: 240 });
    chart.getBoundingClientRect = () => box(0, 0);
    const svg = buildStandaloneSvg(chart, TEXT);

    expect(svg.width).toBe(520);
    expect(svg.height).toBe(67 + 240 + 8 + 28);
  });

  test('a chart with neither a laid-out box nor a size attribute is exported at 600 × 300', () => {
    document.body.innerHTML = `<svg xmlns="${SVG_NS}"><rect width="10" height="10"/></svg>`;
    const chart = document.querySelector('svg') as SVGSVGElement;
    chart.getBoundingClientRect = () => box(0, 0);
    const svg = buildStandaloneSvg(chart, TEXT);

    expect(svg.width).toBe(600);
    expect(svg.height).toBe(67 + 300 + 8 + 28);
  });

  test('a narrow chart is centred in a figure at least 480 px wide, below the heading', () => {
    const chart = renderChart('<rect width="10" height="10"/>', { width: 300, height: 200 });
    const svg = buildStandaloneSvg(chart, TEXT);

    expect(svg.width).toBe(480);
    const group = topLevel(parse(svg.markup)).find((element) => element.tagName === 'g');
    // (480 − 300) / 2 = 90 from the left, 67 from the top.
    expect(group?.getAttribute('transform')).toBe('translate(90 67)');
  });

  test('title, subtitle and footer are written where a reader sees them, title bold', () => {
    const svg = buildStandaloneSvg(renderChart('<rect width="10" height="10"/>'), TEXT);
    const figure = parse(svg.markup);
    const texts = topLevel(figure).filter((element) => element.tagName === 'text');

    expect(figure.querySelector('svg > title')?.textContent).toBe(TEXT.title);
    expect(texts.map((element) => element.textContent)).toEqual([TEXT.title, TEXT.subtitle, TEXT.footer]);
    expect(attributes(texts[0])).toEqual({ x: '16', y: '34', 'font-size': '18', 'font-weight': '700', fill: '#111827' });
    expect(attributes(texts[1])).toEqual({ x: '16', y: '55', 'font-size': '13', fill: '#4b5563' });
    // 10 px above the bottom edge of the 403 px figure.
    expect(attributes(texts[2])).toEqual({ x: '16', y: '393', 'font-size': '11', fill: '#4b5563' });
  });

  test('the figure has a white background, and none when a transparent image is asked for', () => {
    const opaque = topLevel(parse(buildStandaloneSvg(renderChart('<circle r="3"/>'), TEXT).markup));
    expect(opaque[1]?.tagName).toBe('rect');
    expect(attributes(opaque[1])).toEqual({ x: '0', y: '0', width: '600', height: '403', fill: '#ffffff' });

    const transparent = topLevel(parse(buildStandaloneSvg(renderChart('<circle r="3"/>'), TEXT, { isTransparent: true }).markup));
    expect(transparent.filter((element) => element.tagName === 'rect')).toEqual([]);
  });

  test('the figure holds only elements at its top level, nothing stray between them', () => {
    const legend = [item('Actual', 'line'), item('Target', 'dashed')];
    for (const isTransparent of [false, true]) {
      const root = parse(buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), { ...TEXT, legend }, { isTransparent }).markup).documentElement;
      const stray = [...root.childNodes].filter((node) => node.nodeType !== 1).map((node) => node.textContent);
      expect(stray).toEqual([]);
    }
  });

  test('text with markup characters is written as text, not as markup', () => {
    const hostile = '<script>alert("x")</script> & \'R&D\' <b>';
    const svg = buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), { title: hostile, subtitle: 'a < b', footer: 'A & B', legend: [{ key: 'k', label: '"quoted" <label>', color: '#1f77b4', swatch: 'line' }] });
    const figure = parse(svg.markup);

    expect(figure.querySelector('svg > title')?.textContent).toBe(hostile);
    expect(figure.querySelectorAll('script')).toHaveLength(0);
    const texts = [...figure.querySelectorAll('text')].map((element) => element.textContent);
    expect(texts).toContain('a < b');
    expect(texts).toContain('A & B');
    expect(texts).toContain('"quoted" <label>');
  });
});

const smallChart = () => renderChart('<rect width="10" height="10"/>', { width: 300, height: 200 });

/** The figure's own text lines (title, subtitle, footer), with their baselines and sizes. */
function frameLines(svg: { markup: string }) {
  return [...parse(svg.markup).querySelectorAll('svg > text')].map((text) => ({ text: text.textContent ?? '', y: Number(text.getAttribute('y')), size: text.getAttribute('font-size') }));
}

/** A text without its spaces: what wrapping keeps (it drops the space a line breaks at). */
const glyphs = (text: string) => text.replaceAll(' ', '');

describe('a figure drawn for a document', () => {
  test('takes the width it is drawn at, even under 480 px (a half-width figure), with no room left beside the chart', () => {
    const chart = renderChart('<rect width="10" height="10"/>', { width: 332, height: 260 });
    const svg = buildStandaloneSvg(chart, TEXT, { width: 332 });

    expect(svg.width).toBe(332);
    const group = topLevel(parse(svg.markup)).find((element) => element.tagName === 'g');
    // The 30-character title (about 324 px at 18 px) wraps in the 300 px between the margins: the
    // chart starts one 23 px title line lower.
    expect(group?.getAttribute('transform')).toBe('translate(0 90)');
  });

  test('a title, subtitle or footer wider than the figure wraps, and the figure grows by their lines', () => {
    const long = { ...TEXT, title: '商标注册平均审查周期：2019年1月 至 2020年12月', subtitle: '2019年1月 至 2020年12月 · 数据截至 2020年12月 · 单位：个月', footer: '数据来源：样例数据（非实时数据源）· 导出于 2026-12-02' };
    const wide = buildStandaloneSvg(smallChart(), long, { width: 800 });
    const narrow = buildStandaloneSvg(smallChart(), long, { width: 300 });

    expect(frameLines(wide).map((line) => line.text)).toEqual([long.title, long.subtitle, long.footer]);
    const wrapped = frameLines(narrow);
    // 268 px between the margins: every line fits its font's estimate, and nothing is lost.
    const titles = wrapped.filter((line) => line.size === '18');
    const subtitles = wrapped.filter((line) => line.size === '13');
    const footers = wrapped.filter((line) => line.size === '11');
    expect(titles.length).toBe(2);
    expect(subtitles.length).toBe(2);
    expect(footers.length).toBe(2);
    // Nothing lost but the space a line broke at.
    expect(glyphs(titles.map((line) => line.text).join(''))).toBe(glyphs(long.title));
    expect(glyphs(subtitles.map((line) => line.text).join(''))).toBe(glyphs(long.subtitle));
    expect(glyphs(footers.map((line) => line.text).join(''))).toBe(glyphs(long.footer));
    // Lines sit one under the other: title 23 px apart, subtitle 17, footer 15, the footer's last line 10 px above the bottom.
    expect((titles[1]?.y ?? 0) - (titles[0]?.y ?? 0)).toBe(23);
    expect((subtitles[1]?.y ?? 0) - (subtitles[0]?.y ?? 0)).toBe(17);
    expect((footers[1]?.y ?? 0) - (footers[0]?.y ?? 0)).toBe(15);
    expect(footers[1]?.y).toBe(narrow.height - 10);
    expect(narrow.height - wide.height).toBe(23 + 17 + 15);
  });

  test('states its printed size in millimetres, the height in proportion to 0.01 mm, and keeps its pixels in the viewBox', () => {
    const chart = renderChart('<rect width="10" height="10"/>', { width: 605, height: 260 });
    const svg = buildStandaloneSvg(chart, TEXT, { width: 605, printedWidthMm: 160 });

    const height = 67 + 260 + 8 + 28;
    expect(svg.height).toBe(height);
    const root = parse(svg.markup).documentElement;
    expect(root.getAttribute('width')).toBe('160mm');
    // 160 × 363 / 605 = 96 mm.
    expect(root.getAttribute('height')).toBe('96mm');
    expect(root.getAttribute('viewBox')).toBe(`0 0 605 ${height}`);
  });

  test('the height around the chart is what the figure adds to it: heading, legend, wrapped notes, footer', () => {
    const legend: LegendItem[] = [{ key: 'target', label: 'Target', color: '#b91c1c', swatch: 'dashed' }];
    const notes = ['达标进度：'.repeat(20)];
    for (const width of [332, 605, 823]) {
      const chart = renderChart('<rect width="1" height="1"/>', { width, height: 200 });
      const svg = buildStandaloneSvg(chart, { ...TEXT, legend, notes }, { width });
      expect(figureChromeHeight({ ...TEXT, legend, notes }, width), `${width} px`).toBe(svg.height - 200);
    }
    // The 100-character note wraps to more lines in a narrower figure.
    expect(figureChromeHeight({ ...TEXT, notes }, 332)).toBeGreaterThan(figureChromeHeight({ ...TEXT, notes }, 823));
  });
});

describe('the chart inside the figure', () => {
  test('the chart’s own <svg> becomes a group holding every one of its elements, in order', () => {
    const chart = renderChart('<rect id="a" width="1" height="1"/><circle id="b" r="2"/><path id="c" d="M0 0L1 1"/>');
    const group = topLevel(parse(buildStandaloneSvg(chart, TEXT).markup)).find((element) => element.tagName === 'g');

    expect([...(group?.children ?? [])].map((element) => element.id)).toEqual(['a', 'b', 'c']);
    expect(parse(buildStandaloneSvg(chart, TEXT).markup).querySelectorAll('svg')).toHaveLength(1);
  });

  test('styles from the page’s stylesheet are written onto each element, so an editor shows the same chart', () => {
    const css = `.styled { fill: #123456; fill-opacity: 0.5; stroke: #ff0000; stroke-width: 2px; stroke-dasharray: 4 2;
      stroke-opacity: 0.7; stroke-linecap: round; stroke-linejoin: bevel; opacity: 0.9; font-size: 11px; font-weight: 700;
      text-anchor: middle; dominant-baseline: central; }`;
    const chart = renderChart('<g><path id="p" class="styled" d="M0 0L5 5"/></g>', { css });
    const path = parse(buildStandaloneSvg(chart, TEXT).markup).getElementById('p');

    expect(attributes(path)).toMatchObject({
      fill: 'rgb(18, 52, 86)',
      'fill-opacity': '0.5',
      stroke: 'rgb(255, 0, 0)',
      'stroke-width': '2px',
      'stroke-dasharray': '4 2',
      'stroke-opacity': '0.7',
      'stroke-linecap': 'round',
      'stroke-linejoin': 'bevel',
      opacity: '0.9',
      'font-size': '11px',
      'font-weight': '700',
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
    });
  });

  test('a solid line gets no dash attribute, and a normal weight none either', () => {
    const chart = renderChart('<path id="solid" d="M0 0L5 5" style="stroke: #000000"/>');
    const path = parse(buildStandaloneSvg(chart, TEXT).markup).getElementById('solid');

    expect(path?.getAttribute('stroke')).toBe('rgb(0, 0, 0)');
    expect(path?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(path?.hasAttribute('font-weight')).toBe(false);
  });

  test('the chart’s text is set in the CJK-capable font stack; its shapes are not', () => {
    const chart = renderChart('<text id="t">2020 年<tspan id="s">月</tspan></text><rect id="r" width="1" height="1"/>');
    const figure = parse(buildStandaloneSvg(chart, TEXT).markup);

    expect(figure.getElementById('t')?.getAttribute('font-family')).toBe(EXPORT_FONT_STACK);
    expect(figure.getElementById('s')?.getAttribute('font-family')).toBe(EXPORT_FONT_STACK);
    expect(figure.getElementById('r')?.hasAttribute('font-family')).toBe(false);
  });

  test('the page itself is left as it was', () => {
    const chart = renderChart('<script>1</script><rect id="r" class="bar" onclick="x()" width="1" height="1"/>', { css: '.bar { fill: #ff0000 }' });
    buildStandaloneSvg(chart, TEXT);

    expect(chart.querySelector('script')).not.toBeNull();
    const rect = chart.querySelector('#r');
    expect(rect?.getAttribute('class')).toBe('bar');
    expect(rect?.getAttribute('onclick')).toBe('x()');
    expect(rect?.hasAttribute('fill')).toBe(false);
  });
});

describe('nothing active or external leaves the page in the file', () => {
  test('scripts, styles, embedded HTML, images, frames, links and <use> are dropped with their content', () => {
    const chart = renderChart(
      [
        '<script>alert(1)</script>',
        '<style>rect { fill: red }</style>',
        '<foreignObject width="10" height="10"><div>html</div></foreignObject>',
        '<image href="https://example.com/x.png" width="1" height="1"/>',
        '<iframe src="https://example.com"></iframe>',
        '<a href="https://example.com"><text>link</text></a>',
        '<use href="#r"/>',
        '<rect id="r" width="1" height="1"/>',
      ].join(''),
    );
    const group = topLevel(parse(buildStandaloneSvg(chart, TEXT).markup)).find((element) => element.tagName === 'g');

    expect([...(group?.children ?? [])].map((element) => element.tagName)).toEqual(['rect']);
    expect(group?.textContent).toBe('');
  });

  test('event handlers, classes, inline styles and accessibility or data attributes are dropped; drawing attributes stay', () => {
    const chart = renderChart('<rect id="r" x="1" y="2" width="3" height="4" transform="rotate(5)" onclick="x()" ONMOUSEOVER="y()" class="bar" style="fill: #00ff00" tabindex="0" role="img" aria-label="bar" data-key="2020-01"/>');
    const rect = parse(buildStandaloneSvg(chart, TEXT).markup).getElementById('r');
    const names = Object.keys(attributes(rect));

    expect(names).toEqual(expect.arrayContaining(['id', 'x', 'y', 'width', 'height', 'transform']));
    for (const dropped of ['onclick', 'onmouseover', 'class', 'style', 'tabindex', 'role', 'aria-label', 'data-key']) expect(names).not.toContain(dropped);
    // The inline style's colour survives as an attribute.
    expect(rect?.getAttribute('fill')).toBe('rgb(0, 255, 0)');
  });

  test('attribute names are matched in any case, and an address is judged without its surrounding spaces', () => {
    const chart = renderChart('<linearGradient id="grad"/><linearGradient id="spaced" href="  #grad "/><rect id="r" width="1" height="1"/>');
    const rect = chart.querySelector('#r') as Element;
    // Set through the DOM, an SVG element keeps the case it was given.
    rect.setAttribute('ONCLICK', 'x()');
    rect.setAttribute('Data-Key', '2020-01');
    rect.setAttribute('HREF', 'https://example.com/');
    const figure = parse(buildStandaloneSvg(chart, TEXT).markup);

    const names = Object.keys(attributes(figure.getElementById('r'))).map((name) => name.toLowerCase());
    expect(names).not.toContain('onclick');
    expect(names).not.toContain('data-key');
    expect(names).not.toContain('href');
    expect(figure.getElementById('spaced')?.getAttribute('href')).toBe('  #grad ');
  });

  test('references inside the figure stay; links to anywhere else are dropped', () => {
    const chart = renderChart(
      [
        '<defs><linearGradient id="grad"/><clipPath id="clip"><rect width="1" height="1"/></clipPath></defs>',
        '<linearGradient id="inherits" href="#grad"/>',
        '<linearGradient id="outside" href="https://example.com/g.svg#g"/>',
        '<linearGradient id="outside-xlink"/>',
        '<g id="src" src="https://example.com/tracker.gif"/>',
        '<g id="local-src" src="#grad"/>',
        '<rect id="gradient" width="1" height="1" mask="url(#grad)" clip-path="url( \'#clip\' )"/>',
        '<rect id="external" width="1" height="1" mask="url(https://example.com/p.svg#p)" filter="url(&quot;//example.com/f.svg#f&quot;)"/>',
        '<rect id="script" width="1" height="1" mask="JavaScript:alert(1)"/>',
      ].join(''),
    );
    // The older XLink form of a link, as an editor or a chart library writes it.
    chart.querySelector('#outside-xlink')?.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'https://example.com/g.svg#g');
    const figure = parse(buildStandaloneSvg(chart, TEXT).markup);

    expect(Object.keys(attributes(figure.getElementById('outside-xlink'))).filter((name) => name.endsWith('href'))).toEqual([]);
    expect(figure.getElementById('inherits')?.getAttribute('href')).toBe('#grad');
    expect(figure.getElementById('outside')?.hasAttribute('href')).toBe(false);
    expect(figure.getElementById('src')?.hasAttribute('src')).toBe(false);
    expect(figure.getElementById('local-src')?.getAttribute('src')).toBe('#grad');
    expect(figure.getElementById('gradient')?.getAttribute('mask')).toBe('url(#grad)');
    expect(figure.getElementById('gradient')?.getAttribute('clip-path')).toBe("url( '#clip' )");
    expect(figure.getElementById('external')?.hasAttribute('mask')).toBe(false);
    expect(figure.getElementById('external')?.hasAttribute('filter')).toBe(false);
    expect(figure.getElementById('script')?.hasAttribute('mask')).toBe(false);
  });
});

const item = (label: string, swatch: LegendItem['swatch'], color = '#1f77b4'): LegendItem => ({ key: label, label, color, swatch });

function legendOf(legend: readonly LegendItem[], width = 600) {
  const svg = buildStandaloneSvg(renderChart('<rect width="1" height="1"/>', { width }), { ...TEXT, legend });
  const entries = topLevel(parse(svg.markup)).filter((element) => element.tagName === 'g').slice(1);
  return { svg, entries, labels: entries.map((entry) => entry.querySelector('text')) };
}

/** Where the n-th of the one-letter legend entries starts: each is 28 + 7.2 + 20 = 55.2 px wide, after the 16 px margin. */
const swatchX = (index: number) => 16 + index * 55.2;

describe('the legend under the chart', () => {
  test('entries sit side by side, each label 28 px after its swatch, spaced by the label’s estimated width', () => {
    // "Actual" is 6 Latin characters at about 0.6 em of 12 px: 28 + 43.2 + 20 = 91.2 px.
    const { svg, labels } = legendOf([item('Actual', 'line'), item('Target', 'dashed')]);

    expect(labels.map((label) => label?.textContent)).toEqual(['Actual', 'Target']);
    expect(labels.map((label) => label?.getAttribute('x'))).toEqual(['44', '135.2']);
    // One row: 20 px + 8 px under a chart that ends at 67 + 300; each row's middle is 4 + 10 px lower.
    expect(svg.height).toBe(67 + 300 + 28 + 28);
    expect(labels.map((label) => label?.getAttribute('y'))).toEqual(['381', '381']);
    expect(attributes(labels[0])).toMatchObject({ 'dominant-baseline': 'central', 'font-size': '12', fill: '#374151' });
  });

  test('a Chinese label is estimated at a full em a character', () => {
    // 9 characters × 12 px: 28 + 108 + 20 = 156 px.
    const { labels } = legendOf([item('高价值专利审查周期', 'line'), item('目标', 'dashed')]);

    expect(labels.map((label) => label?.getAttribute('x'))).toEqual(['44', '200']);
  });

  test('entries that do not fit in the width wrap to a new row, which makes the figure taller', () => {
    // Each: 28 + 30 × 7.2 + 20 = 264 px; two fit in 600 − 32 = 568 px, the third wraps.
    const label = 'High-value patent review cycle';
    const { svg, labels } = legendOf([item(label, 'line'), item(label, 'dashed'), item(label, 'dotted')]);

    // 16 + 264 + 28 = 308 (written as the float sum the layout makes).
    expect(labels.map((entry) => Number(entry?.getAttribute('x')))).toEqual([44, expect.closeTo(308, 9), 44]);
    expect(labels.map((entry) => entry?.getAttribute('y'))).toEqual(['381', '381', '401']);
    expect(svg.height).toBe(67 + 300 + 2 * 20 + 8 + 28);
  });

  test('the legend wraps at the figure’s width less its two 16 px margins', () => {
    // Each entry: 28 + 33 × 7.2 + 20 = 285.6 px. Two are 571.2 px: wider than 600 − 32 = 568.
    const label = 'x'.repeat(33);
    const { labels } = legendOf([item(label, 'line'), item(label, 'dashed')]);

    expect(labels.map((entry) => entry?.getAttribute('y'))).toEqual(['381', '401']);
  });

  test('an entry wider than the figure still starts on the first row', () => {
    const { svg, labels } = legendOf([item('x'.repeat(100), 'bar')]);

    expect(labels[0]?.getAttribute('y')).toBe('381');
    expect(svg.height).toBe(67 + 300 + 28 + 28);
  });

  test('each swatch is drawn as the chart draws its series: bar, outlined bar, dashed, dotted, solid line', () => {
    const { entries } = legendOf([item('a', 'bar', '#aa0000'), item('b', 'bar-outline', '#00aa00'), item('c', 'dashed', '#0000aa'), item('d', 'dotted', '#aaaa00'), item('e', 'line', '#00aaaa')], 1200);
    const swatches = entries.map((entry) => entry.firstElementChild);

    expect(swatches[0]?.tagName).toBe('rect');
    expect(attributes(swatches[0])).toEqual({ x: '16', y: '376', width: '22', height: '10', fill: '#aa0000' });
    expect(attributes(swatches[1])).toEqual({ x: String(swatchX(1)), y: '376', width: '22', height: '10', fill: '#ffffff', stroke: '#00aa00', 'stroke-width': '1.5', 'stroke-dasharray': '4 3' });
    expect(attributes(swatches[2])).toEqual({ x1: String(swatchX(2)), y1: '381', x2: String(swatchX(2) + 22), y2: '381', stroke: '#0000aa', 'stroke-width': '3', 'stroke-dasharray': '6 4' });
    expect(attributes(swatches[3])).toEqual({ x1: String(swatchX(3)), y1: '381', x2: String(swatchX(3) + 22), y2: '381', stroke: '#aaaa00', 'stroke-width': '3', 'stroke-dasharray': '2 3' });
    expect(attributes(swatches[4])).toEqual({ x1: String(swatchX(4)), y1: '381', x2: String(swatchX(4) + 22), y2: '381', stroke: '#00aaaa', 'stroke-width': '3' });
  });
});

describe('a chart of two panels (amounts above growth)', () => {
  test('is stacked as drawn: the growth panel starts where the amounts panel ends, and the figure is as tall as both', () => {
    document.body.innerHTML = `<svg xmlns="${SVG_NS}" width="600" height="180"><rect id="bars"/></svg><svg xmlns="${SVG_NS}" width="600" height="120"><path id="growth"/></svg>`;
    const [amounts, growth] = [...document.querySelectorAll('svg')] as SVGSVGElement[];
    if (amounts === undefined || growth === undefined) throw new Error('two panels expected');
    amounts.getBoundingClientRect = () => box(600, 180);
    growth.getBoundingClientRect = () => box(600, 120);

    const svg = buildStandaloneSvg([amounts, growth], TEXT);

    expect(svg.height).toBe(67 + 180 + 120 + 8 + 28);
    const figure = parse(svg.markup);
    expect(figure.querySelector('#bars')?.parentElement?.getAttribute('transform')).toBe('translate(0 67)');
    expect(figure.querySelector('#growth')?.parentElement?.getAttribute('transform')).toBe('translate(0 247)');
  });
});

/** The note lines of a 600 px figure (the test notes start with a, 进 or x), with their y. */
function noteLines(notes: string[]): { text: string; y: number }[] {
  const svg = buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), { ...TEXT, notes });
  return [...parse(svg.markup).querySelectorAll('text')]
    .map((text) => ({ text: text.textContent ?? '', y: Number(text.getAttribute('y')) }))
    .filter(({ text }) => /^[a进x（“]/u.test(text));
}

describe('the notes that make a figure explain itself', () => {
  test('the headline and the key to each event marker are lines under the legend, and the figure grows by their height', () => {
    const plain = buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), TEXT);
    const notes = ['On track: High-value patent review cycle at 15.2 months', '(1) Jan 2020: 2020 targets announced'];

    const svg = buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), { ...TEXT, notes });

    // Two lines of 17 px and 6 px of space above them.
    expect(svg.height).toBe(plain.height + 2 * 17 + 6);
    const texts = [...parse(svg.markup).querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toContain(notes[0]);
    expect(texts).toContain(notes[1]);
  });

  test('a long note wraps to the figure’s width: Chinese anywhere between characters, English at a space', () => {
    // 600 px wide, 16 px margins: 568 px of 12 px text is 47 CJK characters or 78 Latin ones.
    const chinese = '进'.repeat(60);
    const english = `${'word '.repeat(20)}end`;
    const svg = buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), { ...TEXT, notes: [chinese, english] });

    const lines = [...parse(svg.markup).querySelectorAll('text')].map((text) => text.textContent ?? '').filter((text) => /^(进|word)/.test(text));
    expect(lines[0]).toBe('进'.repeat(47));
    expect(lines[1]).toBe('进'.repeat(13));
    expect(lines[2]?.endsWith(' ')).toBe(false);
    expect(lines.slice(2).join(' ')).toBe(english);
    expect(lines.length).toBe(4);
    // 78 Latin glyphs fit: the first line ends at the last space before the 79th, the rest follows.
    expect(lines[2]).toBe('word '.repeat(15).trim());
    expect(lines[3]).toBe('word word word word word end');
  });

  test('a break that falls on a space drops it; a word longer than the line, or Latin after CJK, breaks where the line is full', () => {
    expect(noteLines([`${'a'.repeat(78)} x`]).map(({ text }) => text)).toEqual(['a'.repeat(78), 'x']);
    expect(noteLines(['a'.repeat(100)]).map(({ text }) => text)).toEqual(['a'.repeat(78), 'a'.repeat(22)]);
    expect(noteLines([`${'进'.repeat(47)}xx`]).map(({ text }) => text)).toEqual(['进'.repeat(47), 'xx']);
  });

  test('Chinese line-breaking rules: a comma or closing bracket never starts a line, an opening bracket never ends one', () => {
    // 47 glyphs fit a line: the 48th is a comma, so the 47th goes down with it.
    expect(noteLines([`${'进'.repeat(47)}，度`]).map(({ text }) => text)).toEqual(['进'.repeat(46), '进，度']);
    expect(noteLines([`${'进'.repeat(47)}）`]).map(({ text }) => text)).toEqual(['进'.repeat(46), '进）']);
    // An opening bracket at the end of a full line goes down to the text it opens.
    expect(noteLines([`${'进'.repeat(46)}（度）`]).map(({ text }) => text)).toEqual(['进'.repeat(46), '（度）']);
    expect(noteLines([`${'进'.repeat(45)}“（度”`]).map(({ text }) => text)).toEqual(['进'.repeat(45), '“（度”']);
  });

  test('note lines sit one under the other, 17 px apart, below the chart and its legend', () => {
    const lines = noteLines(['进'.repeat(60), 'x']);
    expect(lines.map(({ text }) => text)).toEqual(['进'.repeat(47), '进'.repeat(13), 'x']);
    const [first, second, third] = lines.map(({ y }) => y);
    expect((second ?? 0) - (first ?? 0)).toBe(17);
    expect((third ?? 0) - (second ?? 0)).toBe(17);
    // The header is 67 px and the chart 300 px: the notes start below both.
    expect(first).toBeGreaterThan(67 + 300);
  });
});

describe('the legend swatches of provisional figures and target zones', () => {
  test('a hollow dot, a pale outlined bar and a zone area are drawn in the exported legend', () => {
    const legend = [
      { key: 'provisional', label: '初步数据', color: '#1d4ed8', swatch: 'dot-hollow' as const },
      { key: 'provisional-bar', label: '初步数据（柱）', color: '#1d4ed8', swatch: 'bar-pale' as const },
      { key: 'met', label: '达标区间', color: '#e3f6e8', swatch: 'area' as const },
    ];
    const figure = parse(buildStandaloneSvg(renderChart('<rect width="1" height="1"/>'), { ...TEXT, legend }).markup);

    const dot = figure.querySelector('circle[fill="#ffffff"][stroke="#1d4ed8"]');
    expect(dot?.getAttribute('r')).toBe('5');
    expect(dot?.getAttribute('stroke-width')).toBe('2');
    const pale = figure.querySelector('rect[fill="#bfdbfe"]');
    expect(pale?.getAttribute('stroke')).toBe('#1d4ed8');
    expect(pale?.getAttribute('height')).toBe('10');
    const area = figure.querySelector('rect[fill="#e3f6e8"]');
    expect(area?.getAttribute('height')).toBe('14');
    expect(area?.getAttribute('stroke')).toBe('#9ca3af');
    const labels = [...figure.querySelectorAll('text')].filter((text) => legend.some((entry) => entry.label === text.textContent));
    expect(labels).toHaveLength(3);
  });
});
