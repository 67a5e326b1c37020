/**
 * Where global-setup serves things. Every server binds 127.0.0.1 so the tests never depend on
 * how `localhost` resolves (IPv4 vs IPv6) on the machine.
 */
const HOST = '127.0.0.1';

// E2E_PORT_BASE moves the four servers, so two checkouts can run their suites side by side.
const BASE = Number(process.env.E2E_PORT_BASE ?? 4173);

export const PORTS = {
  fixturesApp: BASE,
  feed: BASE + 1,
  httpApp: BASE + 2,
  invalidConfigApp: BASE + 3,
  /** `vite preview`, started by preview-server.spec.ts itself. */
  preview: BASE + 4,
  v2App: BASE + 5,
  publishedApp: BASE + 6,
} as const;

/** The built app with its shipped config.json: fixtures mode, MSW in the browser. */
export const FIXTURES_APP_URL = `http://${HOST}:${PORTS.fixturesApp}`;
/** The real feed server speaking feed contract v1. */
export const FEED_ORIGIN = `http://${HOST}:${PORTS.feed}`;
export const FEED_BASE_URL = `${FEED_ORIGIN}/api/v1`;
/** The same build, its config.json replaced at "deploy time" to point at the feed server. */
export const HTTP_APP_URL = `http://${HOST}:${PORTS.httpApp}`;
/** The same build with a config.json that fails validation. */
export const INVALID_CONFIG_APP_URL = `http://${HOST}:${PORTS.invalidConfigApp}`;
/** The real feed server speaking feed contract v2: a catalogue with a fifth KPI, and the published dataset. */
export const FEED_V2_BASE_URL = `${FEED_ORIGIN}/api/v2`;
/** The build pointed at the v2 feed. */
export const V2_APP_URL = `http://${HOST}:${PORTS.v2App}`;
/** The build pointed at its own static published dataset (`/feeds/published`, static-files layout). */
export const PUBLISHED_APP_URL = `http://${HOST}:${PORTS.publishedApp}`;
