import { lazy, memo, Suspense, useRef } from 'react';
import type { ReactNode } from 'react';
import type { ChartRow } from '../kpi/chart-rows';
import { chartCsvTableInSlices } from '../export/chart-csv';
import { formatDay, formatPeriod, formatPeriodKey, formatUnit } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { useKnownOn } from '../feed/replay';
import { ErrorBoundary } from './error-boundary';
import { ExportMenu } from './export-menu';
import { chartLegend } from './chart-legend-items';
import type { KpiChartProps } from './kpi-chart';

// recharts is most of the app's JavaScript: the cards' numbers render first, the charts follow.
const KpiChart = lazy(async () => ({ default: (await import('./kpi-chart')).KpiChart }));

export interface ChartFigureProps extends KpiChartProps {
  title: string;
  /** First and last period of the chart (file names, subtitle). */
  from: string;
  to: string;
  asOf: string;
  /** The feed's host in `http` mode; `null` on fixture data. */
  dataSource: string | null;
  hasPeriodGrowth?: boolean;
  /** The status and headline sentence the exported figure carries under its legend. */
  headline?: string;
  /** The periods the chart draws (file names). */
  granularity?: 'month' | 'quarter' | 'year';
  /** A note under the chart (e.g. that gaps are gaps). */
  note?: string | undefined;
  /** Below the chart: notes, the data table. */
  children?: ReactNode;
}

/** A chart with its caption and its exports; the exported figure reproduces what is on screen. */
/**
 * Memoised: an overview re-renders on every as-of change, and a chart whose props did not change
 * (its deferred month has not caught up yet) must not redraw.
 */
export const ChartFigure = memo(function ChartFigure({ title, headline, from, to, asOf, dataSource, hasPeriodGrowth = false, granularity = 'month', note, children, ...chart }: ChartFigureProps) {
  const { locale, t } = useI18n();
  const knownOn = useKnownOn();
  const chartRef = useRef<HTMLDivElement>(null);
  const { definition, rows } = chart;
  const name = definition.name[locale];

  const figureText = () => ({
    title,
    subtitle: t('export.subtitle', {
      from: formatPeriodKey(from, locale),
      to: formatPeriodKey(to, locale),
      asOf: formatPeriod(asOf, locale),
      unit: formatUnit(definition.unit, locale),
    }),
    footer: [
      dataSource === null
        ? t('export.footerFixture', { date: new Date().toISOString().slice(0, 10) })
        : t('export.footerFeed', { source: dataSource, date: new Date().toISOString().slice(0, 10) }),
      // A replayed figure says which day it replays, so the file reproduces the cited view.
      ...(knownOn === null ? [] : [t('present.replayFooter', { date: formatDay(knownOn, locale) })]),
    ].join(' · '),
    legend: chartLegend(chart, t, locale),
    // The figure explains itself: its status and headline, and the key to each numbered event marker.
    notes: [
      ...(headline === undefined ? [] : [headline]),
      ...(chart.annotations ?? []).map((annotation, index) => t('export.eventKey', { number: index + 1, period: formatPeriodKey(annotation.x, locale), label: annotation.label })),
    ],
  });

  return (
    <figure className="kpi-figure">
      <figcaption>{title}</figcaption>
      <div ref={chartRef}>
        <ErrorBoundary renderFallback={(_error, onRetry) => <ChartFailed onRetry={onRetry} />}>
          <Suspense fallback={<div className="skeleton-chart" style={{ height: typeof chart.height === 'number' ? chart.height : 260 }} aria-hidden="true" />}>
            <KpiChart {...chart} />
          </Suspense>
        </ErrorBoundary>
      </div>
      {note === undefined ? null : <p className="note">{note}</p>}
      {children}
      <ExportMenu
        kpiId={definition.id}
        name={name}
        view={{ from, to, asOf, granularity, hasPreviousYear: chart.showPreviousYear ?? false, knownOn }}
        chartRef={chartRef}
        renderChart={(height) => (
          <Suspense fallback={null}>
            <KpiChart {...chart} height={height} />
          </Suspense>
        )}
        figureText={figureText}
        csvTable={() => chartCsvTableInSlices(definition, rows as ChartRow[], locale, { hasPreviousYear: chart.showPreviousYear ?? false, hasPeriodGrowth, knownOn, asOf, dataSource: dataSource ?? t('csv.fixtureSource') })}
      />
    </figure>
  );
});

/** A chart that could not be drawn (typically its code failed to download): say so, offer a retry. */
export function ChartFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="kpi-error" role="alert">
      <p>{t('chart.failed')}</p>
      <button type="button" onClick={onRetry}>
        {t('card.retry')}
      </button>
    </div>
  );
}

