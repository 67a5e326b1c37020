import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFeedHandler } from './servers/feed-server';
import { createStaticHandler } from './servers/static-server';
import { FEED_BASE_URL, FEED_V2_BASE_URL, PORTS } from './urls';

// E2E_DIST serves another build (e.g. to check these servers before the app exists).
const DIST = process.env.E2E_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/**
 * Four servers on 127.0.0.1 for the whole run: the build as shipped (fixtures mode), a real feed,
 * the build pointed at that feed (http mode), and the build with an invalid config.json.
 * The returned function is Playwright's global teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = await snapshotBuild(DIST);

  const servers: Server[] = [];
  try {
    servers.push(await listen(PORTS.fixturesApp, createStaticHandler({ root })));
    servers.push(await listen(PORTS.feed, createFeedHandler().onRequest));
    servers.push(
      await listen(
        PORTS.httpApp,
        createStaticHandler({
          root,
          // A short timeout and one retry keep the fault tests quick; the values are config.json's own.
          configJson: { feed: { mode: 'http', baseUrl: FEED_BASE_URL }, refreshIntervalSeconds: 0, requestTimeoutSeconds: 3, retries: 1 },
        }),
      ),
    );
    servers.push(
      await listen(PORTS.invalidConfigApp, createStaticHandler({ root, configJson: { feed: { mode: 'ftp' } } })),
    );
    servers.push(
      await listen(
        PORTS.v2App,
        createStaticHandler({ root, configJson: { feed: { mode: 'http', baseUrl: FEED_V2_BASE_URL }, refreshIntervalSeconds: 0, requestTimeoutSeconds: 3, retries: 1 } }),
      ),
    );
    // The published dataset as the build ships it, read as a static feed from the app's own origin.
    servers.push(
      await listen(
        PORTS.publishedApp,
        createStaticHandler({ root, configJson: { feed: { mode: 'http', baseUrl: '/feeds/published', layout: 'static-files' }, refreshIntervalSeconds: 0 } }),
      ),
    );
  } catch (error) {
    await Promise.all(servers.map(close));
    await rm(root, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    await Promise.all(servers.map(close));
    await rm(root, { recursive: true, force: true });
  };
}

/**
 * Serves a private copy of the build: a `vite build` started elsewhere while the suite runs
 * empties dist/ and would turn the remaining tests into 404s and 500s.
 */
async function snapshotBuild(dist: string): Promise<string> {
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`No build at ${dist}. Run \`npm run test:e2e\` (or \`npx vite build\` first).`);
  }
  const root = await mkdtemp(join(tmpdir(), 'e2e-dist-'));
  await cp(dist, root, { recursive: true });
  const copiedIndex = join(root, 'index.html');
  const missing = existsSync(copiedIndex)
    ? [...readFileSync(copiedIndex, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)]
        .map((match) => match[1] ?? '')
        .filter((asset) => !existsSync(join(root, asset)))
    : ['index.html'];
  if (missing.length > 0) {
    await rm(root, { recursive: true, force: true });
    throw new Error(`The build in ${dist} is incomplete (missing ${missing.join(', ')}): is a build still running?`);
  }
  return root;
}

function listen(port: number, onRequest: RequestListener): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(onRequest);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: is another e2e run or a \`vite preview\` still running?`)
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // Keep-alive connections from Chromium would otherwise hold close() open until they time out.
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
