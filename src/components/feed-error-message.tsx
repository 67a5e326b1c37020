import { FeedError, retryDelayMs } from '../feed/feed-error';
import { useFeedPolicy } from '../feed/feed-policy';
import type { FeedRequestPolicy } from '../feed/observations-query';
import { formatPeriod } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import type { Translate } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import { isPeriod } from '../kpi/period';

/**
 * How long a feed that never answers keeps a card waiting before its error shows: every try runs
 * to its timeout, with the backoff between tries (the same `retryDelayMs` the query retries with).
 * A timeout is transient, so a timeout error always comes after the last try.
 */
export function feedGiveUpSeconds(policy: FeedRequestPolicy): number {
  let ms = (policy.retries + 1) * policy.timeoutMs;
  for (let attempt = 0; attempt < policy.retries; attempt += 1) ms += retryDelayMs(attempt);
  return Math.round(ms / 1000);
}

/** A feed error in the page's language. Feed-provided text is only ever rendered as text. */
export function describeFeedError(error: unknown, t: Translate, locale: Locale, policy: FeedRequestPolicy): string {
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
    case 'timeout':
      // The card waited for every try, not for one: the message says how long it really waited.
      return policy.retries === 0
        ? t('feed.timeout', { seconds: details.seconds ?? Math.round(policy.timeoutMs / 1000) })
        : t('feed.timeoutRetried', { total: feedGiveUpSeconds(policy), tries: policy.retries + 1, seconds: details.seconds ?? Math.round(policy.timeoutMs / 1000) });
    case 'duplicate-period':
    case 'duplicate-vintage':
      return t(`feed.${code}`, {
        entry: details.entry ?? '?',
        period: details.period !== undefined && isPeriod(details.period) ? formatPeriod(details.period, locale) : (details.period ?? ''),
        date: details.received ?? '',
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
  return <>{describeFeedError(error, t, locale, useFeedPolicy())}</>;
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
