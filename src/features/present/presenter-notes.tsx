import { useId } from 'react';
import { KpiAbout } from '../../components/kpi-about';
import type { KpiEvaluation } from '../../kpi/evaluate-kpi';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import type { KpiStatus } from '../../kpi/kpi-status';
import { KpiFigures } from '../../components/kpi-figures';
import { StatusBadge } from '../../components/status-badge';
import { slideHeadlineParts } from '../../i18n/headline';
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
          <KpiAbout definition={current.definition} year={current.evaluation?.year ?? year} className="notes-about" isLinked={false} />
        </>
      )}
      <h2>{t('present.notes.next')}</h2>
      <p className="notes-next">{next === null || next === undefined ? t('present.notes.end') : headlineOf(next, locale)}</p>
      <p className="notes-footer">{footer}</p>
      <p className="notes-hint">{t('present.notes.hint')}</p>
    </section>
  );
}
