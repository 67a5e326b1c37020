import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KpiId } from '../kpi/kpi-definitions';
import { fetchObservations } from './fetch-observations';

/**
 * The whole series is fetched once per KPI; the as-of month is applied on the client, so moving
 * it never refetches. The feed's base URL is part of the key: a different feed is different data.
 */
export function observationsQueryOptions(baseUrl: string, kpiId: KpiId) {
  return queryOptions({
    queryKey: ['feed', baseUrl, 'kpis', kpiId, 'observations'] as const,
    queryFn: ({ signal }) => fetchObservations({ baseUrl, kpiId, signal }),
  });
}

export function useObservations(baseUrl: string, kpiId: KpiId) {
  return useQuery(observationsQueryOptions(baseUrl, kpiId));
}
