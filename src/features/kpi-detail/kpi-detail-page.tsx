import { useId } from 'react';
import { useFeedPolicy } from '../../feed/feed-policy';
import { useObservations } from '../../feed/observations-query';
import { replayResult, useKnownOn } from '../../feed/replay';
import { KeptNote, ReplayBanner, RevisionStatusNote } from '../../components/replay';
import { GRANULARITIES } from '../../kpi/aggregate';
import { bucketKey } from '../../kpi/aggregate';
import { buildDetailRows } from '../../kpi/detail-rows';
import { evaluateKpi } from '../../kpi/evaluate-kpi';
import { baselineFor, eventsBetween, targetLevel } from '../../kpi/kpi-definitions';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import { MEASURE_TRAITS } from '../../kpi/measure';
import type { Observation } from '../../kpi/observation';
import { makePeriod, periodYear } from '../../kpi/period';
import type { Period } from '../../kpi/period';
import { observationsUpTo } from '../../kpi/series';
import { formatPeriod, formatPeriodKey, formatPeriodKeyShort } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ChartFigure } from '../../components/chart-figure';
import { FeedErrorAlert } from '../../components/feed-error-message';
import { KpiFigures } from '../../components/kpi-figures';
import { MonthField } from '../../components/month-field';
import { changeSinceLastReport } from '../../kpi/change';
import { figureHeadline } from '../../i18n/headline';
import { Notice } from '../../components/notice';
import { StatusBadge } from '../../components/status-badge';
import { AppLink } from '../../navigation/app-link';
import { PRESETS, presetRange, readDetailParams } from './detail-params';
import type { DetailParams, Preset } from './detail-params';
import { DetailDataTable } from './detail-data-table';

const AGGREGATION_NOTE = {
  'monthly-flow': 'detail.aggregationFlow',
  'ytd-average': 'detail.aggregationCycle',
  'ytd-cumulative': 'detail.aggregationCumulative',
} as const satisfies Record<KpiDefinition['measure'], string>;

export interface KpiDetailPageProps {
  feedBaseUrl: string;
  definition: KpiDefinition;
  params: URLSearchParams;
  onParamsChange: (updates: Record<string, string | null>) => void;
  overviewHref: string;
  dataSource: string | null;
}

