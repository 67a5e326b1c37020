import { queryOptions, useQuery } from '@tanstack/react-query';
import type { KpiDefinition } from '../kpi/kpi-definitions';
import { isTransientFeedError, retryDelayMs } from './feed-error';
import { builtInCatalogue, fetchCatalogue } from './fetch-catalogue';
import type { FeedLayout } from './feed-request';
import { fetchObservations } from './fetch-observations';
import { shareRefresh } from './keep-last-good';

/**
 * How every feed request is made (from config.json): timeout, retries, and the feed's URL layout.
 * The whole series is fetched once per KPI; the as-of month is applied on the client, so moving
 * it never refetches. The feed's base URL is part of every key: a different feed is different data.
 */
export interface FeedRequestPolicy {
  timeoutMs: number;
  retries: number;
  layout?: FeedLayout;
  /** `built-in`: the feed speaks contract v1 and is not asked for a catalogue. */
  catalogue?: 'auto' | 'built-in';
}

const DEFAULT_POLICY: FeedRequestPolicy = { timeoutMs: 15_000, retries: 0 };

function retryOptions(policy: FeedRequestPolicy) {
  return {
    // TanStack Query counts failures from 0 here: `< retries` allows exactly `retries` further tries.
    retry: (failureCount: number, error: unknown) => failureCount < policy.retries && isTransientFeedError(error),
    retryDelay: (attempt: number) => retryDelayMs(attempt),
  };
}

/**
 * The catalogue changes once a year or so: it is read once per page load, and again only when the
 * user asks for fresh data (Refresh re-fetches every `['feed', baseUrl]` query). No timer refetches
 * it, so the deck, whose data are frozen while someone talks over it, stays frozen.
 */
export function catalogueQueryOptions(baseUrl: string, policy: FeedRequestPolicy = DEFAULT_POLICY) {
  const layout = policy.layout ?? 'api';
  return queryOptions({
    queryKey: ['feed', baseUrl, 'kpis'] as const,
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: false,
    refetchOnReconnect: false,
    queryFn: ({ signal }) =>
      policy.catalogue === 'built-in' ? builtInCatalogue() : fetchCatalogue({ baseUrl, layout }, { signal, timeoutMs: policy.timeoutMs }),
    ...retryOptions(policy),
  });
}

export function observationsQueryOptions(baseUrl: string, definition: KpiDefinition, policy: FeedRequestPolicy = DEFAULT_POLICY) {
  const layout = policy.layout ?? 'api';
  return queryOptions({
    // The definition (its unit) is part of what the answer is checked against: a catalogue that
    // changes a KPI's unit must re-validate its observations.
    queryKey: ['feed', baseUrl, 'kpis', definition.id, 'observations', definition.unit] as const,
    queryFn: ({ signal }) => fetchObservations({ baseUrl, layout, definition, signal, timeoutMs: policy.timeoutMs }),
    // A refresh never silently replaces good data with less, and marks the figures it revised.
    structuralSharing: shareRefresh,
    ...retryOptions(policy),
  });
}

export function useObservations(baseUrl: string, definition: KpiDefinition, policy?: FeedRequestPolicy) {
  return useQuery(observationsQueryOptions(baseUrl, definition, policy));
}

export function useCatalogue(baseUrl: string, policy?: FeedRequestPolicy) {
  return useQuery(catalogueQueryOptions(baseUrl, policy));
}
