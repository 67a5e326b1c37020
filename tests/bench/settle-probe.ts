import type { BrowserContext, Page } from '@playwright/test';

/**
 * One in-page probe times the app and its static floor alike (issue 12): injected before
 * navigation, a MutationObserver notes the first moment every card is in the DOM with a settled
 * `data-status` (not `loading`), and the first moment every card's chart has drawn a path. Both
 * times are `performance.now()`, ms from the navigation's start, taken in the observer's callback,
 * i.e. at the microtask checkpoint after the DOM changed: the same point for a React commit and for
 * the HTML parser inserting the floor's nodes.
 */
export interface SettleTimes {
  settledMs: number;
  chartsMs: number;
}

const PROBE = (expectedCards: number): string => `(() => {
  const probe = { settledMs: null, chartsMs: null };
  globalThis.benchSettleProbe = probe;
  const check = () => {
    const cards = document.querySelectorAll('article[data-status]');
    if (cards.length !== ${expectedCards}) return;
    const now = performance.now();
    let isSettled = true;
    let isDrawn = true;
    for (const card of cards) {
      if (card.getAttribute('data-status') === 'loading') isSettled = false;
      for (const figure of card.querySelectorAll('figure')) {
        let hasPath = false;
        for (const path of figure.querySelectorAll('svg path')) {
          if ((path.getAttribute('d') || '') !== '') { hasPath = true; break; }
        }
        if (!hasPath) isDrawn = false;
      }
    }
    if (isSettled && probe.settledMs === null) probe.settledMs = now;
    if (isSettled && isDrawn && probe.chartsMs === null) probe.chartsMs = now;
    if (probe.settledMs !== null && probe.chartsMs !== null) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status', 'd'] });
})();`;

export async function addSettleProbe(context: BrowserContext, expectedCards: number): Promise<void> {
  await context.addInitScript({ content: PROBE(expectedCards) });
}

/** Waits for the probe's two times on a page opened in a context given `addSettleProbe`. */
export async function readSettleTimes(page: Page, timeoutMs = 30_000): Promise<SettleTimes> {
  const handle = await page.waitForFunction(
    () => {
      const probe = (globalThis as { benchSettleProbe?: { settledMs: number | null; chartsMs: number | null } }).benchSettleProbe;
      return probe !== undefined && probe.settledMs !== null && probe.chartsMs !== null ? { settledMs: probe.settledMs, chartsMs: probe.chartsMs } : false;
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as SettleTimes;
}
