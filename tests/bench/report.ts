import type { HugeFeedResult } from './figures/huge-feed';
import type { BytesResult } from './figures/bytes';
import type { ChartScaleResult } from './figures/chart-scale';
import type { ExportResult } from './figures/export';
import { CSV_ROWS } from './figures/export';
import type { InteractionResult } from './figures/interaction';
import type { LoadResult } from './figures/load';
import type { MemoryResult } from './figures/memory';
import type { KpiScaleResult } from './figures/kpi-scale';
import { MANY_KPIS } from './figures/kpi-scale';
import { formatKiB, INITIAL_JS_BUDGET_BYTES } from './initial-chunks';
import { formatMiB, formatMs, formatRatio } from './stats';

/** Issue 6's goals, and the one this benchmark had to pin down itself (memory "no growth"). */
export const GOALS = {
  loadRatio: 3,
  initialJsBytes: INITIAL_JS_BUDGET_BYTES,
  chartRatioAt10k: 3,
  chartMsAt10k: 100,
  growthExponent: 1,
  asOfChangeMs: 100,
  /** Issue 12: interaction to next paint of an as-of change by keyboard. */
  asOfInpMs: 50,
  pngMs: 500,
  bigCsvMs: 1_000,
  bigCsvLongestTaskMs: 200,
  /** Issue 5: a 100,000-observation answer must not freeze the page. */
  hugeFeedLongestTaskMs: 200,
  /** Non-code heap after ten as-of changes at most this much above its size after one warm-up change. */
  heapGrowth: 0.05,
  /** Issue 12, at 40 KPIs: an as-of change within this, and load growing sub-linearly (k < 1). */
  asOfChangeMsAt40: 150,
  kpiLoadExponent: 1,
} as const;

export interface ReportRow {
  figure: string;
  result: string;
  goal: string;
  /** `null`: reported for context, no goal. */
  isMet: boolean | null;
  /** How far from the goal, either way. */
  margin: string;
}

export interface Figures {
  load: LoadResult;
  bytes: BytesResult;
  chartScale: ChartScaleResult;
  interaction: InteractionResult;
  exports: ExportResult;
  memory: MemoryResult;
  hugeFeed: HugeFeedResult;
  kpiScale: KpiScaleResult;
}

/** `isRatioShown`: say how many times the goal a miss is, where that reads sensibly (times, bytes). */
function atMost(figure: string, result: string, goal: string, value: number, limit: number, format: (value: number) => string, isRatioShown = true): ReportRow {
  const isMet = value <= limit;
  return {
    figure,
    result,
    goal,
    isMet,
    margin: isMet ? `${format(limit - value)} to spare` : `over by ${format(value - limit)}${isRatioShown ? ` (${formatRatio(value / limit)} the goal)` : ''}`,
  };
}

function info(figure: string, result: string): ReportRow {
  return { figure, result, goal: '–', isMet: null, margin: '' };
}

/** The rows of the figures measured (`npm run bench -- --only load,interaction` measures some). */
export function reportRows({ load, bytes, chartScale, interaction, exports, memory, hugeFeed, kpiScale }: Partial<Figures>): ReportRow[] {
  return [
    ...(load === undefined ? [] : loadRows(load)),
    ...(bytes === undefined ? [] : bytesRows(bytes)),
    ...(chartScale === undefined ? [] : chartRows(chartScale)),
    ...(interaction === undefined ? [] : interactionRows(interaction)),
    ...(exports === undefined ? [] : exportRows(exports)),
    ...(memory === undefined ? [] : memoryRows(memory)),
    ...(hugeFeed === undefined ? [] : hugeFeedRows(hugeFeed)),
    ...(kpiScale === undefined ? [] : kpiScaleRows(kpiScale, load)),
  ];
}

