// @vitest-environment node
import { expect, test } from 'vitest';
import { ensureBrowser, MANUAL_INSTALL_HINT } from '../../scripts/ensure-browser';
import type { BrowserSystem } from '../../scripts/ensure-browser';

const DEBIAN = '/usr/bin/chromium';
const BUNDLED = '/root/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';

interface Machine {
  files?: string[];
  hasFonts?: boolean;
  isRoot?: boolean;
  commands?: string[];
  /** Whether Playwright's download host answers. */
  canDownload?: boolean;
  canSudo?: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * A staged machine: a file system, fonts, and commands that change them as the real ones would
 * (apt-get installs /usr/bin/chromium and the fonts; Playwright's download puts its browser in
 * its cache). `ran` is every command line, in order.
 */
function stage(machine: Machine) {
  const files = new Set(machine.files ?? []);
  let hasFonts = machine.hasFonts ?? true;
  const commands = new Set(machine.commands ?? ['apt-get', 'npx', 'sudo']);
  const ran: string[] = [];
  const logged: string[] = [];
  const system: BrowserSystem = {
    env: machine.env ?? {},
    fileExists: (path) => files.has(path),
    bundledChromiumPath: () => BUNDLED,
    hasCjkFonts: () => hasFonts,
    isRoot: machine.isRoot ?? false,
    hasCommand: (name) => commands.has(name),
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      if (command === 'sudo' && args[1] === 'true') return machine.canSudo ?? false;
      if (line === 'npx playwright install chromium') {
        if (machine.canDownload !== true) return false;
        files.add(BUNDLED);
        return true;
      }
      const install = /apt-get install -y (.*)$/.exec(line);
      if (install !== null) {
        const packages = install[1]?.split(' ') ?? [];
        if (packages.includes('chromium')) files.add(DEBIAN);
        if (packages.includes('fonts-noto-cjk')) hasFonts = true;
      }
      return true;
    },
    log: (line) => logged.push(line),
  };
  return { system, ran, logged, hasFonts: () => hasFonts };
}

test("with Debian's Chromium and the CJK fonts in place, nothing is installed", () => {
  const { system, ran } = stage({ files: [DEBIAN] });
  expect(ensureBrowser(system)).toEqual({ ok: true, chromium: DEBIAN });
  expect(ran).toEqual([]);
});

test("a browser Playwright downloaded earlier is used, and nothing is installed", () => {
  const { system, ran } = stage({ files: [BUNDLED] });
  expect(ensureBrowser(system)).toEqual({ ok: true, chromium: BUNDLED });
  expect(ran).toEqual([]);
});

test('where the download works, Playwright fetches its Chromium and, as root, its system libraries', () => {
  const { system, ran } = stage({ isRoot: true, canDownload: true });
  expect(ensureBrowser(system)).toEqual({ ok: true, chromium: BUNDLED });
  expect(ran).toEqual(['npx playwright install chromium', 'npx playwright install-deps chromium']);
});

test("on a closed network, as root, the download fails and Debian's chromium and fonts are installed", () => {
  const { system, ran, hasFonts } = stage({ isRoot: true, hasFonts: false });
  expect(ensureBrowser(system)).toEqual({ ok: true, chromium: DEBIAN });
  expect(ran).toEqual(['npx playwright install chromium', 'apt-get update', 'apt-get install -y chromium fonts-noto-cjk']);
  expect(hasFonts()).toBe(true);
});

test('without root, password-less sudo installs the packages', () => {
  const { system, ran } = stage({ canSudo: true, files: [DEBIAN], hasFonts: false });
  expect(ensureBrowser(system)).toEqual({ ok: true, chromium: DEBIAN });
  expect(ran).toEqual([
    'sudo -n true',
    'sudo -n --preserve-env=DEBIAN_FRONTEND apt-get update',
    'sudo -n --preserve-env=DEBIAN_FRONTEND apt-get install -y fonts-noto-cjk',
  ]);
});

test('without root or sudo, it stops with the exact command to run, and installs nothing', () => {
  const { system, ran } = stage({ canSudo: false });
  const outcome = ensureBrowser(system);
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.message).toContain('no Chromium');
  expect(outcome.message).toContain('apt-get update && apt-get install -y chromium fonts-noto-cjk');
  expect(outcome.message).toContain(MANUAL_INSTALL_HINT);
  expect(ran.filter((line) => line.includes('apt-get'))).toEqual([]);
});

test('missing only the fonts, without root, the message names the fonts, not the browser', () => {
  const { system } = stage({ files: [DEBIAN], hasFonts: false });
  const outcome = ensureBrowser(system);
  expect(outcome).toEqual({
    ok: false,
    message: expect.stringContaining('no CJK fonts (Noto Sans CJK)') as unknown as string,
  });
  expect(outcome.ok === false && outcome.message.includes('no Chromium')).toBe(false);
});

test('on a machine without apt-get, even as root, it stops with the message rather than guessing', () => {
  const { system, ran } = stage({ isRoot: true, commands: ['npx'] });
  const outcome = ensureBrowser(system);
  expect(outcome.ok).toBe(false);
  expect(ran).toEqual(['npx playwright install chromium']);
});

test('when apt-get fails (no mirror), it says so with the command instead of claiming success', () => {
  const { system } = stage({ isRoot: true });
  system.run = (command, args) => ![command, ...args].join(' ').startsWith('apt-get');
  const outcome = ensureBrowser(system);
  expect(outcome.ok).toBe(false);
  expect(outcome.ok === false && outcome.message).toContain('apt-get install -y chromium fonts-noto-cjk');
});

test('a CHROMIUM_PATH that points nowhere is reported, and no other browser is installed behind it', () => {
  const { system, ran } = stage({ isRoot: true, env: { CHROMIUM_PATH: '/opt/nothing/chrome' } });
  expect(ensureBrowser(system)).toEqual({ ok: false, message: 'CHROMIUM_PATH is set to /opt/nothing/chrome, but no file exists there.' });
  expect(ran).toEqual([]);
});

test('a CHROMIUM_PATH that exists is used even when Debian has one too; only the missing fonts are installed', () => {
  const { system, ran } = stage({ isRoot: true, hasFonts: false, files: ['/opt/chrome', DEBIAN], env: { CHROMIUM_PATH: '/opt/chrome' } });
  expect(ensureBrowser(system)).toEqual({ ok: true, chromium: '/opt/chrome' });
  expect(ran).toEqual(['apt-get update', 'apt-get install -y fonts-noto-cjk']);
});
