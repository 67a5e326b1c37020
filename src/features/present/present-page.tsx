import { lazy, Suspense, useEffect, useRef } from 'react';
import type { KpiEvaluation } from '../../kpi/evaluate-kpi';
import { baselineFor, targetLevel } from '../../kpi/kpi-definitions';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import type { KpiStatus } from '../../kpi/kpi-status';
import { overviewChart } from '../../kpi/chart-rows';
import type { ChartRow } from '../../kpi/chart-rows';
import type { Period } from '../../kpi/period';
import { periodYear } from '../../kpi/period';
import { defaultAsOf, resolveAsOf } from '../../kpi/resolve-as-of';
import type { AsOfNotice } from '../../kpi/resolve-as-of';
import { periodSpan } from '../../kpi/series';
import { formatPeriod } from '../../i18n/format';
import { describeTarget } from '../../i18n/target-text';
import { useI18n } from '../../i18n/i18n-context';
import { StatusBadge } from '../../components/status-badge';
import { slideHeadlineParts } from '../../i18n/headline';
import { useFrozenSeries } from './use-frozen-series';
import { summaryValue } from '../../components/kpi-summary';
import { replayResult, useKnownOn } from '../../feed/replay';
import { formatDay } from '../../i18n/format';
import type { FrozenSeries } from './use-frozen-series';
import { readPresentParams } from './present-params';
import { usePresenterControls } from './use-presenter-controls';
import { PresenterNotes } from './presenter-notes';
import { useDeckSync } from './use-deck-sync';

export interface PresentPageProps {
  feedBaseUrl: string;
  /** The catalogue's KPIs, in display order: one slide each after the summary. */
  definitions: readonly KpiDefinition[];
  /** The `lang` parameter when it named no supported language. */
  invalidLang: string | null;
  /** The link's `knownOn`, quoted, when it named no real day. */
  invalidKnownOn?: string | null;
  params: URLSearchParams;
  onSlideChange: (slide: number) => void;
  onExit: () => void;
  dataSource: string | null;
}

interface SlideData {
  definition: KpiDefinition;
  evaluation: KpiEvaluation | null;
  status: KpiStatus;
  rows: ChartRow[];
}


const KpiChart = lazy(async () => ({ default: (await import('../../components/kpi-chart')).KpiChart }));

function slidesFrom(frozen: FrozenSeries, asOfParam: string | null): { asOf: Period | null; notice: AsOfNotice | null; slides: SlideData[] } {
  const series = frozen.flatMap(({ definition, result }) => (result?.kind === 'observations' ? [{ definition, observations: result.observations }] : []));
  const { first, last } = periodSpan(series.map((s) => s.observations));
  const { asOf, notice } = resolveAsOf(asOfParam, first, last, defaultAsOf(series));
  const slides = frozen.map(({ definition, result, error }): SlideData => {
    if (result === null) return { definition, evaluation: null, status: error === null ? 'no-data' : 'error', rows: [] };
    if (result.kind === 'not-provided' || asOf === null) return { definition, evaluation: null, status: 'no-data', rows: [] };
    const chart = overviewChart(definition, result.observations, asOf);
    return { definition, evaluation: chart.evaluation, status: chart.evaluation.status, rows: chart.rows };
  });
  return { asOf, notice, slides };
}

