import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KpiId } from '../kpi/kpi-definitions';
import { isTransientFeedError, retryDelayMs } from './feed-error';
import { fetchObservations } from './fetch-observations';

/**
 * The whole series is fetched once per KPI; the as-of month is applied on the client, so moving
 * it never refetches. The feed's base URL is part of the key: a different feed is different data.
 */
export interface FeedRequestPolicy {
  timeoutMs: number;
  retries: number;
}

export function observationsQueryOptions(baseUrl: string, kpiId: KpiId, policy: FeedRequestPolicy = { timeoutMs: 15_000, retries: 0 }) {
  return queryOptions({
    queryKey: ['feed', baseUrl, 'kpis', kpiId, 'observations'] as const,
    queryFn: ({ signal }) => fetchObservations({ baseUrl, kpiId, signal, timeoutMs: policy.timeoutMs }),
    // TanStack Query counts failures from 0 here: `< retries` allows exactly `retries` further tries.
    retry: (failureCount, error) => failureCount < policy.retries && isTransientFeedError(error),
    retryDelay: (attempt) => retryDelayMs(attempt),
  });
}

export function useObservations(baseUrl: string, kpiId: KpiId, policy?: FeedRequestPolicy) {
  return useQuery(observationsQueryOptions(baseUrl, kpiId, policy));
}
