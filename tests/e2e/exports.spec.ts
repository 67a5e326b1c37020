import type { BrowserContext, Page } from '@playwright/test';
import { parseCsv } from '../../src/export/csv';
import { periodMonth, periodYear } from '../../src/kpi/period';
import { detailPath, downloadExport, EXPORT_LABELS, exportGroup, fixturePoints, openExports, waitForDetail } from './detail';
import type { DownloadedFile } from './detail';
import { expect, test } from './fixtures';
import { KPI_KEYS, KPIS, kpiCard, waitForCardsToSettle } from './kpis';
import type { KpiKey, Lang } from './kpis';
import { decodePng, readPngHeader, readPngPixelsPerMetre } from './png';
import { FEED_BASE_URL, HTTP_APP_URL } from './urls';

/** The detail view the export tests work on: two years, so the target is a step line. */
const RANGE = { from: '2019-01', to: '2020-12' } as const;
// Named after the KPI, the range, the as-of month (the latest, December 2020) and the view.
const HIGH_VALUE_FILE = `${KPIS.highValue.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_month`;
/** CHART_COLORS.target, #b91c1c. */
const TARGET_RGB = [185, 28, 28] as const;
const COLOR_TOLERANCE = 6;
const BOM = '\uFEFF';

async function openDetail(page: Page, key: KpiKey, params: Record<string, string> = {}, lang: Lang = 'zh-CN') {
  await page.goto(detailPath(key, { ...RANGE, ...params, ...(lang === 'en' ? { lang } : {}) }));
  await waitForDetail(page, key, lang);
  const group = exportGroup(page, key, lang);
  await openExports(group);
  return group;
}

interface SvgReport {
  parseErrors: number;
  rootName: string;
  rootNamespace: string | null;
  width: number;
  height: number;
  forbiddenElements: string[];
  eventAttributes: string[];
  externalReferences: string[];
  text: string;
  /** Each `<text>` element's content, in document order. */
  texts: string[];
  title: string | null;
}

/** Parses the SVG as XML in a blank page, as a vector editor would, and lists what it holds. */
async function inspectSvg(context: BrowserContext, markup: string): Promise<SvgReport> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = document.documentElement;
      const all = [...document.getElementsByTagName('*')];
      const attributes = all.flatMap((element) => [...element.attributes]);
      return {
        parseErrors: document.getElementsByTagName('parsererror').length,
        rootName: root.localName,
        rootNamespace: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        forbiddenElements: all.map((element) => element.localName).filter((name) => ['foreignObject', 'script', 'style', 'iframe'].includes(name)),
        eventAttributes: attributes.filter((attribute) => attribute.name.toLowerCase().startsWith('on')).map((attribute) => attribute.name),
        externalReferences: attributes
          .filter((attribute) => (attribute.localName === 'href' || attribute.localName === 'src') && !attribute.value.trim().startsWith('#'))
          .map((attribute) => `${attribute.name}=${attribute.value}`)
          .concat(attributes.filter((attribute) => /url\(\s*['"]?[^'"#\s)]/.test(attribute.value)).map((attribute) => `${attribute.name}=${attribute.value}`)),
        text: root.textContent ?? '',
        texts: [...document.getElementsByTagName('text')].map((element) => element.textContent ?? ''),
        title: document.querySelector('svg > title')?.textContent ?? null,
      };
    }, markup);
  } finally {
    await blank.close();
  }
}

/** The figure's size in CSS pixels, as the same page's SVG export states it. */
async function figureSize(page: Page, group: ReturnType<typeof exportGroup>): Promise<{ width: number; height: number }> {
  const svg = await downloadExport(group, 'svg');
  const report = await inspectSvg(page.context(), svg.bytes.toString('utf8'));
  return { width: report.width, height: report.height };
}

interface PrintedFigure {
  /** The root's `width` and `height` attributes, as written ("160mm"). */
  widthAttribute: string;
  heightAttribute: string;
  viewBox: number[];
  /** Every distinct `font-size` of the figure's text, in viewBox pixels. */
  fontSizes: number[];
  /** Text drawn past the figure's edges, as laid out by the browser. */
  textsOutside: string[];
  texts: string[];
}

