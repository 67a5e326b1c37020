import { quoteParam } from '../navigation/url-params';
import type { FixtureInfo } from './fixture-info';

/**
 * Starts the fixture feed. MSW and the fixtures are imported dynamically so that in `http` mode
 * not one byte of them is downloaded.
 */
export async function startFixtures(scenarioParam: string | null): Promise<FixtureInfo> {
  const [{ startFixtureWorker }, { SCENARIOS }] = await Promise.all([
    import('../../mocks/browser'),
    import('../../mocks/scenarios'),
  ]);
  const started = await startFixtureWorker(scenarioParam);
  // `?scenario=` is a link parameter like any other: its notice quotes at most 60 characters.
  const unknownScenario = started.unknownScenario === null ? null : quoteParam(started.unknownScenario);
  return { ...started, unknownScenario, scenarios: SCENARIOS };
}
