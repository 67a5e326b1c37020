import { FeedError } from '../feed/feed-error';
import { formatPeriod } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import type { Translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { isPeriod } from '../kpi/period';

/** A feed error in the page's language. Feed-provided text is only ever rendered as text. */
export function describeFeedError(error: unknown, t: Translate, locale: Locale): string {
  if (!(error instanceof FeedError)) {
    return t('feed.unexpected', { received: error instanceof Error ? error.message : String(error) });
  }
  const { code, details } = error;
  const received = details.received ?? '';
  switch (code) {
    case 'invalid-entry': {
      const period = details.period;
      return t('feed.invalid-entry', {
        entry: details.entry ?? '?',
        periodNote: period !== undefined && isPeriod(period) ? t('feed.invalid-entry.period', { period: formatPeriod(period, locale) }) : '',
        problem: details.problem !== undefined ? t(`feed.problem.${details.problem}`) : '',
        received,
      });
    }
    case 'duplicate-period':
      return t('feed.duplicate-period', {
        entry: details.entry ?? '?',
        period: details.period !== undefined && isPeriod(details.period) ? formatPeriod(details.period, locale) : (details.period ?? ''),
      });
    default:
      return t(`feed.${code}`, {
        status: details.status ?? '',
        seconds: details.seconds ?? '',
        field: details.field ?? '',
        expected: details.expected ?? '',
        received,
      });
  }
}

export function FeedErrorMessage({ error }: { error: unknown }) {
  const { t, locale } = useI18n();
  return <>{describeFeedError(error, t, locale)}</>;
}

/** A KPI's feed error with its retry button, as the card and the detail view show it. */
export function FeedErrorAlert({ error, isRetrying, onRetry }: { error: unknown; isRetrying: boolean; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="kpi-error" role="alert">
      <p>
        <FeedErrorMessage error={error} />
      </p>
      <button type="button" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? t('card.retrying') : t('card.retry')}
      </button>
    </div>
  );
}
