import type { FeedConfig } from './runtime-config';

/**
 * The policy the built index.html carries (a Vite plugin adds it as a meta tag; the dev server
 * goes without, since its hot reload needs inline scripts). No 'unsafe-inline', no 'unsafe-eval'.
 * `connect-src` is wide here only because the feed's origin is not known until config.json has
 * been read: `feedPolicy` then narrows it.
 */
export const BASE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Exported PNGs are drawn from an SVG data URL.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The second policy, added once config.json is known. A page enforces every policy it has, so
 * this one can only narrow the first: requests go to this origin and the configured feed alone.
 * The mock service worker (`/mockServiceWorker.js`) may run in fixtures mode only: in http mode a
 * worker may come from `appScripts` alone, the folder of the app's own built scripts, where the
 * PNG encoder's worker lives (a service worker registered from there could not control the app).
 */
export function feedPolicy(feed: FeedConfig, appScripts: string): string {
  if (feed.mode === 'fixtures') return "connect-src 'self'; worker-src 'self'";
  return `connect-src 'self' ${new URL(feed.baseUrl).origin}; worker-src ${appScripts}`;
}

/**
 * Where the app's scripts are served from, as a CSP source: the built `assets/` folder under the
 * app's base URL (the dev server serves sources from the whole origin).
 */
export function appScriptsSource(origin: string, baseUrl: string, isDev: boolean): string {
  return new URL(isDev ? baseUrl : `${baseUrl}assets/`, origin).href;
}

/**
 * The policy a server should send as a header: the base policy with `connect-src` narrowed for
 * the configured feed, plus `frame-ancestors 'none'`, which a meta tag cannot carry (no other site
 * may frame the dashboard). A server does not know the app's origin, so its `worker-src` stays
 * `'self'`; the page narrows it to its scripts' folder as soon as config.json is read
 * (`feedPolicy`). `npm run preview` sends it, and the README's sample headers are this policy for
 * a feed at https://feed.example.org. `null` (no valid config.json) gets the narrowest: the app
 * then only shows its configuration error.
 */
export function deploymentPolicy(feed: FeedConfig | null): string {
  const narrowing = feed === null ? "connect-src 'self'; worker-src 'none'" : feedPolicy(feed, "'self'");
  const narrowed = new Map(narrowing.split('; ').map((directive) => [directive.split(' ')[0], directive]));
  const directives = BASE_POLICY.split('; ').map((directive) => narrowed.get(directive.split(' ')[0]) ?? directive);
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/** Every security header a server should send with the app. */
export function securityHeaders(feed: FeedConfig | null): Record<string, string> {
  return {
    'Content-Security-Policy': deploymentPolicy(feed),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Adds `policy` to the document as a CSP meta tag. */
export function enforcePolicy(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}
