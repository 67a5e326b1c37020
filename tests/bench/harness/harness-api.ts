/** What the chart-scale and CSV harness page offers the benchmark, as `window.bench`. */
export type ChartLibrary = 'kpi-chart' | 'uplot';

export interface CsvTiming {
  rows: number;
  /** `chartCsvTable`: the chart's rows as a CSV table. */
  tableMs: number;
  /** `toCsv`: the table as text. */
  toCsvMs: number;
  totalMs: number;
  /** The longest main-thread task seen meanwhile (`longtask` entries only exist from 50 ms). */
  longestTaskMs: number;
  characters: number;
}

export interface HarnessApi {
  /** Builds the synthetic rows for `points` ahead of time, so timing covers drawing only. */
  prepare(points: number): number;
  /** Milliseconds from the start of rendering to the chart painted (two frames after its last DOM change). */
  renderChart(library: ChartLibrary, points: number): Promise<number>;
  exportCsv(rows: number): Promise<CsvTiming>;
}

declare global {
  interface Window {
    bench?: HarnessApi;
  }
}
