import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The initial-JavaScript budget of issue 6, gzip. */
export const INITIAL_JS_BUDGET_BYTES = 240 * 1024;

/** How MSW is recognised in a script: chunk names are the bundler's business, contents are not. */
export const MSW_PATTERN = /mockServiceWorker|\[MSW\]/;

export function gzipSize(body: Buffer | string): number {
  return gzipSync(body, { level: 9 }).length;
}

export interface Chunk {
  /** Path inside the build, e.g. `assets/index-abc.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
  hasMsw: boolean;
}

export interface InitialChunks {
  /** Which description of the build the chunk list came from. */
  source: 'manifest' | 'html';
  chunks: Chunk[];
  gzipTotal: number;
}

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The JavaScript a browser must fetch before the app can run: the entry module, its
 * `modulepreload` links and, transitively, every chunk they import statically. A chunk reached
 * only through `import()` (MSW, the charts) is not initial.
 *
 * Vite's manifest is exact, so it is used when the build wrote one (`--manifest`); `dist/` as
 * `npm test` builds it has none, so then index.html and the chunks' own import statements are read.
 */
export async function findInitialChunks(dir: string): Promise<InitialChunks> {
  const manifestPath = join(dir, '.vite', 'manifest.json');
  const files = existsSync(manifestPath) ? await fromManifest(manifestPath) : await fromHtml(dir);
  const chunks = await Promise.all(
    files.map(async (file): Promise<Chunk> => {
      const body = await readFile(join(dir, file));
      return { file, bytes: body.length, gzipBytes: gzipSize(body), hasMsw: MSW_PATTERN.test(body.toString('utf8')) };
    }),
  );
  return {
    source: existsSync(manifestPath) ? 'manifest' : 'html',
    chunks,
    gzipTotal: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}

async function fromManifest(manifestPath: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, ManifestEntry>;
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  if (entries.length === 0) throw new Error(`${manifestPath} names no entry chunk.`);
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const entry = manifest[key];
    if (entry === undefined || seen.has(entry.file)) return;
    seen.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const key of entries) visit(key);
  return [...seen].filter((file) => file.endsWith('.js'));
}

const MODULE_SCRIPT = /<script\b(?=[^>]*\btype=["']?module\b)[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi;
const MODULE_PRELOAD = /<link\b(?=[^>]*\brel=["']?modulepreload\b)[^>]*\bhref=["']([^"']+)["'][^>]*>/gi;
// Minified static imports and re-exports: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{c}from"./x.js"`. `import("./x.js")` has a parenthesis where these have a quote or a
// binding list, so dynamic imports never match.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

async function fromHtml(dir: string): Promise<string[]> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const roots = [...html.matchAll(MODULE_SCRIPT), ...html.matchAll(MODULE_PRELOAD)]
    .map((match) => match[1] ?? '')
    .filter((src) => src.startsWith('/') && !src.startsWith('//'))
    .map((src) => src.slice(1));
  if (roots.length === 0) throw new Error(`${join(dir, 'index.html')} has no module script.`);

  const seen = new Set<string>();
  const queue = [...roots];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dir, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), match[1] ?? '')));
    }
  }
  return [...seen];
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
