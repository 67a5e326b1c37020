import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { ObservationsResult } from '../../feed/fetch-observations';
import { useFeedPolicy } from '../../feed/feed-policy';
import { observationsQueryOptions } from '../../feed/observations-query';
import { KPI_IDS } from '../../kpi/kpi-definitions';
import type { KpiId } from '../../kpi/kpi-definitions';

export type FrozenSeries = Record<KpiId, { result: ObservationsResult | null; error: unknown }>;

/**
 * Every KPI's series, captured once all have settled and never updated after: a presentation must
 * not refetch or relayout while someone is talking over it.
 */
export function useFrozenSeries(feedBaseUrl: string): FrozenSeries | null {
  const policy = useFeedPolicy();
  const queries = useQueries({
    queries: KPI_IDS.map((id) => ({
      ...observationsQueryOptions(feedBaseUrl, id, policy),
      refetchInterval: false as const,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const [frozen, setFrozen] = useState<FrozenSeries | null>(null);
  const isSettled = queries.every((query) => !query.isPending);
  if (frozen === null && isSettled) {
    const snapshot = Object.fromEntries(
      KPI_IDS.map((id, index) => {
        const query = queries[index];
        return [id, { result: query?.data ?? null, error: query?.data === undefined ? (query?.error ?? null) : null }];
      }),
    ) as FrozenSeries;
    // Setting state during render is React's pattern for state derived once from props.
    setFrozen(snapshot);
  }
  return frozen;
}
