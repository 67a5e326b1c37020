import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import { FEED_BASE_URL, FEED_ORIGIN, HTTP_APP_URL } from './urls';
import type { KpiKey } from './kpis';
import { KPIS } from './kpis';
import type { FeedFault } from './servers/feed-server';

/** Makes the real feed server fail for one KPI, as seen by one test's page. */
export interface FeedFaults {
  set(key: KpiKey, fault: FeedFault | null): Promise<void>;
}

/**
 * Gives a test its own view of the real feed server (started once, in global setup): the http
 * app's config.json, as this page receives it, points at `/scope/<test>/api/v1`, and faults set
 * here are seen under that prefix only. A test in another worker reading the shared feed at the
 * same moment (csp.spec, exports.spec) cannot see them. The config is the deployed one with only
 * the base URL changed, as a deploy for a second feed would change it.
 */
export async function scopeFeedFaults(page: Page, request: APIRequestContext, testInfo: TestInfo): Promise<FeedFaults & { reset(): Promise<void> }> {
  const scope = `t-${testInfo.testId}-${testInfo.repeatEachIndex}-${testInfo.retry}`;
  await page.route(`${HTTP_APP_URL}/config.json`, async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as { feed: { baseUrl: string } };
    if (config.feed.baseUrl !== FEED_BASE_URL) throw new Error(`the http app's feed is ${config.feed.baseUrl}, expected ${FEED_BASE_URL}`);
    await route.fulfill({ response, json: { ...config, feed: { ...config.feed, baseUrl: `${FEED_ORIGIN}/scope/${scope}/api/v1` } } });
  });
  const control = async (data: Record<string, unknown>) => {
    const response = await request.post(`${FEED_ORIGIN}/__control`, { data: { scope, ...data } });
    if (!response.ok()) throw new Error(`feed control refused: ${response.status()} ${await response.text()}`);
  };
  return {
    set: (key, fault) => control({ kpiId: KPIS[key].id, fault }),
    reset: () => control({ reset: true }),
  };
}
