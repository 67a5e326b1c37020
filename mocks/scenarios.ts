/** Fixture-feed scenarios, chosen in fixtures mode with `?scenario=`. */
export const SCENARIOS = ['normal', 'published', 'year-in-progress', 'slow', 'server-error', 'malformed', 'empty'] as const;

export type Scenario = (typeof SCENARIOS)[number];

export function isScenario(value: unknown): value is Scenario {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

/** `year-in-progress` ends here, with its last month provisional. */
export const YEAR_IN_PROGRESS_END = '2020-06';

/** `server-error` fails this many requests per KPI: the first try and the default 2 retries. */
export const SERVER_ERROR_FAILURES = 3;

/** `slow` answers after this long. */
export const SLOW_DELAY_MS = 2000;
