import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromiumPath } from './tests/e2e/chromium-path';
import { FIXTURES_APP_URL } from './tests/e2e/urls';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two cores on the reference machine: more workers only make the timings flakier.
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./tests/e2e/duration-reporter.ts']],
  // Headroom for two workers on two cores that other work may share: the slowest test should
  // stay under a third of this (see README, "Checking for flakes"), so a busy machine slows the
  // suite down rather than turning it red.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    baseURL: FIXTURES_APP_URL,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: resolveChromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium' }],
});
