/// <reference types="vitest/config" />
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { BASE_POLICY, securityHeaders } from './src/app/content-security-policy.ts';
import { parseRuntimeConfig } from './src/app/runtime-config.ts';
import type { FeedConfig } from './src/app/runtime-config.ts';

/** Puts the production Content-Security-Policy into the built index.html (not the dev server's). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: BASE_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * `vite preview` serves the build with the headers the README asks of a real server: the CSP
 * (with `frame-ancestors 'none'`, which only a header can carry) for the feed that the built
 * config.json names, nosniff and no-referrer. config.json is read on every request, since it is
 * meant to be replaced after the build. One that cannot be read or is invalid gets the narrowest
 * policy: the app then only shows its configuration error.
 */
function previewSecurityHeaders(): Plugin {
  let outDir = 'dist';
  const feedOf = async (): Promise<FeedConfig | null> => {
    try {
      const result = parseRuntimeConfig(JSON.parse(await readFile(resolve(outDir, 'config.json'), 'utf8')));
      return result.ok ? result.config.feed : null;
    } catch {
      return null;
    }
  };
  return {
    name: 'preview-security-headers',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer: (server) => {
      server.middlewares.use((request, response, next) => {
        // The build has no source maps; a stray one (a local `--sourcemap` build) is not served.
        if (/\.map(\?|$)/.test(request.url ?? '')) {
          response.statusCode = 404;
          response.end();
          return;
        }
        feedOf().then(
          (feed) => {
            for (const [name, value] of Object.entries(securityHeaders(feed))) response.setHeader(name, value);
            next();
          },
          next,
        );
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), previewSecurityHeaders()],
  build: {
    target: 'es2022',
    // No source maps in the build: whatever is in dist/ ends up public on a static host. For
    // debugging, build locally with `npx vite build --sourcemap`.
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    // Rendering recharts in jsdom is slow on two cores; the default 5 s is too tight under load.
    testTimeout: 20_000,
    restoreMocks: true,
  },
});
