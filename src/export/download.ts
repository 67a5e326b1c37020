import type { KpiId } from '../kpi/kpi-definitions';

/** `<kpiId>_<from>_<to>.<ext>`, e.g. `ip-pledge-financing_2020-01_2020-12.csv`. */
export interface ExportView {
  from: string;
  to: string;
  /** The month the figures are judged as of. */
  asOf: string;
  granularity: 'month' | 'quarter' | 'year';
  hasPreviousYear: boolean;
  /** The replayed day (`?knownOn`), if any. */
  knownOn: string | null;
}

/**
 * A file name that tells one export from another: the KPI, the range, the as-of month, the view
 * and the overlay, and the replayed day:
 * `high-value-patent-review-cycle_2019-01_2020-12_asof-2020-06_month.csv`,
 * `ip-pledge-financing_2019-01_2020-12_asof-2020-12_quarter_prev_knownon-2020-07-31.png`,
 * `…_month_a4-300dpi.png` for a figure drawn at a document size.
 */
export function exportFileName(kpiId: KpiId, view: ExportView, extension: 'png' | 'svg' | 'csv', size: string | null = null): string {
  const parts = [
    kpiId,
    view.from,
    view.to,
    `asof-${view.asOf}`,
    view.granularity,
    ...(view.hasPreviousYear ? ['prev'] : []),
    ...(view.knownOn === null ? [] : [`knownon-${view.knownOn}`]),
    // A figure drawn for a document says for which (`a4-300dpi`), so it never overwrites the on-screen one.
    ...(size === null ? [] : [size]),
  ];
  return `${parts.join('_')}.${extension}`;
}

/** Saves a blob as a file through an ordinary download link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
