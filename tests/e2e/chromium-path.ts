import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the end-to-end tests. `npm run ensure-browser` installs one where it can; ' +
  'otherwise install one with `apt-get install -y chromium fonts-noto-cjk`, or set CHROMIUM_PATH ' +
  '(`npx playwright install --with-deps chromium` also works).';

interface Probe {
  env: NodeJS.ProcessEnv;
  fileExists: (path: string) => boolean;
  bundledChromiumPath: () => string | null;
}

const SYSTEM: Probe = {
  env: process.env,
  fileExists: existsSync,
  bundledChromiumPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      // Playwright throws when its browser registry has no entry for this platform.
      return null;
    }
  },
};

/**
 * Which Chromium the end-to-end tests drive: `CHROMIUM_PATH` when set, else Debian's package,
 * else Playwright's own download. Failing here, with the fix in the message, beats Playwright's
 * generic "executable doesn't exist" deep inside the first test.
 */
export function resolveChromiumPath(probe: Partial<Probe> = {}): string {
  const { env, fileExists, bundledChromiumPath } = { ...SYSTEM, ...probe };
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!fileExists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    return fromEnv;
  }
  if (fileExists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = bundledChromiumPath();
  if (bundled !== null && fileExists(bundled)) return bundled;
  throw new Error(NO_CHROMIUM_MESSAGE);
}

/**
 * Flags for headless Chromium on a closed network: no GPU, no sandbox (tests run as root), and
 * nothing talking to the network behind the page's back (without these it stalls here).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
