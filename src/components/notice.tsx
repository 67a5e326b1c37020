import type { ReactNode } from 'react';

/**
 * A notice about the page itself, e.g. a link parameter that could not be used. Announced
 * politely; its text wraps anywhere, so a long quoted value never widens the page.
 */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
