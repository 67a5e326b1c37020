import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { ObservationsResult } from '../../feed/fetch-observations';
import { useFeedPolicy } from '../../feed/feed-policy';
import { observationsQueryOptions } from '../../feed/observations-query';
import type { KpiDefinition } from '../../kpi/kpi-definitions';

export interface FrozenKpi {
  definition: KpiDefinition;
  result: ObservationsResult | null;
  error: unknown;
}

/** Every KPI's series, in catalogue order. */
export type FrozenSeries = readonly FrozenKpi[];

/**
 * Every KPI's series, captured once all have settled and never updated after: a presentation must
 * not refetch or relayout while someone is talking over it.
 */
export function useFrozenSeries(feedBaseUrl: string, definitions: readonly KpiDefinition[]): FrozenSeries | null {
  const policy = useFeedPolicy();
  const queries = useQueries({
    queries: definitions.map((definition) => ({
      ...observationsQueryOptions(feedBaseUrl, definition, policy),
      refetchInterval: false as const,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      staleTime: Number.POSITIVE_INFINITY,
    })),
  });
  const [frozen, setFrozen] = useState<FrozenSeries | null>(null);
  const isSettled = queries.every((query) => !query.isPending);
  if (frozen === null && isSettled) {
    const snapshot = definitions.map((definition, index) => {
      const query = queries[index];
      return { definition, result: query?.data ?? null, error: query?.data === undefined ? (query?.error ?? null) : null };
    });
    // Setting state during render is React's pattern for state derived once from props.
    setFrozen(snapshot);
  }
  return frozen;
}
