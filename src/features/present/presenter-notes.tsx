import { useId } from 'react';
import type { KpiEvaluation } from '../../kpi/evaluate-kpi';
import { targetForYear } from '../../kpi/kpi-definitions';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import { AT_RISK_TOLERANCE } from '../../kpi/kpi-status';
import type { KpiStatus } from '../../kpi/kpi-status';
import { KpiFigures } from '../../components/kpi-figures';
import { StatusBadge } from '../../components/status-badge';
import { formatPercent } from '../../i18n/format';
import { slideHeadlineParts } from '../../i18n/headline';
import { describeTarget } from '../../i18n/target-text';
import { useI18n } from '../../i18n/i18n-context';

export interface NotesSlide {
  definition: KpiDefinition;
  evaluation: KpiEvaluation | null;
  status: KpiStatus;
}

/** A slide's headline as one line: the figure and the verdict. */
function headlineOf({ definition, evaluation, status }: NotesSlide, locale: 'zh-CN' | 'en'): string {
  const { figure, verdict } = slideHeadlineParts(definition, evaluation, status, locale);
  return verdict === null ? figure : `${figure}${locale === 'en' ? ' — ' : '——'}${verdict}`;
}

/**
 * The presenter's second window (`?notes=1`): the slide on screen, the numbers behind its
 * headline, the measure's definition and the target's source, and what comes next. It turns
 * pages with the deck.
 */
export function PresenterNotes({ slides, slide, year, footer }: { slides: readonly NotesSlide[]; slide: number; year: number; footer: string }) {
  const { locale, t } = useI18n();
  const titleId = useId();
  const count = slides.length + 1;
  const current = slide === 1 ? null : slides[slide - 2];
  const next = slide >= count ? null : slide === 1 ? slides[0] : slides[slide - 1];
  const target = current === null || current === undefined ? null : targetForYear(current.definition, current.evaluation?.year ?? year);

  return (
    <section className="present-notes-view" aria-labelledby={titleId}>
      <p className="notes-position" aria-live="polite">
        {t('present.notes.title')} · {t('present.slideLabel', { n: slide, total: count })}
      </p>
      {current === null || current === undefined ? (
        <>
          <h1 id={titleId}>{t('present.summaryTitle', { year })}</h1>
          <ul className="notes-summary">
            {slides.map((each) => (
              <li key={each.definition.id}>
                <StatusBadge status={each.status} /> {headlineOf(each, locale)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h1 id={titleId}>{current.definition.name[locale]}</h1>
          <p className="notes-headline">
            <StatusBadge status={current.status} /> {headlineOf(current, locale)}
          </p>
          <h2>{t('present.notes.numbers')}</h2>
          {current.evaluation === null ? <p>{t('present.notes.noNumbers')}</p> : <KpiFigures definition={current.definition} evaluation={current.evaluation} />}
          <h2>{t('present.notes.about')}</h2>
          <dl className="notes-about">
            <dt>{t('card.definition')}</dt>
            <dd>{current.definition.definition[locale]}</dd>
            <dt>{t('card.targetSource')}</dt>
            <dd>
              {target === null ? (
                t('basis.no-target', { year })
              ) : (
                <>
                  {describeTarget(target, current.definition.unit, locale, { judgedYear: year })}
                  {target.source.quote === null ? null : (
                    <>
                      {' · '}
                      <q lang="zh-CN">{target.source.quote}</q>
                    </>
                  )}
                  {' — '}
                  {target.source.title[locale]}
                  {target.isDerived ? t('card.targetSourceDerived') : ''}
                </>
              )}
            </dd>
            <dt>{t('card.howJudged')}</dt>
            <dd>{t('card.howJudgedText', { tolerance: formatPercent(AT_RISK_TOLERANCE * 100, locale) })}</dd>
          </dl>
        </>
      )}
      <h2>{t('present.notes.next')}</h2>
      <p className="notes-next">{next === null || next === undefined ? t('present.notes.end') : headlineOf(next, locale)}</p>
      <p className="notes-footer">{footer}</p>
      <p className="notes-hint">{t('present.notes.hint')}</p>
    </section>
  );
}
