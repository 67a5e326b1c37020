import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { harnessConfig } from './vite.harness.config';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The bench's own build: dist/ may be in use by end-to-end runs, so it is never touched. */
export const APP_BUILD_DIR = join(REPO_ROOT, 'tests', '.tmp', 'bench-dist');

/** Builds the app as `vite build` does, plus a manifest, so initial chunks are read exactly. */
export async function buildApp(): Promise<string> {
  await build({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: APP_BUILD_DIR, emptyOutDir: true, manifest: true },
  });
  return APP_BUILD_DIR;
}

export async function buildHarness(): Promise<string> {
  await build(harnessConfig);
  const outDir = harnessConfig.build?.outDir;
  if (outDir === undefined) throw new Error('vite.harness.config.ts names no outDir');
  return outDir;
}
