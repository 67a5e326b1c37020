import type { ReactNode } from 'react';
import type { CatalogueItem } from '../feed/catalogue-schema';
import { useFeedPolicy } from '../feed/feed-policy';
import { useCatalogue } from '../feed/observations-query';
import { FeedErrorMessage } from '../components/feed-error-message';
import { useI18n } from '../i18n/i18n-context';

/**
 * Fetches the KPI catalogue (`GET {baseUrl}/kpis`, or the built-in one for a v1 feed) before a
 * view that needs it renders. A catalogue that cannot be read says so, with a retry; the header,
 * language switch and footer stay usable around it.
 */
export function CatalogueGate({ feedBaseUrl, children }: { feedBaseUrl: string; children: (items: readonly CatalogueItem[]) => ReactNode }) {
  const { t } = useI18n();
  const query = useCatalogue(feedBaseUrl, useFeedPolicy());
  if (query.data !== undefined) return <>{children(query.data.items)}</>;
  if (query.isPending) {
    return (
      <p className="note" aria-busy="true">
        {t('catalogue.loading')}
      </p>
    );
  }
  return (
    <div className="kpi-error" role="alert" data-catalogue-error="true">
      <p>{t('feed.catalogueFailed')}</p>
      <p>
        <FeedErrorMessage error={query.error} />
      </p>
      <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
        {query.isFetching ? t('card.retrying') : t('card.retry')}
      </button>
    </div>
  );
}