function loadRows(load: LoadResult): ReportRow[] {
  const rows: ReportRow[] = [];
  const { median: times } = load;
  const loadRatio = times.settledRatio;
  const loadRow = atMost(
    'Load: cards settled / floor (same probe)',
    `${formatMs(times.appSettledMs)} vs ${formatMs(times.floorSettledMs)}, ${formatRatio(loadRatio)} (median of per-pair ratios)`,
    `≤ ${GOALS.loadRatio}× floor`,
    loadRatio,
    GOALS.loadRatio,
    formatRatio,
  );
  if (loadRow.isMet === false) loadRow.margin = `over by ${formatRatio(loadRatio - GOALS.loadRatio)}: about ${formatMs(times.appSettledMs - GOALS.loadRatio * times.floorSettledMs)} too slow`;
  rows.push(loadRow);
  rows.push(info('Load: charts drawn / floor (same probe)', `${formatMs(times.appChartsMs)} vs ${formatMs(times.floorChartsMs)}, ${formatRatio(times.chartsRatio)}`));
  rows.push(info('Load: LCP / floor LCP', `${formatMs(times.appLcpMs)} vs ${formatMs(times.floorLcpMs)} = ${formatRatio(times.appLcpMs / times.floorLcpMs)}`));
  rows.push(
    info(
      'Load, old definition: settled mark / floor load event',
      `${formatMs(times.appOldMs)} vs ${formatMs(times.floorOldMs)} = ${formatRatio(times.appOldMs / times.floorOldMs)}`,
    ),
  );

  return rows;
}

function bytesRows(bytes: BytesResult): ReportRow[] {
  const rows: ReportRow[] = [];
  const initialJs = bytes.files.filter((file) => file.kind === 'js' && file.isInitial);
  rows.push(atMost('Bytes: initial JS (gzip)', `${formatKiB(bytes.initialJsGzip)} in ${initialJs.length} chunk(s)`, `≤ ${formatKiB(GOALS.initialJsBytes)}`, bytes.initialJsGzip, GOALS.initialJsBytes, formatKiB));
  rows.push(info('Bytes: lazy JS (gzip)', `${formatKiB(bytes.lazyJsGzip)} (${bytes.files.filter((file) => file.kind === 'js' && !file.isInitial).map((file) => file.path.replace(/^\/assets\//, '')).join(', ') || 'none'})`));
  rows.push(info('Bytes: CSS (gzip)', formatKiB(bytes.cssGzip)));
  const mswCount = bytes.mswRequests.length + bytes.mswScripts.length + bytes.serviceWorkers;
  rows.push({
    figure: 'Bytes: MSW fetched',
    result: mswCount === 0 ? 'none' : [...bytes.mswRequests, ...bytes.mswScripts, ...(bytes.serviceWorkers > 0 ? [`${bytes.serviceWorkers} service worker(s)`] : [])].join(', '),
    goal: 'none',
    isMet: mswCount === 0,
    margin: '',
  });

  return rows;
}

function chartRows(chartScale: ChartScaleResult): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const row of chartScale.rows) {
    const label = `Chart: ${row.points.toLocaleString('en-US')} points`;
    const result = `${formatMs(row.kpiChartMs)} vs uPlot ${formatMs(row.uplotMs)} = ${formatRatio(row.ratio)}`;
    if (row.points !== 10_000) {
      rows.push(info(label, result));
      continue;
    }
    const isMet = row.ratio <= GOALS.chartRatioAt10k && row.kpiChartMs < GOALS.chartMsAt10k;
    const misses = [
      row.ratio > GOALS.chartRatioAt10k ? `${formatRatio(row.ratio / GOALS.chartRatioAt10k)} the ratio goal` : null,
      row.kpiChartMs >= GOALS.chartMsAt10k ? `${formatMs(row.kpiChartMs - GOALS.chartMsAt10k)} over 100 ms` : null,
    ].filter((miss) => miss !== null);
    rows.push({
      figure: label,
      result,
      goal: `≤ ${GOALS.chartRatioAt10k}× uPlot, < ${GOALS.chartMsAt10k} ms`,
      isMet,
      margin: isMet ? `${formatMs(GOALS.chartMsAt10k - row.kpiChartMs)} to spare` : misses.join('; '),
    });
  }
  const exponents = chartScale.rows.map((row) => row.kpiChartExponent).filter((value) => value !== null);
  const steepest = Math.max(...exponents);
  rows.push({
    ...atMost(
      'Chart: growth exponent',
      `${exponents.map((value) => value.toFixed(2)).join(' / ')} (uPlot ${chartScale.rows.map((row) => row.uplotExponent).filter((value) => value !== null).map((value) => value.toFixed(2)).join(' / ')})`,
      '≤ 1 (linear) per step',
      steepest,
      GOALS.growthExponent,
      (value) => value.toFixed(2),
      false,
    ),
  });

  return rows;
}

