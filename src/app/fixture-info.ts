/** What the app knows of the fixture feed it runs on (fixtures mode only). */
export interface FixtureInfo {
  scenario: string;
  unknownScenario: string | null;
  scenarios: readonly string[];
}