/** Lays a document-sized SVG out in a blank page and reads its printed size, its text sizes and any text past its edges. */
async function inspectPrintedSvg(context: BrowserContext, markup: string): Promise<PrintedFigure> {
  const blank = await context.newPage();
  try {
    await blank.setContent(`<!doctype html><body style="margin:0">${markup.replace(/^<\?xml[^>]*>\s*/, '')}</body>`);
    return await blank.evaluate(() => {
      const root = document.querySelector('svg') as SVGSVGElement;
      const frame = root.getBoundingClientRect();
      const texts = [...root.querySelectorAll('text')];
      return {
        widthAttribute: root.getAttribute('width') ?? '',
        heightAttribute: root.getAttribute('height') ?? '',
        viewBox: (root.getAttribute('viewBox') ?? '').split(' ').map(Number),
        fontSizes: [...new Set(texts.map((text) => parseFloat(text.closest('[font-size]')?.getAttribute('font-size') ?? 'NaN')))].sort((a, b) => a - b),
        textsOutside: texts
          .filter((text) => {
            const box = text.getBoundingClientRect();
            return box.width > 0 && (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1);
          })
          .map((text) => text.textContent ?? ''),
        texts: texts.map((text) => text.textContent ?? ''),
      };
    });
  } finally {
    await blank.close();
  }
}

/** A CSV file as a spreadsheet sees it, after checking the bytes Excel relies on. */
function readCsv(file: DownloadedFile): string[][] {
  // UTF-8 BOM (EF BB BF), so Excel reads Chinese as UTF-8.
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.startsWith(`${BOM}sep=`)).toBe(false);
  // Every line ends in CRLF, the last one too; no bare LF or CR anywhere.
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return parseCsv(text);
}

/** The period and value columns, the value parsed as the number a spreadsheet would read. */
function periodsAndValues(records: string[][]): { period: string; value: number }[] {
  return records.slice(1).map((record) => {
    const [period = '', value = ''] = record;
    expect(value, `value of ${period}`).not.toBe('');
    return { period, value: Number(value) };
  });
}

function quarterKey(period: string): string {
  return `${periodYear(period)}-Q${Math.ceil(periodMonth(period) / 3)}`;
}

/** Sums the fixture months of each year in integer tenths of 亿元. */
function yearlySums(key: KpiKey, from: string, to: string): { period: string; value: number }[] {
  const tenths = new Map<string, number>();
  for (const point of fixturePoints(key, from, to)) {
    const year = String(periodYear(point.period));
    tenths.set(year, (tenths.get(year) ?? 0) + Math.round(point.value * 10));
  }
  return [...tenths].map(([period, sum]) => ({ period, value: sum / 10 }));
}

/** Sums the fixture months of each quarter in integer tenths of 亿元, so the expectation is exact. */
function quarterlySums(key: KpiKey, from: string, to: string): { period: string; value: number }[] {
  const tenths = new Map<string, number>();
  for (const point of fixturePoints(key, from, to)) {
    const quarter = quarterKey(point.period);
    tenths.set(quarter, (tenths.get(quarter) ?? 0) + Math.round(point.value * 10));
  }
  return [...tenths].map(([period, sum]) => ({ period, value: sum / 10 }));
}

test('the detail chart downloads as a 2× PNG named after the KPI and range, with the target line’s colour on white', async ({ page }) => {
  const group = await openDetail(page, 'highValue');
  await expect(group.getByRole('combobox', { name: '图片倍率', exact: true })).toHaveValue('2');
  await expect(group.getByRole('combobox', { name: '背景', exact: true })).toHaveValue('white');
  const size = await figureSize(page, group);
  // The figure is at least 480 px wide, with a header, the 360 px chart, the legend and a footer.
  expect(size.width).toBeGreaterThanOrEqual(480);
  expect(size.height).toBeGreaterThan(67 + 360 + 28);

  const png = await downloadExport(group, 'png');

  expect(png.fileName).toBe(`${HIGH_VALUE_FILE}.png`);
  expect(readPngHeader(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
  const decoded = await decodePng(page.context(), png.bytes, TARGET_RGB, COLOR_TOLERANCE);
  expect({ width: decoded.width, height: decoded.height }).toEqual({ width: size.width * 2, height: size.height * 2 });
  // A 2 px line over two years at 2×: hundreds of pixels at least.
  expect(decoded.matchingPixels).toBeGreaterThan(200);
  for (const corner of decoded.corners) expect(corner).toEqual([255, 255, 255, 255]);
  await expect(group.getByRole('status')).toHaveText(`已下载 ${HIGH_VALUE_FILE}.png。`);
});

// One test per scale: each downloads an SVG and a PNG and decodes it, which is slow on two loaded cores.
for (const factor of [1, 3]) {
  test(`the PNG is ${factor}× the figure’s size when that scale is chosen`, async ({ page }) => {
    const group = await openDetail(page, 'highValue');
    const size = await figureSize(page, group);
    await group.getByRole('combobox', { name: '图片倍率', exact: true }).selectOption({ label: `${factor}×` });

    const png = await downloadExport(group, 'png');

    expect(png.fileName).toBe(`${HIGH_VALUE_FILE}.png`);
    expect(readPngHeader(png.bytes)).toEqual({ width: size.width * factor, height: size.height * factor });
    const decoded = await decodePng(page.context(), png.bytes, TARGET_RGB, COLOR_TOLERANCE);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: size.width * factor, height: size.height * factor });
    expect(decoded.matchingPixels).toBeGreaterThan(50 * factor);
  });
}

