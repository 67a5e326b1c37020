import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { isScenario } from './scenarios';
import type { Scenario } from './scenarios';

export interface FixtureWorkerStart {
  scenario: Scenario;
  /** The `?scenario=` value when it named no scenario (the normal one was started instead). */
  unknownScenario: string | null;
}

/** Starts the MSW worker that serves the fixture feed. Only ever imported dynamically. */
export async function startFixtureWorker(scenarioParam: string | null): Promise<FixtureWorkerStart> {
  const scenario = isScenario(scenarioParam) ? scenarioParam : 'normal';
  const worker = setupWorker(...createHandlers(scenario));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Only the fixture feed is mocked; the app's own files and anything else go to the network.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { scenario, unknownScenario: scenarioParam !== null && !isScenario(scenarioParam) ? scenarioParam : null };
}
