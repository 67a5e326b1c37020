import { useId } from 'react';
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
  const periods = [...months];
  // A month from the link that is not in the list still shows as chosen.
  if (value !== null && !periods.includes(value)) periods.push(value);
  return (
    <div className="as-of">
      <label htmlFor={id}>{t('asOf.label')}</label>
      <select id={id} value={value ?? ''} disabled={periods.length === 0} onChange={(event) => onChange(event.target.value)}>
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
