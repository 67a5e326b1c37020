import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { usableDefinitions } from '../../feed/catalogue-schema';
import type { CatalogueItem } from '../../feed/catalogue-schema';
import { useFeedPolicy } from '../../feed/feed-policy';
import { observationsQueryOptions } from '../../feed/observations-query';
import { replayResult, useKnownOn } from '../../feed/replay';
import { firstPublication, hasPublicationDates } from '../../kpi/vintages';
import { KnownOnControl, ReplayBanner } from '../../components/replay';
import type { KpiId } from '../../kpi/kpi-definitions';
import type { Period } from '../../kpi/period';
import { formatDateTime, formatDay, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { AppLink } from '../../navigation/app-link';
import { FeedErrorAlert } from '../../components/feed-error-message';
import { StatusBadge } from '../../components/status-badge';
import { PAGE_MARK, PAGES_MARK, splitPageWords, usePrintMargins } from '../../components/use-print-margins';
import { AsOfSelect, MAX_AS_OF_OPTIONS } from './as-of-select';
import { cardStatus, evaluateCard, KpiPanel, LAZY_CHARTS_FROM } from './kpi-panel';
import { SummaryStrip } from './summary-strip';
import { asOfMonths, defaultAsOf, resolveAsOf } from '../../kpi/resolve-as-of';
import type { KpiSeries } from '../../kpi/resolve-as-of';
import { periodSpan } from '../../kpi/series';

/** Set once every card has left its loading state; the benchmark and end-to-end tests wait on it. */
export const CARDS_SETTLED_MARK = 'kpi-cards-settled';

export interface OverviewPageProps {
  feedBaseUrl: string;
  /** The catalogue's entries, in display order. */
  catalogue: readonly CatalogueItem[];
  asOfParam: string | null;
  onAsOfChange: (asOf: Period) => void;
  /** Sets (or, with `null`, leaves) the known-on replay day. */
  onKnownOnChange: (knownOn: string | null) => void;
  /** Today, `YYYY-MM-DD`: the latest day a replay can name. */
  today: string;
  refreshIntervalSeconds: number | null;
  expectedLatest: { period: Period; lagMonths: number } | null;
  detailHref: (kpiId: KpiId) => string;
  presentHref: string;
  dataSource: string | null;
}

export function OverviewPage({ feedBaseUrl, catalogue, asOfParam, onAsOfChange, onKnownOnChange, today, refreshIntervalSeconds, expectedLatest, detailHref, presentHref, dataSource }: OverviewPageProps) {
  const { locale, t } = useI18n();
  const queryClient = useQueryClient();
  const policy = useFeedPolicy();
  const definitions = useMemo(() => usableDefinitions(catalogue), [catalogue]);
  const queries = useQueries({ queries: definitions.map((definition) => observationsQueryOptions(feedBaseUrl, definition, policy)) });

  const knownOn = useKnownOn();
  // What every card reads: the feed's answer, replayed as known on `knownOn` when one is set.
  const results = queries.map((query) => replayResult(query.data, knownOn));
  const series: KpiSeries[] = definitions.flatMap((definition, index) => {
    const data = results[index];
    return data?.kind === 'observations' ? [{ definition, observations: data.observations }] : [];
  });
  const answered = queries.flatMap((query) => (query.data?.kind === 'observations' ? [query.data.observations] : []));
  const isDated = answered.some(hasPublicationDates);
  const firstPublished = answered.reduce<string | null>((first, observations) => {
    const day = firstPublication(observations);
    return day !== null && (first === null || day < first) ? day : first;
  }, null);
  const { first, last, fallback, months } = useSeriesCalendar(series);
  const { asOf, notice } = resolveAsOf(asOfParam, first, last, fallback);

  // Each KPI is evaluated once per render, for its card and its summary entry.
  const evaluations = definitions.map((definition, index) => evaluateCard(definition, results[index], asOf));
  const statuses = definitions.map((definition, index) => cardStatus(queries[index] ?? { isPending: true }, results[index], evaluations[index] ?? null));

  const isSettled = queries.every((query) => !query.isPending);
  const hasMarked = useRef(false);
  useEffect(() => {
    if (isSettled && !hasMarked.current) {
      hasMarked.current = true;
      performance.mark(CARDS_SETTLED_MARK);
    }
  }, [isSettled]);

  // Every printed page says what it is, as of when, from where, and when it was printed.
  usePrintMargins({
    footer: [
      t('app.title'),
      ...(asOf === null ? [] : [t('print.asOf', { asOf: formatPeriod(asOf, locale) })]),
      t('print.source', { source: dataSource ?? t('csv.fixtureSource') }),
      ...(knownOn === null ? [] : [t('present.replayFooter', { date: formatDay(knownOn, locale) })]),
    ].join(' · '),
    printedAt: (at) => t('print.printedAt', { date: formatDateTime(at, locale) }),
    pageWords: splitPageWords(t('print.page', { page: PAGE_MARK, pages: PAGES_MARK })),
  });

  const isFetching = queries.some((query) => query.isFetching);
  const updatedAt = Math.max(0, ...queries.map((query) => query.dataUpdatedAt));
  const refresh = () => void queryClient.refetchQueries({ queryKey: ['feed', feedBaseUrl] });

  return (
    <>
      <div className="toolbar">
        <AsOfSelect months={months} latest={fallback} value={asOf} onChange={onAsOfChange} />
        {isDated || knownOn !== null ? <KnownOnControl value={knownOn} min={firstPublished} max={today} onChange={onKnownOnChange} /> : null}
        <button type="button" onClick={refresh} disabled={isFetching}>
          {isFetching ? t('app.refreshing') : t('app.refresh')}
        </button>
        <AppLink href={presentHref} className="present-link" aria-label={t('present.openLabel')}>
          <span aria-hidden="true">▶ </span>
          {t('present.open')}
        </AppLink>
        <p className="updated" aria-live="polite">
          {updatedAt > 0 ? t('app.lastUpdated', { time: formatDateTime(new Date(updatedAt), locale) }) : t('app.notUpdatedYet')}
          {refreshIntervalSeconds !== null ? ` · ${t('app.autoRefresh', { seconds: refreshIntervalSeconds })}` : ''}
        </p>
      </div>
      {knownOn !== null ? <ReplayBanner knownOn={knownOn} summaries={results.map((result) => (result?.kind === 'observations' ? result.replay : undefined))} /> : null}
      {notice !== null ? (
        <p className="notice" role="status">
          {notice.kind === 'invalid'
            ? t('asOf.invalidParam', { value: notice.value })
            : t('asOf.outOfRange', { value: notice.value, first: formatPeriod(notice.first, locale), last: formatPeriod(notice.last, locale) })}
        </p>
      ) : null}
      <SummaryStrip entries={definitions.map((definition, index) => ({ definition, evaluation: evaluations[index] ?? null, status: statuses[index] ?? 'loading' }))} />
      <div className="kpi-grid">
        {catalogue.map((item, index) => {
          if (item.kind === 'invalid') return <InvalidKpiPanel key={`invalid-${index}`} entry={index + 1} error={item.error} onRetry={refresh} />;
          const position = definitions.indexOf(item.definition);
          const query = queries[position];
          return query === undefined ? null : (
            <KpiPanel key={item.definition.id} definition={item.definition} expectedLatest={expectedLatest} detailHref={detailHref(item.definition.id)} dataSource={dataSource} query={query} result={results[position]} asOf={asOf} evaluation={evaluations[position] ?? null} status={statuses[position] ?? 'loading'} isChartLazy={definitions.length >= LAZY_CHARTS_FROM} />
          );
        })}
      </div>
    </>
  );
}

/** A catalogue entry the dashboard cannot use: its own card says why; the others are unaffected. */
function InvalidKpiPanel({ entry, error, onRetry }: { entry: number; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const kpiId = error instanceof Error && 'kpiId' in error && typeof error.kpiId === 'string' && error.kpiId !== '(catalogue)' ? error.kpiId : undefined;
  return (
    <article className="kpi-panel status-error" data-kpi-id={kpiId} data-status="error" aria-label={t('card.invalidEntry', { entry })}>
      <header className="kpi-panel-header">
        <h2>{kpiId ?? t('card.invalidEntry', { entry })}</h2>
      </header>
      <div className="kpi-status-row">
        <StatusBadge status="error" />
      </div>
      <FeedErrorAlert error={error} isRetrying={false} onRetry={onRetry} />
    </article>
  );
}

interface SeriesCalendar {
  first: Period | null;
  last: Period | null;
  /** The default as-of month (see `defaultAsOf`). */
  fallback: Period | null;
  months: Period[];
}

/**
 * The span, default month and month list of the series, recomputed only when a series changes
 * (a refetch), not on every as-of change: a 100,000-month series makes them worth keeping.
 */
function useSeriesCalendar(series: readonly KpiSeries[]): SeriesCalendar {
  const [cache, setCache] = useState<{ inputs: readonly (readonly unknown[])[]; value: SeriesCalendar } | null>(null);
  const inputs = series.map((s) => s.observations);
  if (cache !== null && cache.inputs.length === inputs.length && cache.inputs.every((input, index) => input === inputs[index])) return cache.value;
  const span = periodSpan(inputs);
  const value = { ...span, fallback: defaultAsOf(series), months: asOfMonths(series, span.first, span.last, MAX_AS_OF_OPTIONS) };
  // Setting state during render is React's pattern for state derived from props.
  setCache({ inputs, value });
  return value;
}
