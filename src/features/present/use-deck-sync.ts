import { useEffect, useEffectEvent, useRef } from 'react';

/** The channel the deck and its presenter-notes window turn pages on (same origin only). */
export const DECK_CHANNEL = 'ip-kpi-deck';

interface DeckMessage {
  slide: number;
}

function isDeckMessage(data: unknown): data is DeckMessage {
  return typeof data === 'object' && data !== null && Number.isInteger((data as { slide?: unknown }).slide);
}

/**
 * Keeps the deck and its presenter-notes window on the same slide: a page turned in either is
 * posted on a BroadcastChannel and followed by the other. The slide a window opens at is not
 * posted, so opening the notes never moves the deck; a slide that came from the channel is not
 * posted back.
 */
export function useDeckSync(slide: number, count: number, onSlideChange: (slide: number) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const lastSeen = useRef(slide);
  const follow = useEffectEvent((next: number) => {
    lastSeen.current = next;
    if (next !== slide && next >= 1 && next <= count) onSlideChange(next);
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const opened = new BroadcastChannel(DECK_CHANNEL);
    channel.current = opened;
    opened.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isDeckMessage(event.data)) follow(event.data.slide);
    });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    if (slide === lastSeen.current) return;
    lastSeen.current = slide;
    channel.current?.postMessage({ slide } satisfies DeckMessage);
  }, [slide]);
}
