import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium the end-to-end tests drive: `CHROMIUM_PATH` when set, else Debian's package,
 * else Playwright's own download. Failing here, with the fix in the message, beats Playwright's
 * generic "executable doesn't exist" deep inside the first test.
 */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
    }
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = bundledChromiumPath();
  if (bundled !== null && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with ' +
      '`apt-get install -y chromium fonts-noto-cjk`, or set CHROMIUM_PATH ' +
      '(`npx playwright install chromium` also works).',
  );
}

function bundledChromiumPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    // Playwright throws when its browser registry has no entry for this platform.
    return null;
  }
}
