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
 * this one can only narrow the first: requests go to this origin and the configured feed alone,
 * and the mock service worker may run in fixtures mode only.
 */
export function feedPolicy(feed: FeedConfig): string {
  if (feed.mode === 'fixtures') return "connect-src 'self'; worker-src 'self'";
  return `connect-src 'self' ${new URL(feed.baseUrl).origin}; worker-src 'none'`;
}

/**
 * The policy a server should send as a header: the base policy with `connect-src` and
 * `worker-src` narrowed for the configured feed, plus `frame-ancestors 'none'`, which a meta tag
 * cannot carry (no other site may frame the dashboard). `npm run preview` sends it, and the
 * README's sample headers are this policy for a feed at https://feed.example.org. `null` (no valid
 * config.json) gets the narrowest: the app then only shows its configuration error.
 */
export function deploymentPolicy(feed: FeedConfig | null): string {
  const narrowing = feed === null ? "connect-src 'self'; worker-src 'none'" : feedPolicy(feed);
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
