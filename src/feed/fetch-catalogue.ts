import { BUILT_IN_CATALOGUE } from './built-in-catalogue';
import { parseCatalogue } from './catalogue-schema';
import type { CatalogueItem } from './catalogue-schema';
import { catalogueUrl, fetchFeedJson } from './feed-request';
import type { FeedEndpoint } from './feed-request';

export interface Catalogue {
  /** `feed`: the feed's own catalogue (contract v2); `built-in`: the feed answered 404 (v1). */
  origin: 'feed' | 'built-in';
  items: CatalogueItem[];
}

/**
 * `GET {baseUrl}/kpis`. A feed that answers 404 speaks contract v1: the dashboard shows the 2020
 * KPIs of its built-in catalogue. Rejects only with a `FeedError` (or an abort).
 */
export async function fetchCatalogue(endpoint: FeedEndpoint, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<Catalogue> {
  const answer = await fetchFeedJson(catalogueUrl(endpoint), '(catalogue)', options);
  if (answer.kind === 'not-found') return builtInCatalogue();
  return { origin: 'feed', items: parseCatalogue(answer.body) };
}

/** The built-in 2020 catalogue, for a contract v1 feed. */
export function builtInCatalogue(): Catalogue {
  return { origin: 'built-in', items: BUILT_IN_CATALOGUE.map((definition) => ({ kind: 'kpi', definition })) };
}
