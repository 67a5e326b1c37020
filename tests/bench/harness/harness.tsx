/**
 * The chart-scale and CSV harness: renders the dashboard's own KpiChart, and uPlot beside it, on
 * N synthetic monthly rows, and times the 100,000-row CSV export. Driven by tests/bench/run.ts
 * through `window.bench`; nothing here runs on its own.
 */
import { createRoot } from 'react-dom/client';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import '../../../src/styles.css';
import { CHART_COLORS } from '../../../src/components/chart-colors';
import { KpiChart } from '../../../src/components/kpi-chart';
import { chartCsvTableInSlices } from '../../../src/export/chart-csv';
import { csvBlobInSlices } from '../../../src/export/csv';
import { formatPeriodShort } from '../../../src/i18n/format';
import { I18nProvider } from '../../../src/i18n/i18n-context';
import type { ChartRow } from '../../../src/kpi/chart-rows';
import { chartRow } from '../../kpi-builders';
import { builtInDefinition } from '../../../src/feed/built-in-catalogue';
import { baselineFor } from '../../../src/kpi/kpi-definitions';
import { makePeriod, periodYear, shiftPeriod } from '../../../src/kpi/period';
import type { ChartLibrary, CsvTiming, HarnessApi } from './harness-api';

const CHART_KPI = builtInDefinition('high-value-patent-review-cycle');
const CSV_KPI = builtInDefinition('ip-pledge-financing');
const TARGET = 16;
const WIDTH_PX = 800;
const HEIGHT_PX = 260;
/** The chart counts as drawn once its DOM has not changed for this long. */
const QUIET_MS = 150;
const TIMEOUT_MS = 30_000;

// Not '0001-01': `makePeriod(1, 1)` goes through `new Date(1, 0, 1)`, which JavaScript reads as
// 1901. From 1000-01, 100,000 months are distinct four-digit periods (to 9333-04), so the chart's
// own code, which matches a year by its digits (`startsWith('2020-')`), sees real-looking years.
const FIRST_PERIOD = makePeriod(1000, 1);

const periodCache: string[] = [];
function periods(count: number): string[] {
  for (let index = periodCache.length; index < count; index += 1) periodCache.push(shiftPeriod(FIRST_PERIOD, index));
  return periodCache.slice(0, count);
}

/** A review-cycle-like wave around the target, the same numbers for both libraries. */
function cycleValue(index: number): number {
  return 15 + 2 * Math.sin(index / 9) + 0.6 * Math.sin(index / 2.3);
}

const chartRowCache = new Map<number, ChartRow[]>();
function chartRows(count: number): ChartRow[] {
  const cached = chartRowCache.get(count);
  if (cached !== undefined) return cached;
  const all = periods(count);
  const lastYear = periodYear(all.at(-1) ?? FIRST_PERIOD);
  const rows = all.map((period, index) =>
    chartRow(period, {
      value: cycleValue(index),
      target: periodYear(period) === lastYear ? TARGET : null,
      targetKind: periodYear(period) === lastYear ? 'at-most' : null,
    }),
  );
  chartRowCache.set(count, rows);
  return rows;
}

function csvRows(count: number): ChartRow[] {
  return periods(count).map((period, index) =>
    chartRow(period, {
      value: 100 + 60 * Math.sin(index / 5) + index / 1000,
      isProvisional: index === count - 1,
      target: 20,
      targetKind: 'growth-at-least',
      growthSource: 'computed',
      ytdGrowthPercent: 20 + 25 * Math.sin(index / 12),
    }),
  );
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

/**
 * Starts `render` and resolves with the milliseconds until what it drew was painted: the second
 * animation frame after the host's last DOM change (the first frame paints it), once `isDrawn`
 * holds and the DOM has been quiet for QUIET_MS. A canvas draw is not a DOM change, but uPlot
 * draws synchronously or in a microtask, so before the first of those frames.
 */
function timeUntilPainted(host: HTMLElement, render: () => void, isDrawn: () => boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    let lastChange = -1;
    const frames: number[] = [];
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
    });
    observer.observe(host, { childList: true, subtree: true, attributes: true, characterData: true });
    const start = performance.now();
    const onFrame = (): void => {
      const now = performance.now();
      frames.push(now);
      const firstAfterChange = frames.findIndex((frame) => frame > lastChange);
      const painted = frames[firstAfterChange + 1];
      if (lastChange >= 0 && painted !== undefined && now - lastChange >= QUIET_MS && isDrawn()) {
        observer.disconnect();
        resolve(painted - start);
      } else if (now - start > TIMEOUT_MS) {
        observer.disconnect();
        reject(new Error(`Nothing was drawn within ${TIMEOUT_MS} ms`));
      } else {
        requestAnimationFrame(onFrame);
      }
    };
    render();
    requestAnimationFrame(onFrame);
  });
}

