/**
 * `npm run bench` (issue 6): builds the app and the chart harness into tests/.tmp, serves them on
 * ephemeral loopback ports with a real feed in http mode (no MSW), drives headless Chromium, and
 * prints each figure beside its goal. Writes bench-results/latest.json, a timestamped copy and
 * latest.md (the table in Markdown). A missed goal is reported, not failed: exit 0 unless
 * something crashed.
 *
 *   tsx tests/bench/run.ts [--runs N] [--only load,interaction]
 *
 * `--runs`: pairs or runs per figure (default 5, the minimum the issue asks for). `--only`: measure
 * some figures (load, bytes, chartScale, interaction, exports, memory, hugeFeed, kpiScale) while working on
 * them; such a run writes bench-results/partial.json, never latest.*, which the README quotes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { launchBrowser } from './browser';
import { buildApp, buildHarness, REPO_ROOT } from './build';
import { measureBytes } from './figures/bytes';
import { measureChartScale } from './figures/chart-scale';
import { measureExport } from './figures/export';
import { measureInteraction } from './figures/interaction';
import { FLOOR_PATH, measureLoad, writeFloorPage } from './figures/load';
import { measureMemory } from './figures/memory';
import { measureHugeFeed } from './figures/huge-feed';
import { MANY_FLOOR_PATH, MANY_KPIS, measureKpiScale } from './figures/kpi-scale';
import { findInitialChunks, formatKiB } from './initial-chunks';
import type { InitialChunks } from './initial-chunks';
import { formatMarkdown, formatTable, GOALS, reportRows } from './report';
import type { Figures } from './report';
import type { BenchServers } from './servers';
import { startBenchServers } from './servers';

const FIGURES = ['load', 'bytes', 'chartScale', 'interaction', 'exports', 'memory', 'hugeFeed', 'kpiScale'] as const;
type FigureName = (typeof FIGURES)[number];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string' } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
const ONLY = values.only === undefined ? null : values.only.split(',').map((name) => name.trim());
const unknown = ONLY?.filter((name) => !(FIGURES as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`--only: no figure named ${unknown.join(', ')}; the figures are ${FIGURES.join(', ')}`);
const isMeasured = (name: FigureName): boolean => ONLY === null || ONLY.includes(name);

const started = performance.now();
function step(message: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

async function timed<T>(label: string, body: () => Promise<T>): Promise<T> {
  step(`${label}…`);
  return body();
}

/** The 1-minute load average when the run started: on two cores, other work moves every figure. */
const LOAD_AT_START = loadavg()[0] ?? 0;

async function main(): Promise<void> {
  if (LOAD_AT_START > cpus().length) {
    console.warn(`Warning: load average ${LOAD_AT_START.toFixed(1)} on ${cpus().length} cores: other work is running, and the times will be inflated and noisy.`);
  }
  step('building the app and the chart harness into tests/.tmp');
  const appDir = await buildApp();
  const harnessDir = await buildHarness();

  const initial = await findInitialChunks(appDir);
  step(`initial chunks (Vite manifest): ${initial.chunks.map((chunk) => `${chunk.file} ${formatKiB(chunk.gzipBytes)} gzip`).join(', ')}`);

  const servers = await startBenchServers({ appRoot: appDir, harnessRoot: harnessDir });
  try {
    const browser = await launchBrowser();
    try {
      await measureAndReport(browser, servers, appDir, initial);
    } finally {
      await browser.close();
    }
  } finally {
    await servers.close();
  }
}

