import type { KpiId } from '../kpi/kpi-definitions';

/** `<kpiId>_<from>_<to>.<ext>`, e.g. `ip-pledge-financing_2020-01_2020-12.csv`. */
export function exportFileName(kpiId: KpiId, from: string, to: string, extension: 'png' | 'svg' | 'csv'): string {
  return `${kpiId}_${from}_${to}.${extension}`;
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
