import { useState } from 'react';
import { makePeriod, periodMonth, periodYear } from '../kpi/period';
import type { Period } from '../kpi/period';
import { formatMonthName } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

/**
 * A month in the page's language: a year field and a month list ("6月", "Jun"), not the browser's
 * month picker, which speaks the browser's language ("January 2020" inside a Chinese page) and is
 * missing in some browsers. A series can span thousands of years, so the year is typed, not listed.
 * Months outside `min`–`max` cannot be chosen; a half-typed year stays in the field until it is one.
 */
export function MonthField({ label, value, min, max, onChange }: { label: string; value: Period; min: Period; max: Period; onChange: (period: Period) => void }) {
  const { locale, t } = useI18n();
  const [yearDraft, setYearDraft] = useState<string | null>(null);
  const year = periodYear(value);
  const month = periodMonth(value);
  const clamp = (period: Period): Period => (period < min ? min : period > max ? max : period);
  return (
    <div className="month-field" role="group" aria-label={label} data-value={value}>
      <input
        type="number"
        inputMode="numeric"
        aria-label={t('field.year', { label })}
        min={periodYear(min)}
        max={periodYear(max)}
        value={yearDraft ?? String(year)}
        onChange={(event) => {
          const next = event.target.value;
          if (/^\d{4}$/.test(next) && Number(next) >= periodYear(min) && Number(next) <= periodYear(max)) {
            setYearDraft(null);
            onChange(clamp(makePeriod(Number(next), month)));
          } else {
            setYearDraft(next);
          }
        }}
        onBlur={() => setYearDraft(null)}
      />
      <select aria-label={t('field.month', { label })} value={month} onChange={(event) => onChange(clamp(makePeriod(year, Number(event.target.value))))}>
        {Array.from({ length: 12 }, (_, index) => index + 1).map((candidate) => {
          const period = makePeriod(year, candidate);
          return (
            <option key={candidate} value={candidate} disabled={period < min || period > max}>
              {formatMonthName(candidate, locale)}
            </option>
          );
        })}
      </select>
    </div>
  );
}
