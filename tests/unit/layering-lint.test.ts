// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';

// The project's own lint config and oxlint, run on a scratch copy of the folder layout, so the
// proof that a layer violation fails `npm run lint` never writes into src/.
const ROOT = resolve(import.meta.dirname, '..', '..');
const OXLINT = join(ROOT, 'node_modules', '.bin', 'oxlint');

let scratch: string | null = null;
afterEach(() => {
  if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

function lint(files: Record<string, string>): { status: number | null; output: string } {
  scratch = mkdtempSync(join(tmpdir(), 'layering-'));
  copyFileSync(join(ROOT, '.oxlintrc.json'), join(scratch, '.oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  const run = spawnSync(OXLINT, ['--deny-warnings', '--format', 'unix', 'src'], { cwd: scratch, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('imports that follow the layers pass the lint', () => {
  const { status, output } = lint({
    'src/kpi/period.ts': 'export const period = 1;\n',
    'src/kpi/status.ts': "import { period } from './period';\nexport const status = period;\n",
    'src/components/badge.tsx': "import { useState } from 'react';\nimport { status } from '../kpi/status';\nexport const badge = [useState, status];\n",
    'src/features/overview/page.tsx': "import { badge } from '../../components/badge';\nimport { period } from '../../kpi/period';\nexport const page = [badge, period];\n",
    'src/app/app.tsx': "import { page } from '../features/overview/page';\nexport const app = page;\n",
  });
  expect(output).not.toMatch(/no-restricted-imports|no-cycle/);
  expect(status).toBe(0);
});

test('kpi/ importing React, the feed or the UI, a feature importing another, components importing a feature, and a cycle all fail the lint', () => {
  const { status, output } = lint({
    'src/kpi/uses-react.ts': "import { useState } from 'react';\nexport const a = useState;\n",
    'src/kpi/uses-feed.ts': "import { fetchObservations } from '../feed/fetch-observations';\nexport const b = fetchObservations;\n",
    'src/kpi/uses-chart.ts': "import { KpiChart } from '../components/kpi-chart';\nexport const c = KpiChart;\n",
    'src/features/overview/uses-deck.ts': "import { slideHeadline } from '../present/headline';\nexport const d = slideHeadline;\n",
    'src/features/overview/uses-detail.ts': "import { parse } from '../../features/kpi-detail/detail-params';\nexport const e = parse;\n",
    'src/components/uses-feature.ts': "import { OverviewPage } from '../features/overview/overview-page';\nexport const f = OverviewPage;\n",
    'src/kpi/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = () => b;\n",
    'src/kpi/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
  });
  expect(status).not.toBe(0);
  const flagged = (rule: string) =>
    output
      .split('\n')
      .filter((line) => line.includes(rule))
      .map((line) => line.split(':')[0])
      .sort();
  expect(flagged('no-restricted-imports')).toEqual([
    'src/components/uses-feature.ts',
    'src/features/overview/uses-deck.ts',
    'src/features/overview/uses-detail.ts',
    'src/kpi/uses-chart.ts',
    'src/kpi/uses-feed.ts',
    'src/kpi/uses-react.ts',
  ]);
  expect(flagged('no-cycle')).toEqual(['src/kpi/cycle-a.ts', 'src/kpi/cycle-b.ts']);
});
