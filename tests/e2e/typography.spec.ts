import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForCardsToSettle } from './kpis';

/**
 * Chinese typography as a reader meets it on the rendered page, not only in the message table:
 * fullwidth punctuation beside Chinese characters (，：；（）！？), in the text, in accessible names
 * and titles, and in the charts' SVG. And a phone never scrolls sideways.
 */

const CJK = '[\\u3400-\\u9fff]';
const ASCII_PUNCTUATION = '[,:;()!?]';
/** An ASCII mark touching a Chinese character on either side: "目标:", "(最新", "数据,非". */
const MIXED = new RegExp(`${CJK}${ASCII_PUNCTUATION}|${ASCII_PUNCTUATION}${CJK}`, 'u');

/** Every text a reader or a screen reader meets: text nodes (including the SVG's) and the names, labels and titles of elements. */
async function renderedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent === document.body || parent.closest('script, style, noscript') !== null) continue;
      // A text split across elements ("2020年12月" + "(最新)") is read as its parent's whole text.
      texts.push(parent.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value !== null) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

async function expectFullwidthPunctuation(page: Page, where: string) {
  // Open every disclosure (data tables, export menus, info) so their text is checked too.
  await page.locator('details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((summary) => (summary as HTMLElement).click()));
  const offending = [...new Set((await renderedTexts(page)).filter((text) => MIXED.test(text)))];
  expect(offending, `${where}: ASCII punctuation beside Chinese`).toEqual([]);
}

// One month per test: both in one test took up to 20.4 s of its 60 on two loaded cores.
for (const asOf of ['2020-06', '2020-12']) {
  test(`the Chinese overview as of ${asOf} sets fullwidth punctuation beside every Chinese character`, async ({ page }) => {
    await page.goto(`/?asOf=${asOf}`);
    await waitForCardsToSettle(page);
    await expect(page.locator('.kpi-chart[data-drawn="true"]')).toHaveCount(4);
    await expectFullwidthPunctuation(page, `overview ${asOf}`);
  });
}

// One page per test: five pages in one test took up to 24 s of its 60 on two loaded cores.
for (const path of ['/kpi/high-value-patent-review-cycle?asOf=2020-06', '/kpi/ip-pledge-financing?granularity=quarter&prev=1']) {
  test(`the Chinese detail view ${path} does too`, async ({ page }) => {
    await page.goto(path);
    await page.locator('.kpi-chart[data-drawn="true"]').waitFor();
    await expectFullwidthPunctuation(page, path);
  });
}

test('the Chinese deck does too: the summary slide and two KPI slides', async ({ page }) => {
  for (const slide of [1, 2, 5]) {
    await page.goto(`/present?asOf=2020-06&slide=${slide}`);
    await page.locator('.slide-body').waitFor();
    if (slide > 1) await page.locator('.kpi-chart[data-drawn="true"]').waitFor();
    await expectFullwidthPunctuation(page, `deck slide ${slide}`);
  }
});

for (const width of [320, 390, 430]) {
  for (const lang of ['zh-CN', 'en']) {
    test(`at ${width} px a phone never scrolls sideways (${lang}): the overview and a detail view with its tables and export menus open`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      for (const path of [`/?asOf=2020-06&lang=${lang}`, `/kpi/ip-pledge-financing?lang=${lang}&granularity=quarter&prev=1`]) {
        await page.goto(path);
        await page.locator('.kpi-chart[data-drawn="true"]').first().waitFor();
        await page.locator('details:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((summary) => (summary as HTMLElement).click()));
        const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(overflow.scroll, `${path} at ${width} px`).toBeLessThanOrEqual(overflow.client);
      }
    });
  }
}
