import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ObservationsResult } from '../../feed/fetch-observations';
import type { ReplayedResult } from '../../feed/replay';
import { KeptNote, RevisionStatusNote } from '../../components/replay';
import { overviewChart } from '../../kpi/chart-rows';
import { changeSinceLastReport } from '../../kpi/change';
import { figureHeadline } from '../../i18n/headline';
import { evaluateKpi } from '../../kpi/evaluate-kpi';
import { baselineFor, targetLevel } from '../../kpi/kpi-definitions';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import type { KpiEvaluation } from '../../kpi/evaluate-kpi';
import type { Observation } from '../../kpi/observation';
import { periodYear } from '../../kpi/period';
import type { Period } from '../../kpi/period';
import { formatDateTime, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { BadgeIcon } from '../../components/badge-icon';
import { FeedErrorAlert } from '../../components/feed-error-message';
import { ChartFigure } from '../../components/chart-figure';
import { AppLink } from '../../navigation/app-link';
import { KpiDataTable } from '../../components/kpi-data-table';
import { Sparkline } from '../../components/sparkline';
import { StatusBadge } from '../../components/status-badge';
import type { DisplayStatus } from '../../components/status-badge';
import { KpiFigures } from '../../components/kpi-figures';
import { useNearViewport } from '../../components/near-viewport';
import { KpiInfo } from './kpi-info';
import { cardAnchor } from './summary-strip';

/** The plan year the dashboard is about; shown in the info panel before any data arrives. */
const TARGET_YEAR = 2020;

export interface KpiPanelProps {
  definition: KpiDefinition;
  /** The month the feed should have reached (from config.json's publication lag), or `null`. */
  expectedLatest: { period: Period; lagMonths: number } | null;
  /** Where this KPI's detail view is. */
  detailHref: string;
  dataSource: string | null;
  query: UseQueryResult<ObservationsResult>;
  /** The query's answer as the card reads it (replayed as known on a day, when one is set). */
  result: ReplayedResult | undefined;
  /** `null` until some KPI has data to choose a month from. */
  asOf: Period | null;
  /** The KPI evaluated at `asOf` (see `evaluateCard`). */
  evaluation: KpiEvaluation | null;
  status: DisplayStatus;
  /** Draw the chart only near the viewport (a long overview, see LAZY_CHARTS_FROM). */
  isChartLazy?: boolean;
}

/**
 * From this many cards the overview draws a chart only when its card is on screen or near it,
 * and leaves the charts far from the viewport as they were on an as-of change (their numbers
 * still update). Four KPIs are all drawn at once, as before.
 */
export const LAZY_CHARTS_FROM = 9;

/** A card's evaluation at `asOf`, or `null` without data or a month. */
export function evaluateCard(definition: KpiDefinition, data: ReplayedResult | undefined, asOf: Period | null): KpiEvaluation | null {
  return data?.kind === 'observations' && asOf !== null ? evaluateAt(definition, data.observations, asOf) : null;
}

/** Months of evaluations kept per series: enough for the as-of months a user steps through. */
const EVALUATIONS_KEPT = 24;
const evaluations = new WeakMap<KpiDefinition, WeakMap<readonly Observation[], Map<Period, KpiEvaluation>>>();

/**
 * `evaluateKpi`, once per definition, series and month: the overview re-renders for many reasons
 * (a refetch starting, a menu opening) and the card and its chart both need the evaluation; on a
 * 100,000-month series each evaluation walks the whole history. The same inputs give the same
 * object, so what depends on it is not redrawn.
 */
function evaluateAt(definition: KpiDefinition, observations: readonly Observation[], asOf: Period): KpiEvaluation {
  let bySeries = evaluations.get(definition);
  if (bySeries === undefined) {
    bySeries = new WeakMap();
    evaluations.set(definition, bySeries);
  }
  let byMonth = bySeries.get(observations);
  if (byMonth === undefined) {
    byMonth = new Map();
    bySeries.set(observations, byMonth);
  }
  let evaluation = byMonth.get(asOf);
  if (evaluation === undefined) {
    evaluation = evaluateKpi(definition, observations, asOf);
    byMonth.set(asOf, evaluation);
    // The oldest month goes first (a Map keeps insertion order).
    if (byMonth.size > EVALUATIONS_KEPT) byMonth.delete(byMonth.keys().next().value ?? asOf);
  }
  return evaluation;
}

/** The status a card shows: loading, an error, no data, or its evaluation's. */
export function cardStatus(query: Pick<UseQueryResult<ObservationsResult>, 'isPending'>, data: ReplayedResult | undefined, evaluation: KpiEvaluation | null): DisplayStatus {
  if (query.isPending) return 'loading';
  if (data === undefined) return 'error';
  if (data.kind === 'not-provided') return 'no-data';
  return evaluation?.status ?? 'no-data';
}

/**
 * One KPI on the overview: its card (value, target, gap, status, projection) and its chart with a
 * table alternative. `data-kpi-id` and `data-status` are stable hooks for automation.
 */
export function KpiPanel({ definition, expectedLatest, detailHref, dataSource, query, result: data, asOf, evaluation, status, isChartLazy = false }: KpiPanelProps) {
  const { locale, t } = useI18n();
  const titleId = useId();
  const name = definition.name[locale];
  const { error, isFetching, refetch, fetchStatus, dataUpdatedAt } = query;
  // A refresh that failed while earlier data is on screen: keep the data, and say how old it is.
  const isStale = data !== undefined && error !== null;
  const latestPeriod = data?.kind === 'observations' ? (data.observations.at(-1)?.period ?? null) : null;
  const expected = expectedLatest?.period ?? null;
  const isBehind = latestPeriod !== null && expected !== null && latestPeriod < expected;

  const observations = data?.kind === 'observations' ? data.observations : null;

  const retry = () => void refetch();

  return (
    <article
      className={`kpi-panel status-${status}`}
      aria-labelledby={titleId}
      aria-busy={status === 'loading'}
      id={cardAnchor(definition.id)}
      data-kpi-id={definition.id}
      data-status={status}
      data-stale={isStale ? 'true' : undefined}
      data-freshness={isBehind ? 'behind' : undefined}
    >
      <header className="kpi-panel-header">
        <h2 id={titleId}>{name}</h2>
        <AppLink href={detailHref} className="detail-link" aria-label={t('card.openDetailFor', { name })}>
          {t('card.openDetail')}
        </AppLink>
        <KpiInfo definition={definition} year={asOf === null ? TARGET_YEAR : periodYear(asOf)} />
      </header>
      <div className="kpi-status-row">
        <StatusBadge status={status} />
        {evaluation !== null && evaluation.latest !== null ? (
          <Sparkline observations={observations ?? []} asOf={evaluation.asOf} label={t('card.sparkline')} />
        ) : null}
      </div>

      {status === 'loading' ? (
        <div className="skeleton" aria-hidden="true">
          <div className="skeleton-line skeleton-wide" />
          <div className="skeleton-line" />
          <div className="skeleton-chart" />
        </div>
      ) : null}
      {status === 'loading' ? <p className="visually-hidden">{t('card.loading', { name })}</p> : null}

      {fetchStatus === 'paused' ? <p className="note note-stale">{t('card.paused')}</p> : null}
      {isStale ? (
        <p className="badge-stale">
          <BadgeIcon name="paused" />{' '}
          {t('card.staleSince', { time: formatDateTime(new Date(dataUpdatedAt), locale) })}
        </p>
      ) : null}
      {data?.kind === 'observations' && data.kept !== undefined ? <KeptNote kept={data.kept} /> : null}
      {isBehind && latestPeriod !== null && expected !== null ? (
        <p className="badge-stale" role="note">
          <BadgeIcon name="behind" />{' '}
          {t('card.feedBehind', { latest: formatPeriod(latestPeriod, locale), expected: formatPeriod(expected, locale), lag: expectedLatest?.lagMonths ?? 0 })}
        </p>
      ) : null}
      {error !== null ? (
        <FeedErrorAlert error={error} isRetrying={isFetching} onRetry={retry} />
      ) : null}

      {data?.kind === 'not-provided' ? <p className="note">{t('card.notProvided')}</p> : null}
      {observations !== null && observations.length === 0 ? <p className="note">{t('card.empty')}</p> : null}

      {evaluation !== null && observations !== null && observations.length > 0 ? (
        <RevisionStatusNote definition={definition} observations={observations} asOf={evaluation.asOf} status={evaluation.status} />
      ) : null}
      {evaluation !== null && observations !== null && observations.length > 0 ? (
        <KpiBody definition={definition} evaluation={evaluation} observations={observations} name={name} dataSource={dataSource} isChartLazy={isChartLazy} />
      ) : null}
    </article>
  );
}

function KpiBody({
  definition,
  evaluation,
  observations,
  name,
  dataSource,
  isChartLazy,
}: {
  isChartLazy: boolean;
  dataSource: string | null;
  definition: KpiDefinition;
  evaluation: KpiEvaluation;
  observations: readonly Observation[];
  name: string;
}) {
  const { locale, t } = useI18n();
  // The numbers follow the as-of month at once; the chart and its table may lag a frame behind
  // (React renders them after the cards), so changing the month never waits for recharts.
  const deferredAsOf = useDeferredValue(evaluation.asOf);
  // On a long overview, a chart away from the viewport keeps the month it was last drawn at
  // (`null`: never drawn yet) until its card comes near: no redraw of charts nobody sees.
  const slotRef = useRef<HTMLDivElement>(null);
  const isNear = useNearViewport(slotRef, isChartLazy);
  const [lazyAsOf, setLazyAsOf] = useState<Period | null>(null);
  if (isChartLazy && isNear && lazyAsOf !== deferredAsOf) setLazyAsOf(deferredAsOf);
  const drawnAsOf = isChartLazy ? lazyAsOf : deferredAsOf;
  const chartAsOf = drawnAsOf ?? deferredAsOf;
  // The chart's month may lag the card's a render behind: its evaluation is that month's.
  const chartEvaluation = evaluateAt(definition, observations, chartAsOf);
  const chart = useMemo(() => overviewChart(definition, observations, chartAsOf, chartEvaluation), [definition, observations, chartAsOf, chartEvaluation]);
  const { from, to, rows } = chart;
  const change = useMemo(() => changeSinceLastReport(definition, observations, evaluation.asOf), [definition, observations, evaluation.asOf]);
  // Memoised on the drawn month: while it holds, React skips the figure and its table entirely.
  const figure = useMemo(() => {
    if (drawnAsOf === null) return <div className="skeleton-chart kpi-chart-pending" style={{ height: 300 }} aria-hidden="true" />;
    return (
      <ChartFigure
        title={t('chart.title', { name, from: formatPeriod(from, locale), to: formatPeriod(to, locale) })}
        from={from}
        to={to}
        asOf={drawnAsOf}
        dataSource={dataSource}
        definition={definition}
        rows={rows}
        target={targetLevel(definition, chart.evaluation.year)}
        targetYear={chart.evaluation.year}
        baseline={baselineFor(definition, chart.evaluation.year)}
        headline={figureHeadline(definition, chart.evaluation, locale)}
        note={chart.hasGap ? t(definition.measure === 'monthly-flow' ? 'chart.gapNote' : 'chart.checkpointNote') : undefined}
      />
    );
  }, [drawnAsOf, chart, definition, name, dataSource, locale, t, from, to, rows]);
  const table = useMemo(
    () => (
      <details className="kpi-table">
        <summary>{t('chart.showTable')}</summary>
        <KpiDataTable definition={definition} rows={rows} asOf={chartAsOf} />
      </details>
    ),
    [definition, rows, chartAsOf, t],
  );
  return (
    <>
      <KpiFigures definition={definition} evaluation={evaluation} change={change} showProjectionRule={false} />
      <div ref={slotRef} className="kpi-chart-slot" data-chart-near={isChartLazy ? String(isNear) : undefined}>
        {figure}
        {table}
      </div>
    </>
  );
}
