import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { scanForViolations } from './axe';

const SLIDE_COUNT = 5;

function slideParam(page: Page): string | null {
  return new URL(page.url()).searchParams.get('slide');
}

async function expectSlide(page: Page, n: number): Promise<void> {
  await expect(page.getByRole('region', { name: `第 ${n} 页，共 ${SLIDE_COUNT} 页` })).toBeVisible();
  await expect.poll(() => slideParam(page)).toBe(String(n));
}

async function openDeck(page: Page, search = ''): Promise<void> {
  await page.goto(`/present${search}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test('a presenter opens the deck from the overview and walks it with the keys of a remote', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article[data-status="met"]').first()).toBeVisible();
  await page.getByRole('link', { name: /演示/ }).click();

  await expect(page.getByRole('heading', { name: '2020年目标进展' })).toBeVisible();
  await expect(page.locator('.summary-item[data-status]')).toHaveCount(4);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  // The figure in the largest type, the verdict under it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('高价值专利审查周期 14.0 个月');
  await expect(page.locator('.slide-verdict')).toHaveText('已实现“16 个月以内”目标');

  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await page.keyboard.press('Space');
  await expectSlide(page, 4);
  await page.keyboard.press('Shift+Space');
  await expectSlide(page, 3);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1);
  await page.keyboard.press('End');
  await expectSlide(page, 5);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('知识产权质押融资规模全年 2,180 亿元');
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  await page.keyboard.press('4');
  await expectSlide(page, 4);
  // Past either end the deck stays put.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 5);
});

test('Esc returns to the overview the deck was opened from, with its month and language', async ({ page }) => {
  await page.goto('/?asOf=2020-06&lang=en');
  await expect(page.getByRole('article', { name: 'IP pledge financing' })).toHaveAttribute('data-status', 'on-track');
  await page.getByRole('link', { name: /Present/ }).click();

  await expect(page).toHaveURL(/\/present\?/);
  expect(new URL(page.url()).searchParams.get('asOf')).toBe('2020-06');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await expect(page.getByText('Data as of Jun 2020')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^High-value patent review cycle at 15\.2\smonths$/);
  await expect(page.locator('.slide-verdict')).toHaveText(/^Projected .* by Dec 2020: on track for the 2020 target of 16\smonths or less$/);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?/);
  const url = new URL(page.url());
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('asOf')).toBe('2020-06');
  expect(url.searchParams.get('lang')).toBe('en');
  await expect(page.getByLabel('As of')).toHaveValue('2020-06');
});

test('a link to a slide opens that slide; a bad slide number or month is named and the deck starts sensibly', async ({ page }) => {
  await openDeck(page, '?slide=5&lang=en');
  await expect(page.getByRole('region', { name: 'Slide 5 of 5' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IP pledge financing');
  await expect(page.getByText(/does not exist/)).toHaveCount(0);

  await openDeck(page, '?slide=99&asOf=2020-13');
  await expect(page.getByRole('heading', { name: '2020年目标进展' })).toBeVisible();
  await expect(page.getByText('链接中的页码“99”无效（共 5 页），已从第 1 页开始。')).toBeVisible();
  await expect(page.getByText(/链接中的截至月份“2020-13”不是有效月份/)).toBeVisible();
  // The notices go once the presenter moves on.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/链接中的页码/)).toHaveCount(0);
});

test('auto-advance counts down visibly, moves on, and pauses on any input', async ({ page }) => {
  const start = new Date('2026-03-02T09:00:00');
  await page.clock.install({ time: start });
  await openDeck(page);
  // From here the page's clock moves only when the test moves it: left running, the seconds a
  // loaded machine spends between two steps would tick the countdown on their own.
  await page.clock.pauseAt(new Date(start.getTime() + 2 * 60_000));
  await page.mouse.move(400, 300);
  await page.getByRole('button', { name: '自动播放' }).click();
  await expect(page.getByText('20 秒后翻页')).toBeVisible();

  await page.clock.runFor(5_000);
  await expect(page.getByText('15 秒后翻页')).toBeVisible();
  await page.clock.runFor(15_000);
  await expectSlide(page, 2);

  // Jumping ahead, as a busy machine would, rather than replaying every 250 ms tick: each tick
  // re-renders the slide and its chart, and eighty of them cost seconds on a loaded machine.
  // The countdown runs to a deadline on the clock, so the jump still moves the deck on.
  await page.clock.fastForward(20_000);
  await expectSlide(page, 3);

  // A key press (here one the deck does not use) pauses it.
  await page.keyboard.press('x');
  await expect(page.getByText('自动播放已暂停')).toBeVisible();
  await page.clock.runFor(60_000);
  await expectSlide(page, 3);
});

test('B blanks the screen and any key brings the slide back; F toggles full screen', async ({ page }) => {
  await openDeck(page, '?slide=2');
  await page.keyboard.press('b');
  const blank = page.locator('.present-blank');
  await expect(blank).toBeVisible();
  await expect(blank).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.keyboard.press('ArrowRight');
  await expect(blank).toBeHidden();
  // The key that unblanked did not also move the deck.
  await expectSlide(page, 2);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('a swipe on a touch screen moves the deck', async ({ page }) => {
  await openDeck(page, '?slide=2');
  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ([start, end]) => {
        const target = document.querySelector('.slide');
        if (target === null) throw new Error('no slide');
        const options = { bubbles: true, pointerType: 'touch', isPrimary: true, clientY: 400 };
        target.dispatchEvent(new PointerEvent('pointerdown', { ...options, clientX: start }));
        target.dispatchEvent(new PointerEvent('pointerup', { ...options, clientX: end }));
      },
      [fromX, toX] as const,
    );
  await swipe(900, 500);
  await expectSlide(page, 3);
  await swipe(500, 900);
  await expectSlide(page, 2);
  // A tap is not a swipe.
  await swipe(500, 510);
  await expectSlide(page, 2);
});

test('the data are frozen when the presentation starts: nothing is refetched mid-talk', async ({ page }) => {
  const feedRequests: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().includes('/fixture-feed/')) feedRequests.push(request.url());
  });
  await page.clock.install();
  await openDeck(page);
  await expect(page.locator('.summary-item[data-status="met"]')).toHaveCount(3);
  const initial = feedRequests.length;
  expect(initial).toBeGreaterThanOrEqual(4);

  // Far past the configured auto-refresh interval (300 s).
  await page.clock.runFor(15 * 60_000);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  expect(feedRequests.length).toBe(initial);
  await expect(page.getByText(/数据截至 2020年12月 · 数据来源：样例数据/)).toBeVisible();
});

/**
 * Opens one slide and waits until nothing will move any more: the web fonts are in (a late font
 * changes every line's width) and, on a KPI slide, the chart is drawn at its measured size.
 */
async function openSettledSlide(page: Page, slide: number, lang: string): Promise<void> {
  // The year in progress: projections and a provisional June make the longest headlines.
  await openDeck(page, `?slide=${slide}&lang=${lang}&scenario=year-in-progress`);
  if (slide > 1) await page.locator('.slide .kpi-chart[data-drawn="true"] svg').first().waitFor();
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: whatever the last render scheduled has been laid out and painted.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

// One test per slide, size and language, each a single navigation, so a slow machine costs a
// few seconds per test rather than pushing one thirty-navigation test past its timeout.
for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  const size = `${viewport.width}×${viewport.height}`;
  for (let slide = 1; slide <= SLIDE_COUNT; slide += 1) {
    for (const lang of ['zh-CN', 'en']) {
      test(`slide ${slide} (${lang}) fits at ${size}: no text clipped or outside the slide`, async ({ page }, testInfo) => {
        await page.setViewportSize(viewport);
        await openSettledSlide(page, slide, lang);
        const screenshot = await page.screenshot();
        await testInfo.attach(`slide-${slide}-${lang}-${viewport.width}x${viewport.height}.png`, { body: screenshot, contentType: 'image/png' });
        const problems = await page.evaluate(() => {
          const slideBox = document.querySelector('.slide')?.getBoundingClientRect();
          if (slideBox === undefined) return ['no slide'];
          const found: string[] = [];
          const footerTop = document.querySelector('.slide-footer')?.getBoundingClientRect().top ?? slideBox.bottom;
          for (const element of document.querySelectorAll<Element>('.slide-body *')) {
            const box = element.getBoundingClientRect();
            if (box.height > 0 && box.bottom > footerTop + 1) {
              found.push(`${element.tagName.toLowerCase()} “${(element.textContent ?? '').slice(0, 40)}” runs into the footer`);
              break;
            }
          }
          for (const element of document.querySelectorAll<HTMLElement>('.slide h1, .slide p, .slide li, .slide span, .slide footer')) {
            const box = element.getBoundingClientRect();
            if (box.width === 0 && box.height === 0) continue;
            // Text for screen readers only ("状态：") is clipped to nothing on purpose.
            if (element.closest('.visually-hidden') !== null) continue;
            const name = `${element.tagName.toLowerCase()} “${(element.textContent ?? '').slice(0, 40)}”`;
            if (box.left < slideBox.left - 1 || box.right > slideBox.right + 1 || box.top < slideBox.top - 1 || box.bottom > slideBox.bottom + 1) {
              found.push(`${name} lies outside the slide`);
            }
            if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflow !== 'visible') found.push(`${name} is clipped`);
          }
          return found;
        });
        expect(problems).toEqual([]);

        // Read from the back of a room: each headline line fits two lines and never leaves one
        // glyph alone on its last line; the status icon is as large as its word.
        const layout = await page.evaluate(() => {
          // Runs in the page: it cannot live in the test's scope.
          // oxlint-disable-next-line unicorn/consistent-function-scoping
          const linesOf = (element: Element) => {
            const tops: { top: number; glyphs: number }[] = [];
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (let index = 0; index < text.length; index += 1) {
                if (/\s/.test(text[index] ?? '')) continue;
                const range = document.createRange();
                range.setStart(node, index);
                range.setEnd(node, index + 1);
                const rect = range.getClientRects()[0];
                if (rect === undefined) continue;
                const line = tops.find((each) => Math.abs(each.top - rect.top) < rect.height / 2);
                if (line === undefined) tops.push({ top: rect.top, glyphs: 1 });
                else line.glyphs += 1;
              }
            }
            return tops.map((line) => line.glyphs);
          };
          const headings = [...document.querySelectorAll('.slide h1, .slide .slide-verdict')].map((element) => ({ text: (element.textContent ?? '').slice(0, 30), lines: linesOf(element) }));
          const badge = document.querySelector('.slide .status-badge');
          const icon = badge?.querySelector('svg, .status-icon');
          return {
            headings,
            iconHeight: icon?.getBoundingClientRect().height ?? null,
            wordSize: badge === null || badge === undefined ? null : Number.parseFloat(getComputedStyle(badge).fontSize),
          };
        });
        for (const heading of layout.headings) {
          expect(heading.lines.length, `“${heading.text}” lines`).toBeLessThanOrEqual(2);
          if (heading.lines.length > 1) expect(heading.lines.at(-1), `“${heading.text}”: glyphs on its last line`).toBeGreaterThan(1);
        }
        if (layout.wordSize !== null && slide > 1) expect(layout.iconHeight ?? 0).toBeGreaterThanOrEqual(layout.wordSize / 2);

        // The controls, once the mouse moves, cover neither the chart, nor its legend, nor the heading.
        await page.mouse.move(200, 200);
        await page.mouse.move(220, 210);
        const controls = page.getByRole('navigation', { name: lang === 'en' ? 'Present' : '演示' });
        await expect(controls).toHaveCSS('opacity', '1');
        const overlaps = await page.evaluate(() => {
          const bar = document.querySelector('.present-controls')?.getBoundingClientRect();
          if (bar === undefined) return ['no controls'];
          return [...document.querySelectorAll('.slide .kpi-chart-plots, .slide .chart-legend, .slide-heading, .slide .summary-list, .slide h1')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.height > 0 && box.bottom > bar.top + 0.5 && box.top < bar.bottom && box.right > bar.left && box.left < bar.right;
            })
            .map((element) => element.className || element.tagName);
        });
        expect(overlaps, 'elements under the controls').toEqual([]);

        if (viewport.width === 1920) {
          // Readable from the back of the room.
          const headline = await page.getByRole('heading', { level: 1 }).evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
          expect(headline).toBeGreaterThanOrEqual(48);
          // Axis, marker and legend text at 28 px at least.
          const chartText = await page.evaluate(() => [...document.querySelectorAll('.slide .kpi-chart-plots svg text, .slide .chart-legend li')].map((element) => Number.parseFloat(getComputedStyle(element).fontSize)));
          if (slide > 1) expect(chartText.length).toBeGreaterThan(0);
          expect(Math.min(...chartText)).toBeGreaterThanOrEqual(28);
        }
      });
    }
  }
}

test('the deck has no accessibility violations', async ({ page }) => {
  await openDeck(page, '?slide=1');
  expect(await scanForViolations(page)).toEqual([]);
  await openDeck(page, '?slide=2&lang=en');
  await page.locator('.slide svg').first().waitFor();
  expect(await scanForViolations(page)).toEqual([]);
});

test('the controls stay out of the way until the mouse moves, and keyboard users can still reach them', async ({ page }) => {
  await openDeck(page, '?slide=2');
  const controls = page.getByRole('navigation', { name: '演示' });
  await expect(controls).toHaveCSS('opacity', '0');

  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await expect(controls).toHaveCSS('opacity', '1');
  await expect(controls.getByRole('button', { name: '下一页 →' })).toBeVisible();

  // Idle again after a while…
  await expect(controls).toHaveCSS('opacity', '0', { timeout: 6_000 });
  // …but focus brings them back for keyboard users.
  await page.keyboard.press('Tab');
  await expect(controls).toHaveCSS('opacity', '1');
});

test('N opens the presenter notes in a second window at the same slide; the two windows turn pages together', async ({ page, context }) => {
  await openDeck(page, '?slide=2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('高价值专利审查周期 14.0 个月');

  const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
  await notes.waitForLoadState();
  expect(new URL(notes.url()).searchParams.get('notes')).toBe('1');
  // The slide on screen, the numbers behind its headline, its definition and target source, what comes next.
  await expect(notes.getByText('演讲者备注 · 第 2 页，共 5 页')).toBeVisible();
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('高价值专利审查周期');
  await expect(notes.getByText('高价值专利审查周期 14.0 个月——已实现“16 个月以内”目标')).toBeVisible();
  await expect(notes.getByRole('heading', { name: '标题背后的数据' })).toBeVisible();
  await expect(notes.getByText('14.0 个月', { exact: true }).first()).toBeVisible();
  await expect(notes.getByText(/高价值专利审查周期压减至16个月以内/)).toBeVisible();
  await expect(notes.getByText(/^商标注册平均审查周期 4\.0\s个月——/)).toBeVisible();
  // Opening the notes did not move the deck.
  await expectSlide(page, 2);

  // The deck moves on: the notes follow…
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3);
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('商标注册平均审查周期');
  // …and a page turned in the notes moves the deck.
  await notes.bringToFront();
  await notes.getByRole('button', { name: '← 上一页' }).click();
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('高价值专利审查周期');
  await expectSlide(page, 2);
  await notes.keyboard.press('Home');
  await expect(notes.getByText('演讲者备注 · 第 1 页，共 5 页')).toBeVisible();
  await expectSlide(page, 1);

  expect(await scanForViolations(notes)).toEqual([]);
});

test('a notes parameter other than notes=1 is named, and the deck opens as usual', async ({ page }) => {
  await openDeck(page, '?slide=2&notes=yes');
  await expect(page.getByText('链接中的 notes“yes”无效（演讲者备注应写作 notes=1），已打开演示。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('高价值专利审查周期 14.0 个月');
});