async function measureAndReport(browser: Browser, servers: BenchServers, appDir: string, initial: InitialChunks): Promise<void> {
  const appUrl = `${servers.app.origin}/`;
  const harnessUrl = `${servers.harness.origin}/`;
  step(`app ${appUrl} (http mode, feed ${servers.feed.origin}/api/v1), harness ${harnessUrl}, Chromium ${browser.version()}, ${RUNS} runs per figure`);

  const floorBytes = await writeFloorPage(browser, appUrl, appDir);
  step(`floor page written (${formatKiB(floorBytes)} of static HTML)`);
  if (isMeasured('kpiScale')) {
    const manyBytes = await writeFloorPage(browser, `${servers.manyApp.origin}/`, appDir, { path: MANY_FLOOR_PATH, expectedCards: MANY_KPIS });
    step(`${MANY_KPIS}-KPI floor page written (${formatKiB(manyBytes)})`);
  }

  const figures: Partial<Figures> = {};
  if (isMeasured('load')) figures.load = await timed('load', () => measureLoad(browser, appUrl, `${servers.app.origin}${FLOOR_PATH}`, RUNS));
  if (isMeasured('bytes')) figures.bytes = await timed('bytes', () => measureBytes(browser, appUrl, initial.chunks.map((chunk) => chunk.file)));
  if (isMeasured('chartScale')) figures.chartScale = await timed('chart scale', () => measureChartScale(browser, harnessUrl, RUNS));
  if (isMeasured('interaction')) figures.interaction = await timed('as-of change', () => measureInteraction(browser, appUrl, RUNS));
  if (isMeasured('exports')) figures.exports = await timed('exports', () => measureExport(browser, appUrl, harnessUrl, RUNS));
  if (isMeasured('memory')) figures.memory = await timed('memory', () => measureMemory(browser, appUrl, RUNS));
  if (isMeasured('kpiScale')) figures.kpiScale = await timed(`${MANY_KPIS} KPIs`, () => measureKpiScale(browser, `${servers.manyApp.origin}/`, `${servers.manyApp.origin}${MANY_FLOOR_PATH}`, RUNS));
  if (isMeasured('hugeFeed')) figures.hugeFeed = await timed('100,000-observation KPI', () => measureHugeFeed(browser, appUrl, servers.feedHandler, RUNS));
  const rows = reportRows(figures);
  const date = new Date();
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    chromium: browser.version(),
    loadAverage1m: { atStart: LOAD_AT_START, atEnd: loadavg()[0] ?? 0 },
  };
  step('done');

  const header = `${machine.cores} cores (${machine.cpu}, load average ${machine.loadAverage1m.atStart.toFixed(1)} → ${machine.loadAverage1m.atEnd.toFixed(1)}) · Chromium ${machine.chromium} · median of ${RUNS} runs`;
  console.log(`\nBenchmark ${date.toISOString()} · ${header}\n`);
  console.log(formatTable(rows));
  if (figures.bytes !== undefined) {
    console.log('\nPer chunk, as fetched for the overview in http mode (uncompressed by the bench server; gzip = zlib level 9 of each file):');
    for (const file of figures.bytes.files) {
      console.log(`  ${file.isInitial ? 'initial' : 'lazy   '} ${file.kind.padEnd(3)} ${file.path.padEnd(40)} ${formatKiB(file.bytes).padStart(10)} raw  ${formatKiB(file.gzipBytes).padStart(9)} gzip`);
    }
  }
  const missed = rows.filter((row) => row.isMet === false);
  console.log(`\n${rows.filter((row) => row.isMet === true).length} goals met, ${missed.length} missed${missed.length > 0 ? `: ${missed.map((row) => row.figure).join('; ')}` : ''}.`);

  const resultsDir = join(REPO_ROOT, 'bench-results');
  await mkdir(resultsDir, { recursive: true });
  const json = `${JSON.stringify({ date: date.toISOString(), machine, runs: RUNS, goals: GOALS, table: rows, initialChunks: initial, figures }, null, 2)}\n`;
  if (ONLY !== null) {
    await writeFile(join(resultsDir, 'partial.json'), json);
    console.log(`Some figures only (--only): results in bench-results/partial.json. Took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    return;
  }
  await writeFile(join(resultsDir, 'latest.json'), json);
  await writeFile(join(resultsDir, `bench-${date.toISOString().replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}.json`), json);
  await writeFile(join(resultsDir, 'latest.md'), `${date.toISOString().slice(0, 10)} · ${header}\n\n${formatMarkdown(rows)}\n`);
  console.log(`Results in bench-results/latest.json (and latest.md). Took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((error: unknown) => {
  console.error('The benchmark crashed:', error);
  process.exitCode = 1;
});
