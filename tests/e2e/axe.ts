import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One line per violation, readable in a failed `toEqual([])` diff. */
export interface AxeViolationSummary {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeRunResult {
  violations: Array<{
    id: string;
    impact?: string | null;
    help: string;
    nodes: Array<{ target: unknown[] }>;
  }>;
}

/**
 * Runs axe-core in the page as it stands. (@axe-core/playwright would do this too, but needs
 * Node 22.) Call it once the page has settled: a half-loaded page reports nothing useful.
 */
export async function scanForViolations(page: Page): Promise<AxeViolationSummary[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the app's
  // Content-Security-Policy (rightly) refuses inline scripts.
  if (await page.evaluate(() => !('axe' in window))) await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  const result = await page.evaluate(async (tags) => {
    // `axe` is the global the evaluated source above defined.
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: unknown) => Promise<unknown> };
    };
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, RULE_TAGS);
  return (result as AxeRunResult).violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
  }));
}