test('a transparent background leaves the PNG’s corners fully transparent', async ({ page }) => {
  const group = await openDetail(page, 'highValue');
  await group.getByRole('combobox', { name: '背景', exact: true }).selectOption({ label: '透明' });

  const png = await downloadExport(group, 'png');

  const decoded = await decodePng(page.context(), png.bytes, TARGET_RGB, COLOR_TOLERANCE);
  for (const corner of decoded.corners) expect(corner[3]).toBe(0);
  // The chart is still drawn, target line included.
  expect(decoded.matchingPixels).toBeGreaterThan(200);
});

test('the SVG is standalone XML with the title, legend and footer, and none of the parts editors reject', async ({ page }) => {
  const group = await openDetail(page, 'highValue');

  const svg = await downloadExport(group, 'svg');

  expect(svg.fileName).toBe(`${HIGH_VALUE_FILE}.svg`);
  const markup = svg.bytes.toString('utf8');
  expect(markup.startsWith('<?xml')).toBe(true);
  const report = await inspectSvg(page.context(), markup);
  expect(report.parseErrors).toBe(0);
  expect(report.rootName).toBe('svg');
  expect(report.rootNamespace).toBe('http://www.w3.org/2000/svg');
  expect(report.forbiddenElements).toEqual([]);
  expect(report.eventAttributes).toEqual([]);
  expect(report.externalReferences).toEqual([]);
  // The same title as the figure on screen.
  const title = (await page.getByRole('figure').locator('figcaption').innerText()).trim();
  expect(title).toContain(KPIS.highValue.name['zh-CN']);
  expect(report.title).toBe(title);
  expect(report.texts[0]).toBe(title);
  // The legend's entries are texts of their own, as on screen.
  expect(report.texts).toEqual(expect.arrayContaining(['实际值', '目标']));
  // The figure explains itself: its status and headline, and the key to the numbered event markers.
  expect(report.texts.some((text) => /^已实现：高价值专利审查周期 14\.0\s个月/.test(text)), report.texts.join(' | ')).toBe(true);
  expect(report.texts.some((text) => text.startsWith('（1）2020年1月：')), report.texts.join(' | ')).toBe(true);
  const footer = report.texts.at(-1) ?? '';
  expect(footer).toMatch(/^数据来源/);
  expect(footer).toContain('样例数据');
  expect(footer).toMatch(/\d{4}-\d{2}-\d{2}$/);
});

test('the detail CSV of a review cycle parses back to exactly the feed’s months, with Chinese headers', async ({ page }) => {
  const group = await openDetail(page, 'highValue');

  const csv = await downloadExport(group, 'csv');

  expect(csv.fileName).toBe(`${HIGH_VALUE_FILE}.csv`);
  const records = readCsv(csv);
  expect(records[0]?.slice(0, 3)).toEqual(['期间', '数值', '单位']);
  expect(periodsAndValues(records)).toEqual(fixturePoints('highValue', RANGE.from, RANGE.to));
  for (const record of records.slice(1)) expect(record[2]).toBe('个月');
  // Every record has as many cells as the header.
  for (const record of records) expect(record).toHaveLength(records[0]?.length ?? -1);
});