function newHost(): HTMLElement {
  const host = document.createElement('div');
  host.style.width = `${WIDTH_PX}px`;
  document.getElementById('stage')?.append(host);
  return host;
}

async function renderKpiChart(count: number): Promise<number> {
  const rows = chartRows(count);
  const host = newHost();
  const root = createRoot(host);
  const lastYear = periodYear(rows.at(-1)?.period ?? FIRST_PERIOD);
  // The series line is the one path in the dashboard's series colour.
  const isDrawn = () =>
    [...host.querySelectorAll('svg path')].some((path) => path.getAttribute('stroke') === CHART_COLORS.series && (path.getAttribute('d') ?? '') !== '');
  try {
    return await timeUntilPainted(
      host,
      () =>
        root.render(
          <I18nProvider locale="zh-CN">
            <KpiChart definition={CHART_KPI} rows={rows} target={TARGET} targetYear={lastYear} baseline={baselineFor(CHART_KPI, lastYear)} height={HEIGHT_PX} />
          </I18nProvider>,
        ),
      isDrawn,
    );
  } finally {
    root.unmount();
    host.remove();
  }
}

async function renderUplot(count: number): Promise<number> {
  const rows = chartRows(count);
  const xs = rows.map((_, index) => index);
  const ys = rows.map((row) => row.value);
  const host = newHost();
  const drawn: { plot?: uPlot } = {};
  const options: uPlot.Options = {
    width: WIDTH_PX,
    height: HEIGHT_PX,
    scales: { x: { time: false } },
    series: [{}, { label: CHART_KPI.name['zh-CN'], stroke: CHART_COLORS.series, width: 2 }],
    axes: [
      { values: (_plot, splits) => splits.map((split) => formatPeriodShort(rows[Math.round(split)]?.period ?? FIRST_PERIOD, 'zh-CN')) },
      {},
    ],
  };
  try {
    return await timeUntilPainted(
      host,
      () => {
        drawn.plot = new uPlot(options, [xs, ys], host);
      },
      () => host.querySelector('canvas') !== null,
    );
  } finally {
    drawn.plot?.destroy();
    host.remove();
  }
}

async function exportCsv(count: number): Promise<CsvTiming> {
  const rows = csvRows(count);
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  // A task of its own, as a click handler would be, so `longtask` sees exactly this work.
  // As the Download CSV button does: the table in slices (chartCsvTableInSlices), then the file
  // in slices (csvBlobInSlices), each slice its own task.
  const timing = await new Promise<Omit<CsvTiming, 'longestTaskMs'>>((resolve) => {
    setTimeout(() => {
      const start = performance.now();
      void chartCsvTableInSlices(CSV_KPI, rows, 'zh-CN').then(async (table) => {
        const tableDone = performance.now();
        const blob = await csvBlobInSlices(table);
        const end = performance.now();
        resolve({ rows: table.rows.length, tableMs: tableDone - start, toCsvMs: end - tableDone, totalMs: end - start, characters: blob.size });
      });
    }, 0);
  });
  // Long-task entries are delivered after the task; give them a frame or two to arrive.
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { ...timing, longestTaskMs: Math.max(0, ...longTasks) };
}

const api: HarnessApi = {
  prepare: (count) => chartRows(count).length,
  renderChart: (library: ChartLibrary, count: number) => (library === 'kpi-chart' ? renderKpiChart(count) : renderUplot(count)),
  exportCsv,
};
window.bench = api;
