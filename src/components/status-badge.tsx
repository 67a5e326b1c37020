import type { KpiStatus } from '../kpi/kpi-status';
import { useI18n } from '../i18n/i18n-context';

export type DisplayStatus = KpiStatus | 'loading';

// Each status has its own shape as well as its own colour, so it reads in greyscale and for
// colour-blind readers; the word is always shown beside it. The shapes mean better or worse,
// never up or down (a falling review cycle is good news): a tick is good, a cross bad; heavy for
// a final result, light for a projection.
const ICONS: Record<DisplayStatus, string> = {
  met: '✔',
  'met-early': '★',
  missed: '✖',
  'on-track': '✓',
  'at-risk': '⚠',
  'off-track': '✗',
  'no-target': '–',
  'no-data': '∅',
  error: '!',
  loading: '…',
};

export function StatusBadge({ status }: { status: DisplayStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {ICONS[status]}
      </span>
      {/* Read as a sentence ("状态：进展顺利", "Status: on track"), not a bare word after the KPI's name. */}
      <span className="visually-hidden">{t('status.prefix')}</span>
      <span className="status-text">{t(`status.${status}`)}</span>
    </span>
  );
}
