import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { asOfSelect, DECEMBER_2020_STATUSES, expectStatuses, KPI_KEYS, KPIS, kpiCard, waitForCardsToSettle } from './kpis';

/** A4 in PostScript points (1/72 in): 297 × 210 mm. */
const A4_LONG = 841.89;
const A4_SHORT = 595.28;

/** Every page's `/MediaBox [x0 y0 x1 y1]`, read from the PDF's (uncompressed) page dictionaries. */
function mediaBoxes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map((match) => ({
    width: Number(match[3]) - Number(match[1]),
    height: Number(match[4]) - Number(match[2]),
  }));
}

test('printed, the overview shows every card and its chart and none of the controls', async ({ page }) => {
  await page.goto('/');
  await expectStatuses(page, DECEMBER_2020_STATUSES);

  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('article')).toHaveCount(KPI_KEYS.length);
  for (const key of KPI_KEYS) {
    const card = kpiCard(page, key);
    await expect(card).toBeVisible();
    await expect(card.getByRole('heading', { name: KPIS[key].name['zh-CN'], exact: true })).toBeVisible();
    await expect(card.getByRole('figure').locator('svg').first()).toBeVisible();
    await expect(card.getByRole('link', { name: `查看“${KPIS[key].name['zh-CN']}”详情`, exact: true })).toBeHidden();
    await expect(card.getByRole('group', { name: `导出“${KPIS[key].name['zh-CN']}”`, exact: true })).toBeHidden();
    await expect(card.getByText('查看数据表', { exact: true })).toBeHidden();
  }
  await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
  // The as-of month stays on the page, as text: its select loses its chrome. No other select shows.
  const selects = page.getByRole('combobox').filter({ visible: true });
  await expect(selects).toHaveCount(1);
  await expect(asOfSelect(page)).toBeVisible();
  await expect(asOfSelect(page)).toHaveCSS('appearance', 'none');
  await expect(asOfSelect(page)).toHaveCSS('border-top-width', '0px');
  await expect(page.getByRole('group').filter({ visible: true })).toHaveCount(0);
});

test('saved as PDF, the overview is an A4-landscape report', async ({ page }) => {
  await page.goto('/');
  await expectStatuses(page, DECEMBER_2020_STATUSES);
  await page.emulateMedia({ media: 'print' });

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });

  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = mediaBoxes(pdf);
  expect(pages.length).toBeGreaterThan(0);
  const [first] = pages;
  // Chromium rounds the sheet to whole device pixels (841.92 × 594.96): allow 2 pt.
  expect(Math.abs((first?.width ?? 0) - A4_LONG)).toBeLessThan(2);
  expect(Math.abs((first?.height ?? 0) - A4_SHORT)).toBeLessThan(2);
  // Every page is the same A4 landscape sheet.
  for (const box of pages) expect(box.width).toBeGreaterThan(box.height);
});

test('printed on a sheet narrower than the screen, every chart is whole inside its card: nothing cut off on the right', async ({ page }) => {
  // Printing lays the page out again at the sheet's width without re-measuring the charts. Stand
  // in for that: each chart measures its width once (on screen), and never again.
  await page.addInitScript(() => {
    const Native = window.ResizeObserver;
    window.ResizeObserver = class extends Native {
      constructor(callback: ResizeObserverCallback) {
        let seen = false;
        super((entries, observer) => {
          if (seen) return;
          seen = true;
          callback(entries, observer);
        });
      }
    };
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expectStatuses(page, DECEMBER_2020_STATUSES);
  await expect(page.locator('.kpi-chart[data-drawn="true"]')).toHaveCount(KPI_KEYS.length);

  // A4 landscape at 96 dpi is 1123 px wide; the page's margins take some of it.
  await page.setViewportSize({ width: 1050, height: 740 });
  await page.emulateMedia({ media: 'print' });

  const boxes = await page.locator('article[data-kpi-id]').evaluateAll((cards) =>
    cards.map((card) => {
      const cardBox = card.getBoundingClientRect();
      const panels = [...card.querySelectorAll('.kpi-chart-plot svg')].map((svg) => svg.getBoundingClientRect());
      return { id: card.getAttribute('data-kpi-id'), left: cardBox.left, right: cardBox.right, panels: panels.map((box) => ({ left: box.left, right: box.right, height: box.height })) };
    }),
  );
  for (const card of boxes) {
    expect(card.panels.length, `${card.id}: charts`).toBeGreaterThan(0);
    for (const panel of card.panels) {
      expect(panel.right, `${card.id}: chart's right edge inside the card`).toBeLessThanOrEqual(card.right + 0.5);
      expect(panel.left).toBeGreaterThanOrEqual(card.left - 0.5);
      expect(panel.height).toBeGreaterThan(40);
    }
  }
});

/** The `@page` rules the page has adopted (constructed stylesheets: no inline <style> under the CSP). */
async function adoptedPageRules(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText))
      .join('\n'),
  );
}

const FOOTERS = {
  'zh-CN': {
    context: '2020年知识产权审查与融资目标监测 · 数据截至 2020年6月 · 数据来源：样例数据（非实时数据源） · 打印于 ',
    pages: '"第 " counter(page) " 页，共 " counter(pages) " 页"',
    year: /打印于 (\d{4})年/,
  },
  en: {
    context: 'IP review and financing targets, 2020 · as of Jun 2020 · source: Fixture data (not a live feed) · printed ',
    pages: '"Page " counter(page) " of " counter(pages) ""',
    year: /printed [A-Z][a-z]{2} \d{1,2}, (\d{4})/,
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  test(`every printed page (${lang}) names the report, its as-of month, its data source and the print date at its foot, with "page N of M"`, async ({ page }) => {
    await page.goto(`/?asOf=2020-06${lang === 'en' ? '&lang=en' : ''}`);
    await waitForCardsToSettle(page);
    const expected = FOOTERS[lang];

    const rules = await adoptedPageRules(page);
    expect(rules).toContain('@bottom-left');
    expect(rules).toContain(expected.context);
    expect(rules).toContain('@bottom-right');
    expect(rules).toContain(expected.pages);
    // The print date is the day it is printed (this year, by the browser's clock).
    const thisYear = await page.evaluate(() => new Date().getFullYear());
    expect(Number(expected.year.exec(rules)?.[1])).toBe(thisYear);

    // Printing writes the date again; a later month is named once chosen.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await asOfSelect(page, lang).selectOption({ value: '2020-12' });
    await expect.poll(() => adoptedPageRules(page)).toContain(lang === 'en' ? 'as of Dec 2020' : '数据截至 2020年12月');
    // One rule, not one per render or per month.
    expect((await adoptedPageRules(page)).match(/@bottom-left/g)).toHaveLength(1);

    // And the PDF has those pages: A4 landscape, at least one.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(mediaBoxes(pdf).length).toBeGreaterThan(0);
  });
}
