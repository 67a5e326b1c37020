import type { Page } from '@playwright/test';
import { CARDS_SETTLED_MARK } from '../../src/features/overview/overview-page';
import { formatPeriod } from '../../src/i18n/format';
import type { Period } from '../../src/kpi/period';

const TIMEOUT_MS = 30_000;
/** An update counts as finished once the page's DOM has not changed for this long. */
const QUIET_MS = 200;

export interface OverviewTimes {
  /** Navigation start → `performance.mark('kpi-cards-settled')`. */
  settledMs: number;
  /** Navigation start → the animation frame in which every card's chart was first seen drawn. */
  chartsMs: number;
}

/**
 * Opens the overview and waits for the cards to settle, the (lazily loaded) charts to draw and
 * the page to go quiet. The first two waits start at the navigation's commit, so neither misses
 * an early moment.
 */
export async function openOverview(page: Page, url: string, expectedCards = 4): Promise<OverviewTimes> {
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  const settled = page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false, CARDS_SETTLED_MARK, {
    timeout: TIMEOUT_MS,
  });
  // Every card (four by default), none loading, and every card that has a chart has drawn a path in it (the chart
  // is an <svg> inside the card's <figure>; its Suspense fallback is not).
  const charts = page.waitForFunction(
    (count) => {
      const cards = [...document.querySelectorAll('article[data-status]')];
      const isDrawn =
        cards.length === count &&
        cards.every(
          (card) =>
            card.getAttribute('data-status') !== 'loading' &&
            [...card.querySelectorAll('figure')].every((figure) => [...figure.querySelectorAll('svg path')].some((path) => (path.getAttribute('d') ?? '') !== '')),
        );
      return isDrawn ? performance.now() : false;
    },
    expectedCards,
    { polling: 'raf', timeout: TIMEOUT_MS },
  );
  const [settledMs, chartsMs] = await Promise.all([settled.then((handle) => handle.jsonValue()), charts.then((handle) => handle.jsonValue())]);
  await waitForQuietDom(page);
  return { settledMs: Number(settledMs), chartsMs: Number(chartsMs) };
}

/**
 * Waits until the page's DOM has not changed for QUIET_MS, so what is measured next (an as-of
 * change, the heap) does not overlap the charts' own follow-up renders.
 */
async function waitForQuietDom(page: Page): Promise<void> {
  const isQuiet = await page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise<boolean>((resolve) => {
        const start = performance.now();
        let lastChange = start;
        const observer = new MutationObserver(() => {
          lastChange = performance.now();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        const check = (): void => {
          const now = performance.now();
          if (now - lastChange >= quietMs || now - start > timeoutMs) {
            observer.disconnect();
            resolve(now - lastChange >= quietMs);
          } else {
            setTimeout(check, 25);
          }
        };
        setTimeout(check, 25);
      }),
    { quietMs: QUIET_MS, timeoutMs: TIMEOUT_MS },
  );
  if (!isQuiet) throw new Error(`The overview kept changing for ${TIMEOUT_MS} ms after its charts were drawn`);
}

/** The largest-contentful-paint time so far (ms from navigation start), or null if none. */
export function readLcp(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(list.getEntries().at(-1)?.startTime ?? null);
        });
        observer.observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 1_000);
      }),
  );
}

export interface AsOfChange {
  /** The change event → two frames after the overview's last DOM change. */
  ms: number;
}

/**
 * Picks `asOf` in the "数据截至" select the way a change event from a person would, and times
 * it in the page: from just before the event to the second animation frame after the page's last
 * DOM change (the first frame paints it), once every card shows the new month and the DOM has been
 * quiet for QUIET_MS. Throws if a card does not show the month, i.e. the update did not happen.
 */
export async function changeAsOf(page: Page, asOf: Period): Promise<AsOfChange> {
  const monthText = formatPeriod(asOf, 'zh-CN');
  const result = await page.evaluate(
    async ({ month, text, quietMs, timeoutMs }) => {
      const label = [...document.querySelectorAll('label')].find((element) => element.textContent.trim() === '数据截至');
      const select = label?.control;
      if (!(select instanceof HTMLSelectElement)) return { error: 'no select labelled 数据截至' };
      if (![...select.options].some((option) => option.value === month)) return { error: `no month ${month} to choose` };

      const showsMonth = () => {
        const cards = [...document.querySelectorAll('article[data-status]')];
        return cards.length > 0 && cards.every((card) => card.textContent.includes(text));
      };
      let lastChange = -1;
      const frames: number[] = [];
      const observer = new MutationObserver(() => {
        lastChange = performance.now();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });

      const start = performance.now();
      select.value = month;
      select.dispatchEvent(new Event('change', { bubbles: true }));

      return new Promise<{ ms: number } | { error: string }>((resolve) => {
        const onFrame = (): void => {
          const now = performance.now();
          frames.push(now);
          const painted = frames[frames.findIndex((frame) => frame > lastChange) + 1];
          if (lastChange >= 0 && painted !== undefined && now - lastChange >= quietMs) {
            observer.disconnect();
            resolve(showsMonth() ? { ms: painted - start } : { error: `a card does not show ${text} after the change` });
          } else if (now - start > timeoutMs) {
            observer.disconnect();
            resolve({ error: `the page did not settle within ${timeoutMs} ms` });
          } else {
            requestAnimationFrame(onFrame);
          }
        };
        requestAnimationFrame(onFrame);
      });
    },
    { month: asOf, text: monthText, quietMs: QUIET_MS, timeoutMs: TIMEOUT_MS },
  );
  if ('error' in result) throw new Error(`As-of change to ${asOf}: ${result.error}`);
  return result;
}
