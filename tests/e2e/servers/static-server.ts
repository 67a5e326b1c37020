import { readFile, stat } from 'node:fs/promises';
import type { RequestListener, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Serves the built app the way a plain static host would. `.js` must go out as
 * `text/javascript`: the browser refuses to register `mockServiceWorker.js` as a service worker
 * under any other type.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServerOptions {
  root: string;
  /**
   * Replaces `/config.json` with this body, as a deploy would replace the file, without touching
   * `dist/`. A string is sent verbatim (so a test can serve malformed JSON too).
   */
  configJson?: unknown;
}

export function createStaticHandler({ root, configJson }: StaticServerOptions): RequestListener {
  const rootDir = normalize(root);

  return (request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://static.invalid');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
        return;
      }

      if (url.pathname === '/config.json' && configJson !== undefined) {
        const body = typeof configJson === 'string' ? configJson : JSON.stringify(configJson);
        send(response, 200, CONTENT_TYPES['.json'], body, request.method === 'HEAD');
        return;
      }

      const relative = decodeURIComponent(url.pathname);
      const filePath = normalize(join(rootDir, relative));
      if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) {
        send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
        return;
      }

      const target = (await isFile(filePath))
        ? filePath
        : extname(relative) === ''
          ? join(rootDir, 'index.html') // client-side route: the app decides what to show
          : null;
      if (target === null) {
        send(response, 404, 'text/plain; charset=utf-8', `Not found: ${url.pathname}`);
        return;
      }
      const body = await readFile(target);
      const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      send(response, 200, type, body, request.method === 'HEAD');
    })().catch((error: unknown) => {
      if (!response.headersSent) {
        send(response, 500, 'text/plain; charset=utf-8', String(error));
      } else {
        response.destroy();
      }
    });
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: string | Buffer,
  isHead = false,
): void {
  response.writeHead(status, {
    'Content-Type': contentType ?? 'application/octet-stream',
    'Content-Length': Buffer.byteLength(body),
    // Every run must see the build it just made and the config.json this server chose.
    'Cache-Control': 'no-store',
  });
  response.end(isHead ? undefined : body);
}
