import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './location';

/**
 * An ordinary link (it can be opened in a new tab, copied, bookmarked) that navigates in place on
 * a plain click.
 */
export function AppLink({ href, children, className, 'aria-label': ariaLabel }: { href: string; children: ReactNode; className?: string; 'aria-label'?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
    // The link that had focus is gone with the old view: start the new one at its main region,
    // as a page load would for a screen reader.
    requestAnimationFrame(() => document.getElementById('main')?.focus());
  };
  return (
    <a href={href} className={className} aria-label={ariaLabel} onClick={onClick}>
      {children}
    </a>
  );
}