/** One KPI over a chosen period and granularity; every control writes the URL. */
export function KpiDetailPage({ feedBaseUrl, definition, params, onParamsChange, overviewHref, dataSource }: KpiDetailPageProps) {
  const { locale, t } = useI18n();
  const query = useObservations(feedBaseUrl, definition, useFeedPolicy());
  const name = definition.name[locale];
  const knownOn = useKnownOn();
  const data = replayResult(query.data, knownOn);
  const observations = data?.kind === 'observations' ? data.observations : null;

  return (
    <div className="detail-page">
      <AppLink href={overviewHref} className="back-link">
        {t('detail.back')}
      </AppLink>
      <h2 className="detail-title">{name}</h2>
      <p className="note">{definition.definition[locale]}</p>
      {knownOn !== null ? <ReplayBanner knownOn={knownOn} summaries={[data?.kind === 'observations' ? data.replay : undefined]} /> : null}
      {query.isPending ? <p aria-busy="true">{t('detail.loading')}</p> : null}
      {data?.kind === 'observations' && data.kept !== undefined ? <KeptNote kept={data.kept} /> : null}
      {query.error !== null ? (
        <FeedErrorAlert error={query.error} isRetrying={query.isFetching} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data?.kind === 'not-provided' ? <p className="note">{t('card.notProvided')}</p> : null}
      {observations !== null && observations.length === 0 ? <p className="note">{t('card.empty')}</p> : null}
      {observations !== null && observations.length > 0 ? (
        <DetailBody
          definition={definition}
          observations={observations}
          params={params}
          onParamsChange={onParamsChange}
          dataSource={dataSource}
        />
      ) : null}
    </div>
  );
}

function DetailBody({
  definition,
  observations,
  params,
  onParamsChange,
  dataSource,
}: {
  definition: KpiDefinition;
  observations: readonly Observation[];
  params: URLSearchParams;
  onParamsChange: (updates: Record<string, string | null>) => void;
  dataSource: string | null;
}) {
  const { locale, t } = useI18n();
  const first = observations[0]?.period ?? '2017-01';
  const last = observations.at(-1)?.period ?? first;
  const view = readDetailParams(params, first, last);
  const { from, to, granularity } = view;

  // Evaluated on what had been reported by the end of the range, or by the as-of month the view
  // was opened with (so the card and its detail agree), or by the latest data: the earliest.
  const asOf: Period = [to, last, ...(view.asOf !== null ? [view.asOf] : [])].reduce((a, b) => (b < a ? b : a));
  const known = observationsUpTo(observations, asOf);
  const evaluation = evaluateKpi(definition, observations, asOf);
  const rows = buildDetailRows(definition, known, evaluation, granularity, from, to);
  const spansYears = periodYear(from) !== periodYear(to);
  const annotations = eventsBetween(definition, from, to);
  const name = definition.name[locale];
  const title = t('chart.title', { name, from: formatPeriodKey(from, locale), to: formatPeriodKey(to, locale) });
  const target = targetLevel(definition, evaluation.year);

  return (
    <>
      {view.problems.map((problem) => (
        <Notice key={`${problem.name}=${problem.value}`}>{t('detail.badParam', { name: problem.name, value: problem.value })}</Notice>
      ))}
      <DetailControls view={view} first={first} last={last} onParamsChange={onParamsChange} />

      <section className="detail-summary" aria-label={t('detail.evaluatedAt', { asOf: formatPeriod(asOf, locale) })}>
        <div className="kpi-status-row">
          <StatusBadge status={evaluation.status} />
          <span className="note">{t('detail.evaluatedAt', { asOf: formatPeriod(asOf, locale) })}</span>
        </div>
        <KpiFigures definition={definition} evaluation={evaluation} change={changeSinceLastReport(definition, observations, asOf)} />
        <RevisionStatusNote definition={definition} observations={observations} asOf={asOf} status={evaluation.status} />
      </section>

      <ChartFigure
        title={title}
        headline={figureHeadline(definition, evaluation, locale)}
        from={from}
        to={to}
        asOf={asOf}
        dataSource={dataSource}
        definition={definition}
        rows={rows}
        target={target}
        targetYear={evaluation.year}
        baseline={baselineFor(definition, evaluation.year)}
        height={360}
        formatX={(key) => formatPeriodKeyShort(key, locale)}
        targetMode={spansYears ? 'step' : 'reference'}
        showPreviousYear={view.hasPreviousYear}
        hasPeriodGrowth={granularity !== 'month' && MEASURE_TRAITS[definition.measure].aggregate === 'sum'}
        granularity={granularity}
        valueLabel={granularity !== 'month' && MEASURE_TRAITS[definition.measure].aggregate === 'sum' ? t(`chart.amount.${granularity}`) : undefined}
        annotations={annotations.map((annotation) => ({ x: bucketKey(annotation.period, granularity), label: annotation.label[locale] }))}
      >
        <p className="note">{t(AGGREGATION_NOTE[definition.measure])}</p>
        {annotations.length > 0 ? (
          <section className="annotations" aria-label={t('detail.annotations')}>
            <h3>{t('detail.annotations')}</h3>
            <ol>
              {annotations.map((annotation) => (
                <li key={`${annotation.period}-${annotation.label.en}`}>
                  {t('pattern.labelled', { label: formatPeriod(annotation.period, locale), value: annotation.label[locale] })}{' '}
                  <span className="note">{t('detail.annotationSource', { source: annotation.source.title[locale] })}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </ChartFigure>

      <section className="detail-table">
        <h3>{t('detail.tableTitle')}</h3>
        <DetailDataTable
          definition={definition}
          rows={rows}
          sort={view.sort}
          onSortChange={(sort) => onParamsChange({ sort: `${sort.column}:${sort.direction}` })}
          hasPreviousYear={view.hasPreviousYear}
        />
      </section>
    </>
  );
}

function DetailControls({
  view,
  first,
  last,
  onParamsChange,
}: {
  view: DetailParams;
  first: Period;
  last: Period;
  onParamsChange: (updates: Record<string, string | null>) => void;
}) {
  const { t } = useI18n();
  const granularityId = useId();
  const previousId = useId();
  // The range may reach past the data on either side (to show where it starts and ends).
  const earliest = first < '2017-01' ? first : '2017-01';
  const latest = makePeriod(Math.max(periodYear(last), 2020), 12);
  const isPreset = (preset: Preset) => {
    const range = presetRange(preset, first, last);
    return range.from === view.from && range.to === view.to;
  };
  const presetLabel = (preset: Preset) =>
    preset === 'year' ? t('detail.preset.year', { year: periodYear(last) }) : t(`detail.preset.${preset}`);

  return (
    <div className="detail-controls" role="group" aria-label={t('detail.controls')}>
      <div className="presets" role="group" aria-label={t('detail.range')}>
        {PRESETS.map((preset) => (
          <button key={preset} type="button" aria-pressed={isPreset(preset)} onClick={() => onParamsChange(presetRange(preset, first, last))}>
            {presetLabel(preset)}
          </button>
        ))}
      </div>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          {t('detail.from')}
        </span>
        <MonthField label={t('detail.from')} value={view.from} min={earliest} max={latest} onChange={(from) => onParamsChange({ from, to: from > view.to ? from : view.to })} />
      </div>
      <div className="field">
        <span className="field-label" aria-hidden="true">
          {t('detail.to')}
        </span>
        <MonthField label={t('detail.to')} value={view.to} min={earliest} max={latest} onChange={(to) => onParamsChange({ to, from: to < view.from ? to : view.from })} />
      </div>
      <div className="field">
        <label htmlFor={granularityId}>{t('detail.granularity')}</label>
        <select id={granularityId} value={view.granularity} onChange={(event) => onParamsChange({ granularity: event.target.value })}>
          {GRANULARITIES.map((granularity) => (
            <option key={granularity} value={granularity}>
              {t(`detail.granularity.${granularity}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <input id={previousId} type="checkbox" checked={view.hasPreviousYear} onChange={(event) => onParamsChange({ prev: event.target.checked ? '1' : null })} />
        <label htmlFor={previousId}>{t('detail.previousYear')}</label>
      </div>
    </div>
  );
}

