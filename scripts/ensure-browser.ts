import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { resolveChromiumPath } from '../tests/e2e/chromium-path';

/**
 * Run by `npm test` before the browser tests: makes sure there is a Chromium to drive and CJK
 * fonts for it to draw Chinese with (the exports and screenshots render Chinese), installing
 * them the way this machine allows. Finding a Chromium is tests/e2e/chromium-path.ts's job, so
 * this script and the Playwright config cannot disagree about which one is used.
 */

export const APT_PACKAGES = { chromium: 'chromium', fonts: 'fonts-noto-cjk' } as const;

/** What a person runs when this script could not install the browser by itself. */
export const MANUAL_INSTALL_HINT =
  'As root (or with sudo): `apt-get update && apt-get install -y chromium fonts-noto-cjk`. ' +
  'Where the Playwright download works: `npx playwright install --with-deps chromium`. ' +
  'Or point CHROMIUM_PATH at a Chromium you already have.';

// Where its download host cannot be reached, Playwright otherwise waits 30 s per attempt.
const DOWNLOAD_CONNECTION_TIMEOUT_MS = '10000';
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const APT_TIMEOUT_MS = 20 * 60_000;

export interface RunOptions {
  timeoutMs: number;
  env?: Record<string, string>;
}

/** Everything the decision depends on, so the tests can stage any machine. */
export interface BrowserSystem {
  env: NodeJS.ProcessEnv;
  fileExists: (path: string) => boolean;
  bundledChromiumPath: () => string | null;
  hasCjkFonts: () => boolean;
  isRoot: boolean;
  hasCommand: (name: string) => boolean;
  /** Runs a command with its output on the terminal; true when it exits 0 in time. */
  run: (command: string, args: readonly string[], options: RunOptions) => boolean;
  log: (line: string) => void;
}

export type EnsureOutcome = { ok: true; chromium: string } | { ok: false; message: string };

function findChromium(system: BrowserSystem): string | null {
  try {
    return resolveChromiumPath(system);
  } catch {
    return null;
  }
}

/** How to run apt-get here: directly as root, through password-less sudo, or not at all. */
function aptPrefix(system: BrowserSystem): string[] | null {
  if (!system.hasCommand('apt-get')) return null;
  if (system.isRoot) return [];
  if (system.hasCommand('sudo') && system.run('sudo', ['-n', 'true'], { timeoutMs: 10_000 })) {
    return ['sudo', '-n', '--preserve-env=DEBIAN_FRONTEND'];
  }
  return null;
}

function runApt(system: BrowserSystem, prefix: string[], args: string[]): boolean {
  const [command, ...rest] = [...prefix, 'apt-get', ...args];
  return system.run(command ?? 'apt-get', rest, { timeoutMs: APT_TIMEOUT_MS, env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureBrowser(system: BrowserSystem): EnsureOutcome {
  const named = system.env.CHROMIUM_PATH;
  if (named !== undefined && named !== '' && findChromium(system) === null) {
    // The person chose a browser: report the wrong path rather than install another one.
    try {
      resolveChromiumPath(system);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  let found = findChromium(system);
  if (found === null) {
    system.log('No Chromium found for the browser tests: trying Playwright’s download…');
    // Download first, system libraries second (what `--with-deps` does in the other order), so a
    // closed network fails in seconds instead of after a round of apt-get.
    const downloaded = system.run('npx', ['playwright', 'install', 'chromium'], {
      timeoutMs: DOWNLOAD_TIMEOUT_MS,
      env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: DOWNLOAD_CONNECTION_TIMEOUT_MS },
    });
    if (downloaded) {
      const prefix = aptPrefix(system);
      if (prefix === null) {
        system.log('Playwright’s Chromium is downloaded; its system libraries need root: `npx playwright install-deps chromium`.');
      } else {
        const [command, ...rest] = [...prefix, 'npx', 'playwright', 'install-deps', 'chromium'];
        system.run(command ?? 'npx', rest, { timeoutMs: APT_TIMEOUT_MS, env: { DEBIAN_FRONTEND: 'noninteractive' } });
      }
      found = findChromium(system);
    } else {
      system.log('Playwright’s download did not work here: trying Debian’s packages.');
    }
  }

  const missing = [...(found === null ? [APT_PACKAGES.chromium] : []), ...(system.hasCjkFonts() ? [] : [APT_PACKAGES.fonts])];
  if (missing.length > 0) {
    const prefix = aptPrefix(system);
    if (prefix === null) {
      return { ok: false, message: `${describeMissing(missing)} This script cannot install packages here (not root, no password-less sudo, or no apt-get). ${MANUAL_INSTALL_HINT}` };
    }
    system.log(`Installing ${missing.join(' and ')} with apt-get…`);
    if (runApt(system, prefix, ['update']) && runApt(system, prefix, ['install', '-y', ...missing])) {
      found = findChromium(system);
    }
  }

  const stillMissing = [...(found === null ? [APT_PACKAGES.chromium] : []), ...(system.hasCjkFonts() ? [] : [APT_PACKAGES.fonts])];
  if (found === null || stillMissing.length > 0) return { ok: false, message: `${describeMissing(stillMissing)} ${MANUAL_INSTALL_HINT}` };
  return { ok: true, chromium: found };
}

function describeMissing(packages: readonly string[]): string {
  const parts = packages.map((name) => (name === APT_PACKAGES.chromium ? 'no Chromium' : 'no CJK fonts (Noto Sans CJK)'));
  return `The browser tests need a Chromium and CJK fonts, and this machine has ${parts.join(' and ')}.`;
}

const SYSTEM: BrowserSystem = {
  env: process.env,
  fileExists: existsSync,
  bundledChromiumPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      return null;
    }
  },
  hasCjkFonts: () => /Noto Sans CJK/i.test(spawnSync('fc-list', { encoding: 'utf8' }).stdout ?? ''),
  isRoot: process.getuid?.() === 0,
  hasCommand: (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0,
  run: (command, args, { timeoutMs, env }) => {
    const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, ...env } });
    return result.status === 0;
  },
  log: (line) => console.error(line),
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outcome = ensureBrowser(SYSTEM);
  if (outcome.ok) {
    console.log(`Browser tests use ${outcome.chromium}.`);
  } else {
    console.error(outcome.message);
    process.exit(1);
  }
}