test('the detail CSV of pledge financing parses back to exactly the feed’s monthly amounts, with year-to-date growth', async ({ page }) => {
  const group = await openDetail(page, 'pledge');

  const csv = await downloadExport(group, 'csv');

  expect(csv.fileName).toBe(`${KPIS.pledge.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_month.csv`);
  const records = readCsv(csv);
  expect(records[0]?.slice(0, 3)).toEqual(['期间', '数值', '单位']);
  expect(records[0]).toContain('年初至今同比增速（%）');
  const expected = fixturePoints('pledge', RANGE.from, RANGE.to);
  const actual = periodsAndValues(records);
  expect(actual.map((row) => row.period)).toEqual(expected.map((row) => row.period));
  // === on every number: the CSV carries the feed's values, not rounded ones.
  actual.forEach((row, index) => expect(row.value, row.period).toBe(expected[index]?.value));
  const growth = records[0]?.indexOf('年初至今同比增速（%）') ?? -1;
  // 2020 ends at +43.9% on 2019, as published.
  expect(Number(records.find((record) => record[0] === '2020-12')?.[growth])).toBeCloseTo(43.9, 1);
});

test('by quarter, the pledge CSV holds each quarter’s sum of the feed’s months', async ({ page }) => {
  const group = await openDetail(page, 'pledge', { granularity: 'quarter' });

  const csv = await downloadExport(group, 'csv');

  expect(csv.fileName).toBe(`${KPIS.pledge.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_quarter.csv`);
  const actual = periodsAndValues(readCsv(csv));
  const expected = quarterlySums('pledge', RANGE.from, RANGE.to);
  expect(expected.find((row) => row.period === '2020-Q1')?.value).toBe(337);
  expect(expected.find((row) => row.period === '2020-Q2')?.value).toBe(516);
  expect(actual.map((row) => row.period)).toEqual(expected.map((row) => row.period));
  actual.forEach((row, index) => expect(row.value, row.period).toBeCloseTo(expected[index]?.value ?? Number.NaN, 9));
});

test('aggregated amounts are written as the decimals they are: 1090, 308.7 and 604.2, not binary rounding noise', async ({ page }) => {
  // The feed's amounts have one decimal, so every sum of them has one decimal too. A cell like
  // "1089.9999999999998" is not the exact sum the CSV promises, and shows as such in pandas or R.
  const group = await openDetail(page, 'pledge', { from: '2017-01', to: '2020-12', granularity: 'quarter' });
  const quarters = readCsv(await downloadExport(group, 'csv')).slice(1);
  await page.getByRole('combobox', { name: '粒度', exact: true }).selectOption({ label: '年' });
  const years = readCsv(await downloadExport(group, 'csv')).slice(1);

  const expected = [...quarterlySums('pledge', '2017-01', '2020-12'), ...yearlySums('pledge', '2017-01', '2020-12')];
  const written = [...quarters, ...years].map(([period = '', value = '']) => ({ period, value }));
  expect(written).toEqual(expected.map(({ period, value }) => ({ period, value: String(value) })));
});

test('by year, the pledge CSV holds the published totals 1515 (2019) and 2180 (2020)', async ({ page }) => {
  const group = await openDetail(page, 'pledge', { granularity: 'year' });

  const actual = periodsAndValues(readCsv(await downloadExport(group, 'csv')));

  expect(actual.map((row) => row.period)).toEqual(['2019', '2020']);
  expect(actual[0]?.value).toBeCloseTo(1515, 9);
  expect(actual[1]?.value).toBeCloseTo(2180, 9);
});

test('in English, the CSV headers are English and the values the same', async ({ page }) => {
  const group = await openDetail(page, 'pledge', {}, 'en');

  const csv = await downloadExport(group, 'csv', 'en');

  const records = readCsv(csv);
  expect(records[0]?.slice(0, 3)).toEqual(['Period', 'Value', 'Unit']);
  expect(records[0]).toContain('Year-to-date growth (%)');
  expect(periodsAndValues(records)).toEqual(fixturePoints('pledge', RANGE.from, RANGE.to));
  await expect(group.getByRole('status')).toHaveText(`Downloaded ${KPIS.pledge.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_month.csv.`);
});