/** The meeting view: a summary slide and one slide per KPI, driven by keys, clicker or swipe. */
export function PresentPage({ feedBaseUrl, definitions, invalidLang, invalidKnownOn = null, params, onSlideChange, onExit, dataSource }: PresentPageProps) {
  const { locale, t } = useI18n();
  const knownOn = useKnownOn();
  const frozen = useFrozenSeries(feedBaseUrl, definitions);
  const slideCount = definitions.length + 1;
  const link = readPresentParams(params, slideCount);
  const { slide } = link;
  const rootRef = useRef<HTMLDivElement>(null);
  const { isNotes } = link;
  // The notes open in a second window on the presenter's screen, at this slide, with this link's month and language.
  const openNotes = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('slide', String(slide));
    url.searchParams.set('notes', '1');
    window.open(url.href, 'ip-kpi-deck-notes', 'popup,width=960,height=760');
  };
  const controls = usePresenterControls({ slide, count: slideCount, onSlideChange, onExit, onOpenNotes: isNotes ? undefined : openNotes, rootRef });
  useDeckSync(slide, slideCount, onSlideChange);

  // Presenters cannot scroll: the deck owns the whole viewport while it is open (the notes scroll).
  useEffect(() => {
    if (isNotes) return undefined;
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, [isNotes]);

  if (frozen === null) {
    return (
      <div className="present" ref={rootRef}>
        <p className="present-loading" aria-busy="true">{t('present.loading')}</p>
      </div>
    );
  }
  // A replay shows the deck as the figures stood on its day, like every other view.
  const replayed = knownOn === null ? frozen : frozen.map((kpi) => ({ ...kpi, result: kpi.result === null ? null : replayResult(kpi.result, knownOn) }));
  const { asOf, notice, slides } = slidesFrom(replayed, link.asOf);
  // Bad link parameters are named at the top of the deck until the presenter moves on; values
  // come quoted (at most 60 characters) from the parser.
  const notices = [
    ...link.problems.map((problem) => {
      switch (problem.name) {
        case 'slide':
          return t('present.badSlide', { value: problem.value, total: slideCount });
        case 'asOf':
          return t('asOf.invalidParam', { value: problem.value });
        case 'notes':
          return t('present.badNotes', { value: problem.value });
        default:
          return problem.name satisfies never;
      }
    }),
    ...(notice === null || notice.kind !== 'out-of-range'
      ? []
      : [t('asOf.outOfRange', { value: notice.value, first: formatPeriod(notice.first, locale), last: formatPeriod(notice.last, locale) })]),
    ...(invalidLang === null ? [] : [t('lang.invalidParam', { value: invalidLang })]),
    ...(invalidKnownOn === null ? [] : [t('replay.invalidParam', { value: invalidKnownOn })]),
  ];
  const year = asOf === null ? 2020 : periodYear(asOf);
  const source = dataSource ?? t('present.sourceFixture');
  const footer = [
    asOf === null ? source : t('present.footer', { asOf: formatPeriod(asOf, locale), source }),
    ...(knownOn === null ? [] : [t('present.replayFooter', { date: formatDay(knownOn, locale) })]),
  ].join(' · ');
  const current = slide === 1 ? null : slides[slide - 2];

  return (
    <div
      className={['present', isNotes ? 'present-notes-mode' : '', controls.isIdle && !isNotes ? 'present-idle' : ''].filter(Boolean).join(' ')}
      ref={rootRef}
      onPointerMove={controls.onPointerMove}
      onPointerDown={controls.onPointerDown}
      onPointerUp={controls.onPointerUp}
    >
      {/* First in the tab order, so the first Tab reaches the controls even while they are hidden. */}
      <nav className="present-controls" aria-label={t('present.open')}>
        <button type="button" onClick={controls.previous} disabled={slide === 1}>
          ← {t('present.previous')}
        </button>
        <span className="present-position" aria-live="polite">
          {t('present.slideLabel', { n: slide, total: slideCount })}
        </span>
        <button type="button" onClick={controls.next} disabled={slide === slideCount}>
          {t('present.next')} →
        </button>
        <button type="button" onClick={controls.toggleAuto} aria-pressed={controls.auto.isRunning}>
          {controls.auto.isRunning ? t('present.autoPause') : t('present.autoStart')}
        </button>
        <span className="present-countdown" aria-live="off">
          {controls.auto.isRunning
            ? t('present.autoCountdown', { seconds: controls.auto.secondsLeft })
            : controls.auto.wasPaused
              ? t('present.autoPaused')
              : ''}
        </span>
        <button type="button" onClick={controls.toggleFullscreen}>
          {controls.isFullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
        </button>
        <button type="button" onClick={controls.toggleBlank}>
          {t('present.blank')}
        </button>
        {isNotes ? null : (
          <button type="button" onClick={openNotes} aria-label={t('present.notes.openLabel')}>
            {t('present.notes.open')}
          </button>
        )}
        <button type="button" onClick={onExit}>
          {t('present.exit')}
        </button>
        <span className="present-keys">{t('present.keys')}</span>
      </nav>

      {isNotes ? (
        <PresenterNotes slides={slides} slide={slide} year={year} footer={footer} />
      ) : (
      <section className="slide" aria-roledescription="slide" aria-label={t('present.slideLabel', { n: slide, total: slideCount })}>
        {current === undefined || current === null ? (
          <SummarySlide slides={slides} year={year} asOf={asOf} />
        ) : (
          <KpiSlide data={current} />
        )}
        <footer className="slide-footer">
          <span>{footer}</span>
          <span className="slide-number" aria-hidden="true">
            {slide} / {slideCount}
          </span>
        </footer>
        <div className="slide-progress" aria-hidden="true">
          <div style={{ width: `${(slide / slideCount) * 100}%` }} />
        </div>
      </section>
      )}


      {notices.length > 0 && !controls.hasMoved ? (
        <div className="present-notices" role="status">
          {notices.map((text) => (
            <p key={text} className="notice">
              {text}
            </p>
          ))}
        </div>
      ) : null}

      {controls.isBlank ? (
        <div className="present-blank" role="status">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </div>
      ) : null}
    </div>
  );
}

function SummarySlide({ slides, year, asOf }: { slides: readonly SlideData[]; year: number; asOf: Period | null }) {
  const { locale, t } = useI18n();
  return (
    <div className="slide-body slide-summary">
      <h1 className="slide-title">{t('present.summaryTitle', { year })}</h1>
      {asOf !== null ? <p className="slide-subtitle">{t('present.summaryIntro', { asOf: formatPeriod(asOf, locale) })}</p> : null}
      <ul className="summary-list">
        {slides.map(({ definition, evaluation, status }) => {
          const kpiId = definition.id;
          const targetRule = evaluation?.target ?? null;
          const value = summaryValue(definition, evaluation, locale);
          // "{year} 年目标" names the deadline year, so the value does not repeat it.
          const target = targetRule === null ? t('card.noTarget') : describeTarget(targetRule, definition.unit, locale);
          return (
            <li key={kpiId} className="summary-item" data-kpi-id={kpiId} data-status={status}>
              <span className="summary-name">{definition.name[locale]}</span>
              <span className="summary-value">{value}</span>
              <span className="summary-target">
                {t('pattern.labelled', { label: t('card.target', { year: targetRule?.year ?? year }), value: target })}
              </span>
              <StatusBadge status={status} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function KpiSlide({ data }: { data: SlideData }) {
  const { locale } = useI18n();
  const { definition, evaluation } = data;
  // The figure in the deck's largest type, the verdict under it: each fits two lines.
  const { figure, verdict } = slideHeadlineParts(definition, evaluation, data.status, locale);
  const { rows } = data;
  return (
    <div className="slide-body slide-kpi" data-kpi-id={definition.id} data-status={data.status}>
      <div className="slide-heading">
        <StatusBadge status={data.status} />
        <h1 className="slide-headline">{figure}</h1>
        {verdict === null ? null : <p className="slide-verdict">{verdict}</p>}
      </div>
      {evaluation !== null && rows.length > 0 ? (
        <div className="slide-chart">
          <Suspense fallback={null}>
            <KpiChart definition={definition} rows={rows} target={targetLevel(definition, evaluation.year)} targetYear={evaluation.year} baseline={baselineFor(definition, evaluation.year)} height="fill" large />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
