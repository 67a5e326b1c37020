import type { Browser } from '@playwright/test';
import { withPage } from '../browser';
import { gzipSize, MSW_PATTERN } from '../initial-chunks';
import { openOverview } from '../overview-page';

export interface FetchedFile {
  /** Path on the server, e.g. `/assets/index-abc.js`. */
  path: string;
  kind: 'js' | 'css';
  /** JS: the entry and its static imports, else loaded on demand by `import()`. CSS counts as initial. */
  isInitial: boolean;
  bytes: number;
  gzipBytes: number;
}

export interface BytesResult {
  files: FetchedFile[];
  initialJsGzip: number;
  lazyJsGzip: number;
  cssGzip: number;
  /** Whether the server compressed anything: the bench's static server does not. */
  servedCompressed: boolean;
  requestCount: number;
  mswRequests: string[];
  /** Any fetched body (script or not) containing MSW code. */
  mswScripts: string[];
  serviceWorkers: number;
}

/**
 * One overview load in http mode, recording every response. Byte counts are deterministic, so
 * one run is enough. The static server sends files uncompressed, so the gzip figure is each
 * fetched file gzipped with zlib at level 9: what a gzip-serving host would transfer.
 */
export async function measureBytes(browser: Browser, appUrl: string, initialFiles: readonly string[]): Promise<BytesResult> {
  return withPage(browser, async (page) => {
    const requested: string[] = [];
    const received: Promise<{ path: string; type: string; body: Buffer; encoding: string | undefined } | null>[] = [];
    // The context also sees what a service worker (or its registration) would fetch.
    page.context().on('request', (request) => requested.push(request.url()));
    page.on('response', (response) => {
      received.push(
        Promise.all([response.body(), response.allHeaders()]).then(
          ([body, headers]) => ({ path: new URL(response.url()).pathname, type: response.request().resourceType(), body, encoding: headers['content-encoding'] }),
          () => null, // a redirect or an aborted request has no body
        ),
      );
    });
    await openOverview(page, appUrl);
    await page.waitForLoadState('networkidle');
    const serviceWorkers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    const responses = (await Promise.all(received)).filter((response) => response !== null);

    const files = responses.flatMap((response): FetchedFile[] => {
      const kind = response.type === 'script' ? 'js' : response.type === 'stylesheet' ? 'css' : null;
      if (kind === null) return [];
      const isInitial = kind === 'css' || initialFiles.includes(response.path.replace(/^\//, ''));
      return [{ path: response.path, kind, isInitial, bytes: response.body.length, gzipBytes: gzipSize(response.body) }];
    });
    const sum = (predicate: (file: FetchedFile) => boolean) => files.filter(predicate).reduce((total, file) => total + file.gzipBytes, 0);
    return {
      files,
      initialJsGzip: sum((file) => file.kind === 'js' && file.isInitial),
      lazyJsGzip: sum((file) => file.kind === 'js' && !file.isInitial),
      cssGzip: sum((file) => file.kind === 'css'),
      servedCompressed: responses.some((response) => response.encoding !== undefined && response.encoding !== 'identity'),
      requestCount: requested.length,
      mswRequests: requested.filter((url) => url.includes('mockServiceWorker')),
      mswScripts: responses.filter((response) => MSW_PATTERN.test(response.body.toString('utf8'))).map((response) => response.path),
      serviceWorkers,
    };
  });
}
