import { expect, test } from './fixtures';
import { asOfSelect, DECEMBER_2020_STATUSES, expectStatuses, KPI_KEYS, KPIS, kpiCard } from './kpis';

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
