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
  return { ...started, scenarios: SCENARIOS };
}
