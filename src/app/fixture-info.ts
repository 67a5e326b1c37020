/** What the app knows of the fixture feed it runs on (fixtures mode only). */
export interface FixtureInfo {
  scenario: string;
  /** The `scenario` parameter, quoted for a notice, when it named no fixture scenario. */
  unknownScenario: string | null;
  scenarios: readonly string[];
}
