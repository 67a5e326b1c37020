// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { downloadBlob, exportFileName } from './download';

afterEach(() => {
  vi.useRealTimers();
});

test('an exported file is named after the KPI, the months it covers, the as-of month and the view, so versions never overwrite each other', () => {
  const view = { from: '2019-01', to: '2020-12', asOf: '2020-06', granularity: 'month', hasPreviousYear: false, knownOn: null } as const;
  expect(exportFileName('high-value-patent-review-cycle', view, 'csv')).toBe('high-value-patent-review-cycle_2019-01_2020-12_asof-2020-06_month.csv');
  expect(exportFileName('ip-pledge-financing', { ...view, asOf: '2020-12', granularity: 'quarter', hasPreviousYear: true }, 'png')).toBe(
    'ip-pledge-financing_2019-01_2020-12_asof-2020-12_quarter_prev.png',
  );
  expect(exportFileName('ip-pledge-financing', { ...view, knownOn: '2020-07-31' }, 'svg')).toBe('ip-pledge-financing_2019-01_2020-12_asof-2020-06_month_knownon-2020-07-31.svg');
  // A figure drawn for a document never overwrites the on-screen one, nor one at another resolution.
  expect(exportFileName('high-value-patent-review-cycle', view, 'png', 'a4-300dpi')).toBe('high-value-patent-review-cycle_2019-01_2020-12_asof-2020-06_month_a4-300dpi.png');
  expect(exportFileName('ip-pledge-financing', { ...view, knownOn: '2020-07-31' }, 'svg', 'slide')).toBe('ip-pledge-financing_2019-01_2020-12_asof-2020-06_month_knownon-2020-07-31_slide.svg');
});

test('a download clicks a link that saves the blob under the file’s name, then leaves the page as it was', () => {
  const clicked: { href: string; download: string; rel: string; isOnPage: boolean }[] = [];
  // Records the link the browser would follow, and stops jsdom from trying to navigate.
  const onClick = (event: MouseEvent) => {
    const link = event.target as HTMLAnchorElement;
    clicked.push({ href: link.href, download: link.download, rel: link.rel, isOnPage: document.body.contains(link) });
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  const blob = new Blob(['Period,Value\n2020-12,2180\n'], { type: 'text/csv' });
  try {
    downloadBlob(blob, 'ip-pledge-financing_2020-01_2020-12.csv');
  } finally {
    document.removeEventListener('click', onClick);
  }

  expect(clicked).toHaveLength(1);
  expect(clicked[0]?.href).toMatch(/^blob:/);
  expect(clicked[0]?.download).toBe('ip-pledge-financing_2020-01_2020-12.csv');
  expect(clicked[0]?.rel).toBe('noopener');
  // Firefox follows only a link that is in the document.
  expect(clicked[0]?.isOnPage).toBe(true);
  expect(document.querySelectorAll('a')).toHaveLength(0);
});

test('the blob’s address is released ten seconds after the download starts, not before', () => {
  vi.useFakeTimers();
  const revoke = vi.spyOn(URL, 'revokeObjectURL');
  let href = '';
  const onClick = (event: MouseEvent) => {
    href = (event.target as HTMLAnchorElement).href;
    event.preventDefault();
  };
  document.addEventListener('click', onClick);
  try {
    downloadBlob(new Blob(['x']), 'figure.svg');
  } finally {
    document.removeEventListener('click', onClick);
  }

  vi.advanceTimersByTime(9_999);
  expect(revoke).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(revoke).toHaveBeenCalledWith(href);
});
