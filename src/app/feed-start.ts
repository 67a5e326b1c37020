import type { QueryClient } from '@tanstack/react-query';
import { usableDefinitions } from '../feed/catalogue-schema';
import { catalogueQueryOptions, observationsQueryOptions } from '../feed/observations-query';
import type { FeedRequestPolicy } from '../feed/observations-query';
import type { Route } from '../navigation/routes';
import type { RuntimeConfig } from './runtime-config';

/** How every feed request is made, from config.json: the timeout, retries, layout and catalogue. */
export function feedRequestPolicy(config: RuntimeConfig): FeedRequestPolicy {
  return {
    timeoutMs: config.requestTimeoutSeconds * 1000,
    retries: config.retries,
    layout: config.feed.mode === 'http' ? (config.feed.layout ?? 'api') : 'api',
    catalogue: config.feed.mode === 'http' ? (config.feed.catalogue ?? 'auto') : 'auto',
  };
}

/**
 * Starts the requests the first view will make, as soon as the configuration is known and before
 * React's first render (issue 12): the catalogue, then the observations of every KPI the view
 * shows (one for a detail view, none for an unknown page). The queries are the views' own (same
 * keys and options), so a view that mounts meanwhile joins the request instead of repeating it.
 * Never rejects: a failure stays in the query, where the view reports it.
 */
export async function prefetchFeed(queryClient: QueryClient, feedBaseUrl: string, policy: FeedRequestPolicy, route: Route): Promise<void> {
  if (route.name === 'not-found') return;
  let items;
  try {
    ({ items } = await queryClient.fetchQuery(catalogueQueryOptions(feedBaseUrl, policy)));
  } catch {
    return;
  }
  const definitions = usableDefinitions(items).filter((definition) => route.name !== 'kpi-detail' || definition.id === route.kpiId);
  await Promise.all(definitions.map((definition) => queryClient.prefetchQuery(observationsQueryOptions(feedBaseUrl, definition, policy))));
}
