import { expect, test } from '@playwright/test';
import { NO_CHROMIUM_MESSAGE, resolveChromiumPath } from './chromium-path';

// Pure resolution logic: no browser needed, so plain `test` without the page fixtures.
const BUNDLED = '/home/ci/.cache/ms-playwright/chromium/chrome';

test('CHROMIUM_PATH wins over every other Chromium', () => {
  expect(
    resolveChromiumPath({ env: { CHROMIUM_PATH: '/opt/chrome' }, fileExists: () => true, bundledChromiumPath: () => BUNDLED }),
  ).toBe('/opt/chrome');
});

test("without CHROMIUM_PATH, Debian's chromium is used, then Playwright's own", () => {
  expect(resolveChromiumPath({ env: {}, fileExists: () => true, bundledChromiumPath: () => BUNDLED })).toBe(
    '/usr/bin/chromium',
  );
  expect(
    resolveChromiumPath({ env: {}, fileExists: (path) => path === BUNDLED, bundledChromiumPath: () => BUNDLED }),
  ).toBe(BUNDLED);
});

test('with no Chromium anywhere, the error says how to install one', () => {
  expect(() => resolveChromiumPath({ env: {}, fileExists: () => false, bundledChromiumPath: () => BUNDLED })).toThrow(
    NO_CHROMIUM_MESSAGE,
  );
  expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install -y chromium fonts-noto-cjk');
  expect(NO_CHROMIUM_MESSAGE).toContain('CHROMIUM_PATH');
});

test('a CHROMIUM_PATH that points nowhere is reported, not silently ignored', () => {
  expect(() =>
    resolveChromiumPath({ env: { CHROMIUM_PATH: '/nope' }, fileExists: () => false, bundledChromiumPath: () => null }),
  ).toThrow(/CHROMIUM_PATH is set to \/nope/);
});
