import type { APIRequestContext } from '@playwright/test';
import { FEED_ORIGIN } from './urls';
import type { KpiKey } from './kpis';
import { KPIS } from './kpis';
import type { FeedFault } from './servers/feed-server';

/**
 * Makes the real feed server (started once, in global setup) fail for one KPI. The fault is
 * global to the run: a test that sets one resets it, and lives in a file whose tests run serially.
 */
export async function setFeedFault(request: APIRequestContext, key: KpiKey, fault: FeedFault | null) {
  const response = await request.post(`${FEED_ORIGIN}/__control`, { data: { kpiId: KPIS[key].id, fault } });
  if (!response.ok()) throw new Error(`feed control refused: ${response.status()} ${await response.text()}`);
}

export async function resetFeedFaults(request: APIRequestContext) {
  const response = await request.post(`${FEED_ORIGIN}/__control`, { data: { reset: true } });
  if (!response.ok()) throw new Error(`feed control refused: ${response.status()} ${await response.text()}`);
}
