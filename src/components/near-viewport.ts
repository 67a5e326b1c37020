import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far outside the viewport an element counts as near: half a screen above and below. */
export const NEAR_MARGIN = '50% 0px';

/**
 * Whether `ref`'s element is on screen or within half a screen of it (issue 12: on a long
 * overview, charts far below the fold are neither drawn at load nor redrawn on every as-of
 * change). Always `true` when not `isEnabled`, where IntersectionObserver is missing, and from the
 * moment the page is printed (every chart must be on paper).
 */
export function useNearViewport(ref: RefObject<Element | null>, isEnabled: boolean): boolean {
  const [isNear, setIsNear] = useState(!isEnabled);
  useEffect(() => {
    const element = ref.current;
    if (!isEnabled || element === null || typeof IntersectionObserver === 'undefined') {
      setIsNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1);
        if (entry !== undefined) setIsNear(entry.isIntersecting);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    const onPrint = () => {
      observer.disconnect();
      // Committed before the browser lays the page out for print.
      flushSync(() => setIsNear(true));
    };
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [ref, isEnabled]);
  return isNear;
}