// One test per chart: the four in one test took up to 23 s of its 60 on two loaded cores.
for (const key of KPI_KEYS) {
  test(`the overview chart of ${KPIS[key].id} downloads its own CSV for 2019-01 to 2020-12, with the feed’s values`, async ({ page }) => {
    await page.goto('/');
    await waitForCardsToSettle(page);

    const group = exportGroup(kpiCard(page, key), key);
    await openExports(group);
    for (const action of ['png', 'svg', 'csv', 'copy'] as const) {
      await expect(group.getByRole('button', { name: EXPORT_LABELS['zh-CN'][action], exact: true })).toBeVisible();
    }
    const csv = await downloadExport(group, 'csv');
    expect(csv.fileName).toBe(`${KPIS[key].id}_2019-01_2020-12_asof-2020-12_month.csv`);
    // The invention series has a reporting gap (2019-07, 2019-08): no rows are invented for it.
    expect(periodsAndValues(readCsv(csv)), key).toEqual(fixturePoints(key, '2019-01', '2020-12'));
  });
}

test('on a real feed (http mode), the CSV holds exactly what the feed server sent, and the SVG names the feed', async ({ page, request }) => {
  // Not pledge financing: http-mode.spec.ts makes the feed fail for that KPI while it runs.
  await page.goto(`${HTTP_APP_URL}${detailPath('trademark', RANGE)}`);
  await waitForDetail(page, 'trademark');
  const group = exportGroup(page, 'trademark');

  const csv = await downloadExport(group, 'csv');

  const response = await request.get(`${FEED_BASE_URL}/kpis/${KPIS.trademark.id}/observations?from=${RANGE.from}&to=${RANGE.to}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { observations: { period: string; value: number }[] };
  expect(body.observations.length).toBe(24);
  const records = readCsv(csv);
  expect(periodsAndValues(records)).toEqual(body.observations.map(({ period, value }) => ({ period, value })));
  // Each figure is credited to the feed it came from.
  const sourceColumn = records[0]?.indexOf('来源') ?? -1;
  expect(sourceColumn).toBeGreaterThan(0);
  expect(new Set(records.slice(1).map((record) => record[sourceColumn]))).toEqual(new Set([new URL(FEED_BASE_URL).host]));

  const svg = await inspectSvg(page.context(), (await downloadExport(group, 'svg')).bytes.toString('utf8'));
  const footer = svg.texts.at(-1) ?? '';
  expect(footer).toMatch(/^数据来源/);
  expect(footer).toContain(new URL(FEED_BASE_URL).host);
  expect(svg.text).not.toContain('样例数据');
});

const COPIED = '图片已复制到剪贴板。';
const REFUSED = /^浏览器拒绝复制图片[(\uFF08].+[)\uFF09]。请改用“下载 PNG”。$/u;

test('copying the image without clipboard permission ends in one of the two clear messages', async ({ page }) => {
  const group = await openDetail(page, 'highValue');

  await group.getByRole('button', { name: '复制图片', exact: true }).click();

  const status = group.getByRole('status');
  await expect(status).not.toHaveText('');
  const message = (await status.innerText()).trim();
  // Headless Chromium lets a page write to the clipboard on a click; other browsers may refuse.
  test.info().annotations.push({ type: 'clipboard message', description: message });
  expect(message === COPIED || REFUSED.test(message), message).toBe(true);
});

test('when the browser refuses the clipboard, the message says so and points to the PNG download', async ({ page }) => {
  // Stands in for a browser that refuses (no permission, no focus, an insecure page).
  await page.addInitScript(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  const group = await openDetail(page, 'highValue');

  await group.getByRole('button', { name: '复制图片', exact: true }).click();

  await expect(group.getByRole('status')).toHaveText(REFUSED);
  await expect(group.getByRole('status')).toContainText('Write permission denied.');
});

test('with clipboard permission, copying puts the 2× PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const group = await openDetail(page, 'highValue');
  const size = await figureSize(page, group);

  await group.getByRole('button', { name: '复制图片', exact: true }).click();

  await expect(group.getByRole('status')).toHaveText(COPIED);
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (item === undefined) return null;
    const bitmap = await createImageBitmap(await item.getType('image/png'));
    return { types: [...item.types], width: bitmap.width, height: bitmap.height };
  });
  expect(copied).toEqual({ types: ['image/png'], width: size.width * 2, height: size.height * 2 });
});

test('an overview export as of June 2020 is named for June, and its CSV says so on every row', async ({ page }) => {
  await page.goto('/?asOf=2020-06');
  await waitForCardsToSettle(page);
  const group = exportGroup(kpiCard(page, 'highValue'), 'highValue');
  await openExports(group);

  const csv = await downloadExport(group, 'csv');

  expect(csv.fileName).toBe(`${KPIS.highValue.id}_2019-01_2020-12_asof-2020-06_month.csv`);
  const [header, ...records] = readCsv(csv);
  const asOfColumn = header?.indexOf('数据截至') ?? -1;
  expect(asOfColumn).toBeGreaterThan(0);
  expect(new Set(records.map((record) => record[asOfColumn]))).toEqual(new Set(['2020-06']));
  // Sample data says so on every row, so it can never pass for published figures in a report.
  const sourceColumn = header?.indexOf('来源') ?? -1;
  expect(sourceColumn).toBeGreaterThan(0);
  expect(new Set(records.filter((record) => record[1] !== '').map((record) => record[sourceColumn]))).toEqual(new Set(['样例数据（非实时数据源）']));
});

/** 1 pt = 1/72 in; a drawing `viewBoxWidth` px wide printed `widthMm` wide sets `px` text at this many points. */
function printedPoints(px: number, viewBoxWidth: number, widthMm: number): number {
  return ((px / viewBoxWidth) * widthMm) / (25.4 / 72);
}

/** The detail view's export menu with "A4 text width" chosen. */
async function openAtA4(page: Page) {
  const group = await openDetail(page, 'highValue');
  await group.getByRole('combobox', { name: '尺寸', exact: true }).selectOption({ label: 'A4 正文宽（16\u00a0厘米，9 磅字）' });
  return group;
}

test('at A4 text width the SVG is drawn for 16 cm with 9 pt text: it states 160 mm, and nothing lies past its edges', async ({ page }) => {
  const group = await openAtA4(page);

  const svg = await downloadExport(group, 'svg');

  expect(svg.fileName).toBe(`${HIGH_VALUE_FILE}_a4.svg`);
  const figure = await inspectPrintedSvg(page.context(), svg.bytes.toString('utf8'));
  expect(figure.widthAttribute).toBe('160mm');
  const [, , viewWidth = 0, viewHeight = 0] = figure.viewBox;
  expect(figure.heightAttribute).toBe(`${Math.round((160 * viewHeight * 100) / viewWidth) / 100}mm`);
  // The axis, legend and notes text (12 px) prints at 9 pt; nothing is smaller.
  expect(figure.fontSizes).toContain(12);
  expect(printedPoints(12, viewWidth, 160)).toBeCloseTo(9, 1);
  expect(Math.min(...figure.fontSizes)).toBeGreaterThanOrEqual(11);
  expect(figure.textsOutside).toEqual([]);
  // The figure still explains itself at this size.
  expect(figure.texts.some((text) => text.startsWith('已实现'))).toBe(true);
  expect(figure.texts.some((text) => text.startsWith('（1）2020年1月'))).toBe(true);
});

test('at A4 text width the PNG is 16 cm at 300 dpi: 1,890 px wide, and it says so in its pHYs chunk', async ({ page }) => {
  const group = await openAtA4(page);
  // A document size is chosen by resolution, not by a multiple of the screen.
  await expect(group.getByRole('combobox', { name: '分辨率', exact: true })).toHaveValue('300');
  await expect(group.getByRole('combobox', { name: '图片倍率', exact: true })).toHaveCount(0);

  const png = await downloadExport(group, 'png');

  expect(png.fileName).toBe(`${HIGH_VALUE_FILE}_a4-300dpi.png`);
  const header = readPngHeader(png.bytes);
  // 160 mm at 300 dpi; the chart is half as tall as the figure is wide, so the figure is taller than half.
  expect(header.width).toBe(Math.round((160 / 25.4) * 300));
  expect(header.height).toBeGreaterThan(header.width / 2);
  // 300 dpi is 11,811 pixels per metre, so a word processor places the image 16 cm wide.
  expect(readPngPixelsPerMetre(png.bytes)).toEqual({ x: 11811, y: 11811, unit: 1 });
  const decoded = await decodePng(page.context(), png.bytes, TARGET_RGB, COLOR_TOLERANCE);
  expect(decoded.matchingPixels).toBeGreaterThan(1000);
  await expect(group.getByRole('status')).toHaveText(`已下载 ${HIGH_VALUE_FILE}_a4-300dpi.png。`);
  // The chart drawn for the export is gone again.
  await expect(page.locator('.export-stage')).toHaveCount(0);
});

test('a 16:9 slide figure of pledge financing (English) fills 33.87 × 19.05 cm with both panels and every text inside the frame', async ({ page }) => {
  const group = await openDetail(page, 'pledge', {}, 'en');
  await group.getByRole('combobox', { name: 'Size', exact: true }).selectOption({ label: '16:9 slide (33.87\u00a0cm × 19.05\u00a0cm, 14 pt text)' });
  await group.getByRole('combobox', { name: 'Resolution', exact: true }).selectOption({ label: '150 dpi' });

  const svg = await downloadExport(group, 'svg', 'en');
  expect(svg.fileName).toBe(`${KPIS.pledge.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_month_slide.svg`);
  const figure = await inspectPrintedSvg(page.context(), svg.bytes.toString('utf8'));
  expect(figure.widthAttribute).toBe('338.67mm');
  expect(parseFloat(figure.heightAttribute)).toBeCloseTo(190.5, 0);
  const [, , viewWidth = 0, viewHeight = 0] = figure.viewBox;
  expect(viewWidth / viewHeight).toBeCloseTo(16 / 9, 2);
  expect(printedPoints(12, viewWidth, 338.67)).toBeCloseTo(14, 1);
  expect(figure.textsOutside).toEqual([]);
  // Both panels: the amounts' and the growth's axes.
  expect(figure.texts, figure.texts.join(' | ')).toEqual(expect.arrayContaining(['Monthly amount', 'Year-to-date growth']));
  expect(figure.texts.some((text) => /^-?\d+%$/.test(text)), figure.texts.join(' | ')).toBe(true);

  const png = await downloadExport(group, 'png', 'en');
  expect(png.fileName).toBe(`${KPIS.pledge.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_month_slide-150dpi.png`);
  // 13.333 × 7.5 in at 150 dpi.
  const header = readPngHeader(png.bytes);
  expect(header.width).toBe(2000);
  expect(Math.abs(header.height - 1125)).toBeLessThanOrEqual(2);
  expect(readPngPixelsPerMetre(png.bytes)).toEqual({ x: 5906, y: 5906, unit: 1 });
});

test('a half-width figure is 7.8 cm with 8 pt text and nothing past its edges; the CSV’s name is the same at every size', async ({ page }) => {
  const group = await openDetail(page, 'trademark');
  await group.getByRole('combobox', { name: '尺寸', exact: true }).selectOption({ label: '半栏（7.8\u00a0厘米，8 磅字）' });

  const svg = await downloadExport(group, 'svg');
  const figure = await inspectPrintedSvg(page.context(), svg.bytes.toString('utf8'));
  expect(figure.widthAttribute).toBe('78mm');
  const [, , viewWidth = 0] = figure.viewBox;
  expect(printedPoints(12, viewWidth, 78)).toBeCloseTo(8, 1);
  expect(figure.textsOutside).toEqual([]);

  const csv = await downloadExport(group, 'csv');
  expect(csv.fileName).toBe(`${KPIS.trademark.id}_${RANGE.from}_${RANGE.to}_asof-2020-12_month.csv`);
});

test('a provisional June is marked in every export: hollow point and legend entry in the SVG, the headline note, and the CSV’s flag', async ({ page }) => {
  // The year in progress ends in June 2020, June provisional.
  await page.goto('/?scenario=year-in-progress');
  await waitForCardsToSettle(page);
  const group = exportGroup(kpiCard(page, 'highValue'), 'highValue');
  await openExports(group);

  const svg = await downloadExport(group, 'svg');
  const markup = svg.bytes.toString('utf8');
  const report = await inspectSvg(page.context(), markup);
  expect(report.texts).toContain('初步数据，可能修订');
  expect(report.texts.some((text) => /^进展顺利：高价值专利审查周期 15\.2\s个月（初步数据）/.test(text)), report.texts.join(' | ')).toBe(true);
  // A hollow point: a white-filled circle in the chart (and its swatch in the legend).
  expect(markup.match(/<circle[^>]*fill="(?:#ffffff|rgb\(255, 255, 255\))"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);

  const [header, ...records] = readCsv(await downloadExport(group, 'csv'));
  const flag = header?.indexOf('初步数据') ?? -1;
  expect(flag).toBeGreaterThan(0);
  const june = records.find((record) => record[0] === '2020-06');
  const may = records.find((record) => record[0] === '2020-05');
  expect(june?.[flag]).toBe('是');
  expect(may?.[flag]).toBe('否');
});
