import { useEffect, useId, useRef, useState } from 'react';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
import { targetForYear } from '../../kpi/kpi-definitions';
import { AT_RISK_TOLERANCE } from '../../kpi/kpi-status';
import { formatPercent } from '../../i18n/format';
import { describeTarget } from '../../i18n/target-text';
import { useI18n } from '../../i18n/i18n-context';

/** The card's "About" disclosure: the measure's definition, the target's source, how status is judged. */
export function KpiInfo({ definition, year }: { definition: KpiDefinition; year: number }) {
  const { locale, t } = useI18n();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Closing hides what may hold focus: hand it back to the button that opened the panel.
  const close = () => {
    setIsOpen(false);
    buttonRef.current?.focus();
  };
  const panelId = useId();
  const name = definition.name[locale];
  const target = targetForYear(definition, year);

  // Escape closes the open panel wherever focus is, as it would a popover.
  useEffect(() => {
    if (!isOpen) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setIsOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);

  return (
    <div className="kpi-info">
      <button
        type="button"
        ref={buttonRef}
        className="icon-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={t('card.about', { name })}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span aria-hidden="true">ⓘ</span>
      </button>
      <div id={panelId} className="kpi-info-panel" role="region" aria-label={t('card.aboutTitle')} hidden={!isOpen}>
        <dl>
          <dt>{t('card.definition')}</dt>
          <dd>{definition.definition[locale]}</dd>
          <dt>{t('card.targetSource')}</dt>
          <dd>
            {target === null ? (
              t('basis.no-target', { year })
            ) : (
              <>
                {describeTarget(target, definition.unit, locale, { judgedYear: year })}
                {target.source.quote !== null ? (
                  <>
                    {' · '}
                    <q lang="zh-CN">{target.source.quote}</q>
                  </>
                ) : null}
                {' — '}
                {target.source.url === null ? (
                  target.source.title[locale]
                ) : (
                  <a href={target.source.url} rel="noreferrer noopener" target="_blank">
                    {target.source.title[locale]}
                  </a>
                )}
                {target.isDerived ? t('card.targetSourceDerived') : ''}
              </>
            )}
          </dd>
          <dt>{t('card.howJudged')}</dt>
          <dd>{t('card.howJudgedText', { tolerance: formatPercent(AT_RISK_TOLERANCE * 100, locale) })}</dd>
        </dl>
        <button type="button" className="text-button" onClick={close}>
          {t('card.close')}
        </button>
      </div>
    </div>
  );
}
