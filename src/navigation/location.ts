import { useSyncExternalStore } from 'react';

/**
 * The page URL as application state: views read it, controls write it, and back/forward restore
 * it. A tiny store over the History API; the app has two routes and needs no router library.
 */
const NAVIGATE_EVENT = 'app:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function snapshot(): string {
  return window.location.href;
}

/** The current URL; re-renders on every navigation. */
export function useLocationUrl(): URL {
  return new URL(useSyncExternalStore(subscribe, snapshot, snapshot));
}

/** Goes to `href` (same origin) without reloading. `replace` keeps the history entry. */
export function navigate(href: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (url.href === window.location.href) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Sets (or, with `null`, removes) search parameters of the current URL, keeping the others. */
export function updateSearchParams(updates: Record<string, string | null>, { replace = true }: { replace?: boolean } = {}): void {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(updates)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  navigate(url.href, { replace });
}
