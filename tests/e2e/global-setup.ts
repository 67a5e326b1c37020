import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFeedHandler } from './servers/feed-server';
import { createStaticHandler } from './servers/static-server';
import { FEED_BASE_URL, PORTS } from './urls';

// E2E_DIST serves another build (e.g. to check these servers before the app exists).
const DIST = process.env.E2E_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/**
 * Four servers on 127.0.0.1 for the whole run: the build as shipped (fixtures mode), a real feed,
 * the build pointed at that feed (http mode), and the build with an invalid config.json.
 * The returned function is Playwright's global teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build at ${DIST}. Run \`npm run test:e2e\` (or \`npx vite build\` first).`);
  }

  const servers: Server[] = [];
  try {
    servers.push(await listen(PORTS.fixturesApp, createStaticHandler({ root: DIST })));
    servers.push(await listen(PORTS.feed, createFeedHandler().onRequest));
    servers.push(
      await listen(
        PORTS.httpApp,
        createStaticHandler({
          root: DIST,
          configJson: { feed: { mode: 'http', baseUrl: FEED_BASE_URL }, refreshIntervalSeconds: 0 },
        }),
      ),
    );
    servers.push(
      await listen(PORTS.invalidConfigApp, createStaticHandler({ root: DIST, configJson: { feed: { mode: 'ftp' } } })),
    );
  } catch (error) {
    await Promise.all(servers.map(close));
    throw error;
  }

  return async () => {
    await Promise.all(servers.map(close));
  };
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
