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

/** Adds `policy` to the document as a CSP meta tag. */
export function enforcePolicy(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}
