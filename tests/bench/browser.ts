import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../e2e/chromium-path';


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

export interface HeapBreakdown {
  /** Self sizes of every node of a heap snapshot. */
  totalBytes: number;
  /** Of which V8's `code` nodes: compiled functions, which grow as the JIT warms up. */
  codeBytes: number;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * Splits the heap into compiled code and everything else, so growth from the JIT warming up can
 * be told apart from data the app keeps. A heap snapshot is taken after a full GC.
 */
export async function heapBreakdown(page: Page): Promise<HeapBreakdown> {
  const session = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    await session.detach();
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const typeOffset = fields.indexOf('type');
  const sizeOffset = fields.indexOf('self_size');
  const codeType = snapshot.meta.node_types[0].indexOf('code');
  let totalBytes = 0;
  let codeBytes = 0;
  for (let index = 0; index < nodes.length; index += fields.length) {
    const size = nodes[index + sizeOffset] ?? 0;
    totalBytes += size;
    if (nodes[index + typeOffset] === codeType) codeBytes += size;
  }
  return { totalBytes, codeBytes };
}
