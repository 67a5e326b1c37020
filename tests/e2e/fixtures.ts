import { test as base, expect } from '@playwright/test';
import type { ConsoleMessage } from '@playwright/test';
import { scopeFeedFaults } from './feed-control';
import type { FeedFaults } from './feed-control';

export { expect };

interface ConsoleGuard {
  /**
   * Lets console errors matching `pattern` through, for a test that provokes them on purpose
   * (Chromium logs "Failed to load resource" for every HTTP 500 the page receives).
   */
  allow(pattern: RegExp): void;
}

/**
 * `test` with one extra rule: any console error or uncaught page error fails the test, unless
 * the test allowed it. Errors are checked after the test body, so the failure names them all.
 */
export const test = base.extend<{ consoleGuard: ConsoleGuard; feedFaults: FeedFaults }>({
  /** Faults of the real feed server that this test's page alone sees (see feed-control.ts). */
  feedFaults: async ({ page, request }, provide, testInfo) => {
    const faults = await scopeFeedFaults(page, request, testInfo);
    await provide(faults);
    await faults.reset();
  },
  consoleGuard: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const errors: string[] = [];
      const isAllowed = (text: string) => allowed.some((pattern) => pattern.test(text));

      page.on('console', (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const location = message.location().url;
        // Chromium asks for /favicon.ico on its own when the page names no icon; that is the
        // browser's request, not the app's.
        if (location.endsWith('/favicon.ico')) return;
        // A contract v1 feed answers the catalogue probe (`GET {baseUrl}/kpis`) with 404: that is
        // how the dashboard knows to use its built-in catalogue, and Chromium logs every 404.
        if (location.endsWith('/kpis') && /status of 404/.test(message.text())) return;
        const text = location ? `${message.text()} (${location})` : message.text();
        if (!isAllowed(text)) errors.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => {
        const text = `${error.name}: ${error.message}`;
        if (!isAllowed(text)) errors.push(`uncaught ${text}`);
      });

      await use({ allow: (pattern) => allowed.push(pattern) });

      expect(errors, 'the page logged errors nobody expected').toEqual([]);
    },
    { auto: true },
  ],
});
