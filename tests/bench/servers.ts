import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFeedHandler } from '../e2e/servers/feed-server';
import type { FeedServerHandler } from '../e2e/servers/feed-server';
import { createStaticHandler } from '../e2e/servers/static-server';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Listens on an ephemeral loopback port: the e2e suite owns 4173–4176 and may be running. */
export function serve(onRequest: RequestListener): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server: Server = createServer(onRequest);
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface BenchServers {
  /** The app in http mode, pointed at `feed`; also serves `/floor.html` once written into the build. */
  app: RunningServer;
  /** The same build pointed at the feed's 40-KPI catalogue (`/api/many`). */
  manyApp: RunningServer;
  feed: RunningServer;
  /** The feed's fault switch (e.g. a 100,000-observation answer). */
  feedHandler: FeedServerHandler;
  harness: RunningServer;
  close(): Promise<void>;
}

export async function startBenchServers({ appRoot, harnessRoot }: { appRoot: string; harnessRoot: string }): Promise<BenchServers> {
  const started: RunningServer[] = [];
  try {
    const feedHandler = createFeedHandler();
    const feed = await serve(feedHandler.onRequest);
    started.push(feed);
    const app = await serve(
      createStaticHandler({ root: appRoot, configJson: { feed: { mode: 'http', baseUrl: `${feed.origin}/api/v1` }, refreshIntervalSeconds: 0 } }),
    );
    started.push(app);
    const manyApp = await serve(
      createStaticHandler({ root: appRoot, configJson: { feed: { mode: 'http', baseUrl: `${feed.origin}/api/many` }, refreshIntervalSeconds: 0 } }),
    );
    started.push(manyApp);
    const harness = await serve(createStaticHandler({ root: harnessRoot }));
    started.push(harness);
    return { app, manyApp, feed, feedHandler, harness, close: async () => void (await Promise.all(started.map((server) => server.close()))) };
  } catch (error) {
    await Promise.all(started.map((server) => server.close()));
    throw error;
  }
}
