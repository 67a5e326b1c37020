import { useId, useState } from 'react';
import type { RefObject } from 'react';
import { buildStandaloneSvg } from '../export/chart-svg';
import type { FigureText } from '../export/chart-svg';
import { csvBlobInSlices } from '../export/csv';
import type { CsvTable } from '../export/csv';
import { downloadBlob, exportFileName } from '../export/download';
import type { ExportView } from '../export/download';
import { svgToPngBlob } from '../export/rasterize';
import type { KpiId } from '../kpi/kpi-definitions';
import { useI18n } from '../i18n/i18n-context';

const SCALES = [1, 2, 3] as const;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ExportMenuProps {
  kpiId: KpiId;
  name: string;
  /** What the files' names carry: range, as-of month, view, overlay, replayed day. */
  view: ExportView;
  /** The element holding the rendered chart. */
  chartRef: RefObject<HTMLElement | null>;
  figureText: () => FigureText;
  /** The CSV's table; may be built in slices (a long series must not freeze the page). */
  csvTable: () => CsvTable | Promise<CsvTable>;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/**
 * PNG, SVG and CSV downloads and a copy of the PNG, for one chart. What is exported is what is on
 * screen: the same rendered chart, its legend and the rows behind it.
 */
export function ExportMenu({ kpiId, name, view, chartRef, figureText, csvTable }: ExportMenuProps) {
  const { t } = useI18n();
  const [scale, setScale] = useState<(typeof SCALES)[number]>(2);
  const [isTransparent, setIsTransparent] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const scaleId = useId();
  const backgroundId = useId();

  const figure = () => {
    // Every panel of the chart (amounts and growth are two), not the tooltip's or the legend's.
    const panels = [...(chartRef.current?.querySelectorAll<SVGSVGElement>('.kpi-chart-plot svg.recharts-surface') ?? [])];
    if (panels.length === 0) throw new Error(t('export.noChart'));
    return buildStandaloneSvg(panels, figureText(), { isTransparent });
  };
  const run = async (action: () => Promise<string>) => {
    try {
      setMessage({ kind: 'ok', text: await action() });
    } catch (error) {
      setMessage({ kind: 'error', text: t('export.failed', { reason: reason(error) }) });
    }
  };

  const downloadPng = () =>
    run(async () => {
      const svg = figure();
      const file = exportFileName(kpiId, view, 'png');
      downloadBlob(await svgToPngBlob(svg.markup, svg.width, svg.height, scale), file);
      return t('export.saved', { file });
    });
  const downloadSvg = () =>
    run(async () => {
      const file = exportFileName(kpiId, view, 'svg');
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${figure().markup}`;
      downloadBlob(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }), file);
      return t('export.saved', { file });
    });
  const downloadCsv = () =>
    run(async () => {
      const file = exportFileName(kpiId, view, 'csv');
      downloadBlob(await csvBlobInSlices(await csvTable()), file);
      return t('export.saved', { file });
    });
  const copyImage = async () => {
    let svg: ReturnType<typeof figure>;
    try {
      svg = figure();
    } catch (error) {
      setMessage({ kind: 'error', text: t('export.failed', { reason: reason(error) }) });
      return;
    }
    try {
      if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) {
        throw new Error('Clipboard API unavailable');
      }
      // The item is created synchronously with a promise, as Safari requires within the click.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': svgToPngBlob(svg.markup, svg.width, svg.height, scale) })]);
      setMessage({ kind: 'ok', text: t('export.copied') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('export.copyRefused', { reason: reason(error) }) });
    }
  };

  return (
    // One "导出 / Export" button per chart opens the actions and their options, so a card shows one
    // control instead of six.
    <details className="export-disclosure">
      <summary aria-label={t('export.openFor', { name })}>{t('export.open')}</summary>
      <div className="export-menu" role="group" aria-label={t('export.group', { name })}>
        <div className="export-buttons">
          <button type="button" onClick={() => void downloadPng()}>{t('export.png')}</button>
          <button type="button" onClick={() => void downloadSvg()}>{t('export.svg')}</button>
          <button type="button" onClick={() => void downloadCsv()}>{t('export.csv')}</button>
          <button type="button" onClick={() => void copyImage()}>{t('export.copy')}</button>
        </div>
        <div className="export-options">
          <label htmlFor={scaleId}>{t('export.scale')}</label>
          <select id={scaleId} value={scale} onChange={(event) => setScale(Number(event.target.value) as (typeof SCALES)[number])}>
            {SCALES.map((value) => (
              <option key={value} value={value}>{`${value}×`}</option>
            ))}
          </select>
          <label htmlFor={backgroundId}>{t('export.background')}</label>
          <select id={backgroundId} value={isTransparent ? 'transparent' : 'white'} onChange={(event) => setIsTransparent(event.target.value === 'transparent')}>
            <option value="white">{t('export.white')}</option>
            <option value="transparent">{t('export.transparent')}</option>
          </select>
        </div>
        <p className={message?.kind === 'error' ? 'export-message export-error' : 'export-message'} role="status">
          {message?.text ?? ''}
        </p>
      </div>
    </details>
  );
}
