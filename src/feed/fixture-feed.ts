/**
 * Where the built-in fixture feed lives, on the page's own origin. Only the MSW worker answers
 * here; in `http` mode nothing does.
 */
export const FIXTURE_FEED_PATH = '/fixture-feed/api/v1';

export function fixtureFeedBaseUrl(origin: string): string {
  return `${origin}${FIXTURE_FEED_PATH}`;
}
