import { useEffect, useRef } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useFeedPolicy } from '../../feed/feed-policy';
import { observationsQueryOptions } from '../../feed/observations-query';
import { KPI_DEFINITIONS, KPI_IDS } from '../../kpi/kpi-definitions';
import type { KpiId } from '../../kpi/kpi-definitions';
import type { Period } from '../../kpi/period';
import { formatDateTime, formatPeriod } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { AppLink } from '../../navigation/app-link';
import { AsOfSelect } from './as-of-select';
import { KpiPanel } from './kpi-panel';
import { resolveAsOf } from '../../kpi/resolve-as-of';
import { periodSpan } from '../../kpi/series';

/** Set once every card has left its loading state; the benchmark and end-to-end tests wait on it. */
export const CARDS_SETTLED_MARK = 'kpi-cards-settled';

export interface OverviewPageProps {
  feedBaseUrl: string;
  asOfParam: string | null;
  onAsOfChange: (asOf: Period) => void;
  refreshIntervalSeconds: number | null;
  expectedLatest: { period: Period; lagMonths: number } | null;
  detailHref: (kpiId: KpiId) => string;
  presentHref: string;
  dataSource: string | null;
}

export function OverviewPage({ feedBaseUrl, asOfParam, onAsOfChange, refreshIntervalSeconds, expectedLatest, detailHref, presentHref, dataSource }: OverviewPageProps) {
  const { locale, t } = useI18n();
  const queryClient = useQueryClient();
  const policy = useFeedPolicy();
  const queries = useQueries({ queries: KPI_IDS.map((id) => observationsQueryOptions(feedBaseUrl, id, policy)) });

  const { first, last } = periodSpan(queries.map((query) => (query.data?.kind === 'observations' ? query.data.observations : [])));
  const { asOf, notice } = resolveAsOf(asOfParam, first, last);

  const isSettled = queries.every((query) => !query.isPending);
  const hasMarked = useRef(false);
  useEffect(() => {
    if (isSettled && !hasMarked.current) {
      hasMarked.current = true;
      performance.mark(CARDS_SETTLED_MARK);
    }
  }, [isSettled]);

  const isFetching = queries.some((query) => query.isFetching);
  const updatedAt = Math.max(0, ...queries.map((query) => query.dataUpdatedAt));
  const refresh = () => void queryClient.refetchQueries({ queryKey: ['feed', feedBaseUrl] });

  return (
    <>
      <div className="toolbar">
        <AsOfSelect first={first} last={last} value={asOf} onChange={onAsOfChange} />
        <button type="button" onClick={refresh} disabled={isFetching}>
          {isFetching ? t('app.refreshing') : t('app.refresh')}
        </button>
        <AppLink href={presentHref} className="present-link" aria-label={t('present.openLabel')}>
          <span aria-hidden="true">▶ </span>
          {t('present.open')}
        </AppLink>
        <p className="updated" aria-live="polite">
          {updatedAt > 0 ? t('app.lastUpdated', { time: formatDateTime(new Date(updatedAt), locale) }) : t('app.notUpdatedYet')}
          {refreshIntervalSeconds !== null ? ` · ${t('app.autoRefresh', { seconds: refreshIntervalSeconds })}` : ''}
        </p>
      </div>
      {notice !== null ? (
        <p className="notice" role="status">
          {notice.kind === 'invalid'
            ? t('asOf.invalidParam', { value: notice.value })
            : t('asOf.outOfRange', { value: notice.value, first: formatPeriod(notice.first, locale), last: formatPeriod(notice.last, locale) })}
        </p>
      ) : null}
      <div className="kpi-grid">
        {KPI_IDS.map((id, index) => {
          const query = queries[index];
          return query === undefined ? null : <KpiPanel key={id} definition={KPI_DEFINITIONS[id]} expectedLatest={expectedLatest} detailHref={detailHref(id)} dataSource={dataSource} query={query} asOf={asOf} />;
        })}
      </div>
    </>
  );
}
