import { useId, useState } from 'react';
import type { Period } from '../../kpi/period';
import { formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The most months the list offers, latest first: fifty years. A feed reaching back centuries
 * would otherwise build a list of thousands of options (100,000 took the page 14 s); older months
 * stay reachable through the link's `asOf`.
 */
export const MAX_AS_OF_OPTIONS = 600;

/** Chooses the month the whole overview is evaluated at; the latest month comes first. */
export function AsOfSelect({ months, latest, value, onChange }: { months: readonly Period[]; latest: Period | null; value: Period | null; onChange: (asOf: Period) => void }) {
  const { locale, t } = useI18n();
  const id = useId();
  // The overview renders the new month a step behind the list (app.tsx defers it): until it has,
  // the list keeps showing the month picked instead of springing back to the one on screen.
  const [picked, setPicked] = useState<{ from: Period | null; to: Period } | null>(null);
  const shown = picked !== null && picked.from === value ? picked.to : value;
  const periods = [...months];
  // A month from the link that is not in the list still shows as chosen.
  if (shown !== null && !periods.includes(shown)) periods.push(shown);
  return (
    <div className="as-of">
      <label htmlFor={id}>{t('asOf.label')}</label>
      <select
        id={id}
        value={shown ?? ''}
        disabled={periods.length === 0}
        onChange={(event) => {
          setPicked({ from: value, to: event.target.value });
          onChange(event.target.value);
        }}
      >
        {periods.length === 0 ? <option value="">…</option> : null}
        {periods.map((period) => (
          <option key={period} value={period}>
            {period === latest ? t('asOf.latest', { period: formatPeriod(period, locale) }) : formatPeriod(period, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
