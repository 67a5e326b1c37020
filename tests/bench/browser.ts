import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { resolveChromiumPath } from '../e2e/chromium-path';

/** The end-to-end tests' flags: no GPU, nothing talking to the network behind the page's back. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A fresh context (empty cache, no service worker) sized like the end-to-end tests. tsx compiles
 * these scripts with esbuild's keepNames, which wraps named functions in `__name(...)`; functions
 * passed to `page.evaluate` carry those calls into the page, so the page gets a no-op `__name`.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context;
}

/** Runs `body` on a page of a fresh context, and always closes the context. */
export async function withPage<T>(browser: Browser, body: (page: Page) => Promise<T>): Promise<T> {
  const context = await newBenchContext(browser);
  try {
    return await body(await context.newPage());
  } finally {
    await context.close();
  }
}

export async function collectGarbage(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
  } finally {
    await session.detach();
  }
}

/** Bytes of live JS heap after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    // Twice: the first collection can free objects whose finalisers release more.
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}
