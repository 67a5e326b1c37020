import { useEffect, useId, useRef, useState } from 'react';
import { KpiAbout } from '../../components/kpi-about';
import type { KpiDefinition } from '../../kpi/kpi-definitions';
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
        <KpiAbout definition={definition} year={year} />
        <button type="button" className="text-button" onClick={close}>
          {t('card.close')}
        </button>
      </div>
    </div>
  );
}