function interactionRows(interaction: InteractionResult): ReportRow[] {
  const rows: ReportRow[] = [];
  rows.push(atMost('As-of change: first', formatMs(interaction.median.firstMs), `< ${GOALS.asOfChangeMs} ms`, interaction.median.firstMs, GOALS.asOfChangeMs, formatMs));
  rows.push(atMost('As-of change: later ones', formatMs(interaction.median.laterMs), `< ${GOALS.asOfChangeMs} ms`, interaction.median.laterMs, GOALS.asOfChangeMs, formatMs));
  const inp = interaction.median.inpMs;
  rows.push(atMost('As-of change: INP (arrow keys)', inp === 0 ? '< 16 ms (no interaction reached the threshold)' : formatMs(inp), `< ${GOALS.asOfInpMs} ms`, inp, GOALS.asOfInpMs, formatMs));

  return rows;
}

function exportRows(exports: ExportResult): ReportRow[] {
  const rows: ReportRow[] = [];
  rows.push(atMost('Export: chart PNG', formatMs(exports.median.pngMs), `< ${GOALS.pngMs} ms`, exports.median.pngMs, GOALS.pngMs, formatMs));
  rows.push(info('Export: chart CSV', formatMs(exports.median.csvMs)));
  rows.push(
    atMost(
      `Export: ${CSV_ROWS.toLocaleString('en-US')}-row CSV`,
      `${formatMs(exports.median.bigCsvMs)} (chartCsvTable ${formatMs(exports.median.bigCsvTableMs)}, toCsv ${formatMs(exports.median.bigCsvToCsvMs)})`,
      `< ${formatMs(GOALS.bigCsvMs)}`,
      exports.median.bigCsvMs,
      GOALS.bigCsvMs,
      formatMs,
    ),
  );
  const longest = exports.median.bigCsvLongestTaskMs;
  rows.push(
    atMost('Export: its longest task', longest === 0 ? '< 50 ms (no long task)' : formatMs(longest), `≤ ${GOALS.bigCsvLongestTaskMs} ms`, longest, GOALS.bigCsvLongestTaskMs, formatMs),
  );

  return rows;
}

function memoryRows(memory: MemoryResult): ReportRow[] {
  const rows: ReportRow[] = [];
  const { afterLoadBytes, afterChangesBytes, afterTwentyBytes, warmNonCodeBytes, nonCodeGrowth, nonCodeGrowthBytes, codeGrowthBytes } = memory.median;
  rows.push(info('Memory: JS heap after load', formatMiB(afterLoadBytes)));
  rows.push(
    atMost(
      'Memory: non-code heap, 10 changes after a warm-up one',
      `${formatMiB(warmNonCodeBytes)} → ${signedMiB(nonCodeGrowthBytes)} (${nonCodeGrowth >= 0 ? '+' : ''}${percent(nonCodeGrowth)})`,
      `≤ +${percent(GOALS.heapGrowth)}`,
      nonCodeGrowth,
      GOALS.heapGrowth,
      (value) => `${(value * 100).toFixed(1)} points`,
      false,
    ),
  );
  rows.push(info('Memory: compiled code over the same changes', signedMiB(codeGrowthBytes)));
  const oldGrowth = afterChangesBytes / afterLoadBytes - 1;
  rows.push(info('Memory, old definition: whole heap after 10 changes vs after load', `${formatMiB(afterChangesBytes)} (${oldGrowth >= 0 ? '+' : ''}${percent(oldGrowth)})`));
  const further = afterTwentyBytes / afterChangesBytes - 1;
  rows.push(info('Memory: after 10 more changes', `${formatMiB(afterTwentyBytes)} (${further >= 0 ? '+' : ''}${percent(further)})`));
  return rows;
}

