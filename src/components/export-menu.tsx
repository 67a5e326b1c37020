import { useId, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import { buildStandaloneSvg, figureChromeHeight } from '../export/chart-svg';
import type { FigureText, StandaloneSvg } from '../export/chart-svg';
import { csvBlobInSlices } from '../export/csv';
import type { CsvTable } from '../export/csv';
import { downloadBlob, exportFileName } from '../export/download';
import type { ExportView } from '../export/download';
import { DOCUMENT_DPIS, documentChartHeightPx, documentSize, drawingHeightPx, drawingWidthPx, FIGURE_SIZE_IDS, pixelsAt, sizeFileSuffix } from '../export/figure-size';
import type { DocumentDpi, DocumentSize, FigureSizeId } from '../export/figure-size';
import { withPngResolution } from '../export/png-resolution';
import { svgToPngBlob } from '../export/rasterize';
import type { KpiId } from '../kpi/kpi-definitions';
import { formatCentimetres } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import type { Translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';

const SCALES = [1, 2, 3] as const;
/** How long a chart drawn for a document size may take before the export gives up and says so. */
const DRAW_TIMEOUT_MS = 10_000;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sizeLabel(id: FigureSizeId, locale: Locale, t: Translate): string {
  const size = documentSize(id);
  if (size === null) return t('export.size.screen');
  return t(`export.size.${size.id}`, {
    width: formatCentimetres(size.widthMm, locale),
    height: formatCentimetres(size.heightMm ?? 0, locale),
    pt: size.textPt,
  });
}

/** The next frame, or 100 ms when the browser is not drawing frames (a tab in the background). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The chart's panels inside `stage` once drawn and settled: its wrapper measured, its panels
 * present, and two frames with no change (recharts places its axes a render after its lines).
 */
async function settledPanels(stage: () => HTMLElement | null, failure: string): Promise<SVGSVGElement[]> {
  const started = performance.now();
  let changed = true;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  let observed: HTMLElement | null = null;
  let quietFrames = 0;
  try {
    while (performance.now() - started < DRAW_TIMEOUT_MS) {
      await nextFrame();
      const element = stage();
      if (element !== null && element !== observed) {
        observer.disconnect();
        observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
        observed = element;
        changed = true;
      }
      const panels = [...(element?.querySelectorAll<SVGSVGElement>('.kpi-chart[data-drawn="true"] .kpi-chart-plot svg.recharts-surface') ?? [])];
      quietFrames = changed || panels.length === 0 ? 0 : quietFrames + 1;
      changed = false;
      if (quietFrames >= 2) return panels;
    }
  } finally {
    observer.disconnect();
  }
  throw new Error(failure);
}

export interface ExportMenuProps {
  kpiId: KpiId;
  name: string;
  /** What the files' names carry: range, as-of month, view, overlay, replayed day. */
  view: ExportView;
  /** The element holding the rendered chart. */
  chartRef: RefObject<HTMLElement | null>;
  /** The same chart, to draw afresh off screen at a document size, `height` pixels tall. */
  renderChart: (height: number) => ReactNode;
  figureText: () => FigureText;
  /** The CSV's table; may be built in slices (a long series must not freeze the page). */
  csvTable: () => CsvTable | Promise<CsvTable>;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

interface Stage {
  width: number;
  chartHeight: number;
}

interface Figure {
  svg: StandaloneSvg;
  size: DocumentSize | null;
}

/**
 * PNG, SVG and CSV downloads and a copy of the PNG, for one chart. At the on-screen size, what is
 * exported is the rendered chart, its legend and the rows behind it; at a document size (A4 text
 * width, half width, a 16:9 slide) the same chart is drawn again off screen at the width that
 * prints its text at the size's point size, and the files state their printed size.
 */
export function ExportMenu({ kpiId, name, view, chartRef, renderChart, figureText, csvTable }: ExportMenuProps) {
  const { locale, t } = useI18n();
  const [sizeId, setSizeId] = useState<FigureSizeId>('screen');
  const [scale, setScale] = useState<(typeof SCALES)[number]>(2);
  const [dpi, setDpi] = useState<DocumentDpi>(300);
  const [isTransparent, setIsTransparent] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const drawing = useRef<Promise<unknown>>(Promise.resolve());
  const sizeSelectId = useId();
  const resolutionId = useId();
  const backgroundId = useId();
  const stageId = useId();
  const size = documentSize(sizeId);

  const figure = async (): Promise<Figure> => {
    const text = figureText();
    if (size === null) {
      // Every panel of the chart (amounts and growth are two), not the tooltip's or the legend's.
      const panels = [...(chartRef.current?.querySelectorAll<SVGSVGElement>('.kpi-chart-plot svg.recharts-surface') ?? [])];
      if (panels.length === 0) throw new Error(t('export.noChart'));
      return { svg: buildStandaloneSvg(panels, text, { isTransparent }), size: null };
    }
    const width = drawingWidthPx(size);
    const fixedHeight = drawingHeightPx(size);
    // A slide's chart gets what its title, legend, notes and footer leave of the 16:9 frame.
    const chartHeight = fixedHeight === null ? documentChartHeightPx(size) : Math.max(120, fixedHeight - figureChromeHeight(text, width));
    const draw = async (): Promise<Figure> => {
      setStage({ width, chartHeight });
      try {
        const panels = await settledPanels(() => document.getElementById(stageId), t('export.notDrawn'));
        return { svg: buildStandaloneSvg(panels, text, { isTransparent, width, printedWidthMm: size.widthMm }), size };
      } finally {
        setStage(null);
      }
    };
    // One drawing at a time: a second click waits for the first, instead of sharing its stage.
    const turn = drawing.current.then(draw, draw);
    drawing.current = turn.catch(() => undefined);
    return turn;
  };
  const png = async ({ svg, size: drawnAt }: Figure): Promise<Blob> => {
    if (drawnAt === null) return svgToPngBlob(svg.markup, svg.width, svg.height, scale);
    const blob = await svgToPngBlob(svg.markup, svg.width, svg.height, pixelsAt(drawnAt.widthMm, dpi) / svg.width);
    // The file states its resolution, so a word processor places it at its printed width.
    const bytes = withPngResolution(new Uint8Array(await blob.arrayBuffer()), dpi);
    return new Blob([bytes], { type: 'image/png' });
  };
  const fileName = (extension: 'png' | 'svg' | 'csv') =>
    exportFileName(kpiId, view, extension, extension === 'csv' ? null : sizeFileSuffix(sizeId, extension === 'png' ? dpi : null));
  const run = async (action: () => Promise<string>) => {
    try {
      setMessage({ kind: 'ok', text: await action() });
    } catch (error) {
      setMessage({ kind: 'error', text: t('export.failed', { reason: reason(error) }) });
    }
  };

  const downloadPng = () =>
    run(async () => {
      const file = fileName('png');
      downloadBlob(await png(await figure()), file);
      return t('export.saved', { file });
    });
  const downloadSvg = () =>
    run(async () => {
      const file = fileName('svg');
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${(await figure()).svg.markup}`;
      downloadBlob(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }), file);
      return t('export.saved', { file });
    });
  const downloadCsv = () =>
    run(async () => {
      const file = fileName('csv');
      downloadBlob(await csvBlobInSlices(await csvTable()), file);
      return t('export.saved', { file });
    });
  const copyImage = async () => {
    // The item is created synchronously within the click, with a promise, as Safari requires.
    const image = figure().then(png);
    try {
      if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) {
        await image;
        throw new Error('Clipboard API unavailable');
      }
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': image })]);
      setMessage({ kind: 'ok', text: t('export.copied') });
    } catch (error) {
      // A figure that could not be drawn is an export failure, not a refusal of the clipboard.
      const drawError = await image.then(
        () => null,
        (failure: unknown) => failure,
      );
      setMessage(
        drawError === null
          ? { kind: 'error', text: t('export.copyRefused', { reason: reason(error) }) }
          : { kind: 'error', text: t('export.failed', { reason: reason(drawError) }) },
      );
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
          <label htmlFor={sizeSelectId}>{t('export.size')}</label>
          <select id={sizeSelectId} value={sizeId} onChange={(event) => setSizeId(event.target.value as FigureSizeId)}>
            {FIGURE_SIZE_IDS.map((id) => (
              <option key={id} value={id}>{sizeLabel(id, locale, t)}</option>
            ))}
          </select>
          {size === null ? (
            <>
              <label htmlFor={resolutionId}>{t('export.scale')}</label>
              <select id={resolutionId} value={scale} onChange={(event) => setScale(Number(event.target.value) as (typeof SCALES)[number])}>
                {SCALES.map((value) => (
                  <option key={value} value={value}>{`${value}×`}</option>
                ))}
              </select>
            </>
          ) : (
            <>
              <label htmlFor={resolutionId}>{t('export.resolution')}</label>
              <select id={resolutionId} value={dpi} onChange={(event) => setDpi(Number(event.target.value) as DocumentDpi)}>
                {DOCUMENT_DPIS.map((value) => (
                  <option key={value} value={value}>{t('export.dpi', { dpi: value })}</option>
                ))}
              </select>
            </>
          )}
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
      {stage === null
        ? null
        : createPortal(
            // Off screen, at the document size's width; hidden from assistive technology, and inert.
            <div id={stageId} className="export-stage" style={{ width: stage.width }} aria-hidden="true" inert>
              {renderChart(stage.chartHeight)}
            </div>,
            document.body,
          )}
    </details>
  );
}
