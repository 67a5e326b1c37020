import { useId } from 'react';
import { periodRange } from '../../kpi/period';
import type { Period } from '../../kpi/period';
import { formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';

/** Chooses the month the whole overview is evaluated at; the latest month comes first. */
export function AsOfSelect({ first, last, value, onChange }: { first: Period | null; last: Period | null; value: Period | null; onChange: (asOf: Period) => void }) {
  const { locale, t } = useI18n();
  const id = useId();
  const periods = first !== null && last !== null ? periodRange(first, last).reverse() : [];
  return (
    <div className="as-of">
      <label htmlFor={id}>{t('asOf.label')}</label>
      <select id={id} value={value ?? ''} disabled={periods.length === 0} onChange={(event) => onChange(event.target.value)}>
        {periods.length === 0 ? <option value="">…</option> : null}
        {periods.map((period) => (
          <option key={period} value={period}>
            {period === last ? t('asOf.latest', { period: formatPeriod(period, locale) }) : formatPeriod(period, locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