function signedMiB(value: number): string {
  return `${value >= 0 ? '+' : '−'}${formatMiB(Math.abs(value))}`;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function verdict(row: ReportRow): string {
  return row.isMet === null ? 'info' : row.isMet ? 'met' : 'MISSED';
}

/** A plain-text table for the terminal. */
export function formatTable(rows: readonly ReportRow[]): string {
  const header = ['Figure', 'Result (median)', 'Goal', 'Verdict', 'Margin'];
  const cells = rows.map((row) => [row.figure, row.result, row.goal, verdict(row), row.margin]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)));
  const format = (line: readonly string[]) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(format)].join('\n');
}

/** The same table in Markdown, for the README's Performance section. */
export function formatMarkdown(rows: readonly ReportRow[]): string {
  return [
    '| Figure | Result (median) | Goal | Verdict | Margin |',
    '|---|---|---|---|---|',
    ...rows.map((row) => `| ${[row.figure, row.result, row.goal, verdict(row), row.margin || '–'].map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

function hugeFeedRows({ median: times }: HugeFeedResult): ReportRow[] {
  return [
    info('100,000-observation KPI: cards settled', formatMs(times.settledMs)),
    // The goal is the handling of the huge answer; the app's start-up is in every load (below).
    atMost(
      '100,000-observation KPI: longest task from its answer on',
      formatMs(times.longestTaskAfterAnswerMs),
      `≤ ${formatMs(GOALS.hugeFeedLongestTaskMs)}`,
      times.longestTaskAfterAnswerMs,
      GOALS.hugeFeedLongestTaskMs,
      formatMs,
    ),
    info('100,000-observation KPI: longest task before its answer (start-up)', formatMs(times.longestTaskBeforeAnswerMs)),
    info('100,000-observation KPI: longest task of the whole load', formatMs(times.longestTaskMs)),
  ];
}

function kpiScaleRows(scale: KpiScaleResult, load: LoadResult | undefined): ReportRow[] {
  const times = scale.load.median;
  const rows: ReportRow[] = [
    info(`${MANY_KPIS} KPIs: cards settled / floor (same probe)`, `${formatMs(times.appSettledMs)} vs ${formatMs(times.floorSettledMs)}, ${formatRatio(times.settledRatio)}`),
    info(`${MANY_KPIS} KPIs: charts drawn`, formatMs(times.appChartsMs)),
  ];
  if (load !== undefined) {
    // time ∝ KPIs^k between 4 and 40 KPIs, measured in the same run.
    const exponent = Math.log(times.appSettledMs / load.median.appSettledMs) / Math.log(MANY_KPIS / 4);
    rows.push(
      atMost(`Load growth, 4 → ${MANY_KPIS} KPIs`, `${formatMs(load.median.appSettledMs)} → ${formatMs(times.appSettledMs)}: k = ${exponent.toFixed(2)}`, `sub-linear (k < ${GOALS.kpiLoadExponent})`, exponent, GOALS.kpiLoadExponent, (value) => value.toFixed(2), false),
    );
  }
  rows.push(atMost(`${MANY_KPIS} KPIs: as-of change`, formatMs(scale.median.asOfMs), `< ${GOALS.asOfChangeMsAt40} ms`, scale.median.asOfMs, GOALS.asOfChangeMsAt40, formatMs));
  return rows;
}
