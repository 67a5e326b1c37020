import { useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, RefObject } from 'react';

/** Seconds a slide stays up under auto-advance. */
export const AUTO_ADVANCE_SECONDS = 20;
/** Controls hide after this long without the mouse moving. */
const IDLE_MS = 2500;
/** A horizontal touch movement longer than this is a swipe. */
const SWIPE_PX = 50;

interface Options {
  slide: number;
  count: number;
  onSlideChange: (slide: number) => void;
  onExit: () => void;
  /** N: the presenter-notes window (the deck only; the notes window has none). */
  onOpenNotes?: (() => void) | undefined;
  rootRef: RefObject<HTMLElement | null>;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

/**
 * Keyboard, presentation-remote, touch and timer control of the deck. Remotes send PageDown and
 * PageUp (some also "." or "b" to blank), so both key families move the deck.
 */
export function usePresenterControls({ slide, count, onSlideChange, onExit, onOpenNotes, rootRef }: Options) {
  const [isBlank, setIsBlank] = useState(false);
  const [isIdle, setIsIdle] = useState(true);
  const [isFullscreen, setIsFullscreen] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [auto, setAuto] = useState<{ isRunning: boolean; deadline: number; wasPaused: boolean }>({ isRunning: false, deadline: 0, wasPaused: false });
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const swipeStart = useRef<number | null>(null);

  // Set once the presenter moves the deck: the link's notices have been seen by then.
  const [hasMoved, setHasMoved] = useState(false);
  const go = (target: number) => {
    setHasMoved(true);
    onSlideChange(Math.min(count, Math.max(1, target)));
  };
  const next = () => go(slide + 1);
  const previous = () => go(slide - 1);
  const pauseAuto = () => setAuto((state) => (state.isRunning ? { ...state, isRunning: false, wasPaused: true } : state));
  const toggleAuto = () => {
    const time = Date.now();
    setNow(time);
    setAuto((state) => ({ isRunning: !state.isRunning, deadline: time + AUTO_ADVANCE_SECONDS * 1000, wasPaused: state.isRunning }));
  };
  const toggleBlank = () => setIsBlank((blank) => !blank);
  const toggleFullscreen = () => {
    if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => undefined);
    else void (rootRef.current ?? document.documentElement).requestFullscreen?.().catch(() => undefined);
  };

  // The latest handlers, read by the long-lived listeners below.
  const latest = useRef({ next, previous, go, onExit, onOpenNotes, toggleBlank, toggleFullscreen, pauseAuto, isBlank, count, slide });
  useEffect(() => {
    latest.current = { next, previous, go, onExit, onOpenNotes, toggleBlank, toggleFullscreen, pauseAuto, isBlank, count, slide };
  });
  const advancedFor = useRef<number | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const handlers = latest.current;
      const isOnButton = event.target instanceof HTMLButtonElement;
      // Enter or Space on a focused control presses that control, which decides for itself.
      if (isOnButton && (event.key === 'Enter' || event.key === ' ')) return;
      // Any other key is input: it pauses auto-advance, and on a blank screen it only brings the
      // slide back.
      handlers.pauseAuto();
      if (handlers.isBlank) {
        event.preventDefault();
        handlers.toggleBlank();
        return;
      }
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          event.preventDefault();
          handlers.next();
          return;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          handlers.previous();
          return;
        case ' ':
          event.preventDefault();
          if (event.shiftKey) handlers.previous();
          else handlers.next();
          return;
        case 'Home':
          event.preventDefault();
          handlers.go(1);
          return;
        case 'End':
          event.preventDefault();
          handlers.go(handlers.count);
          return;
        case 'Escape':
          handlers.onExit();
          return;
        case 'f':
        case 'F':
          handlers.toggleFullscreen();
          return;
        case 'b':
        case 'B':
        case '.':
          handlers.toggleBlank();
          return;
        case 'n':
        case 'N':
          handlers.onOpenNotes?.();
          return;
        default:
          if (/^[1-9]$/.test(event.key) && Number(event.key) <= handlers.count) handlers.go(Number(event.key));
      }
    };
    const onFullscreenChange = () => setIsFullscreen(document.fullscreenElement !== null);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, []);

  // Auto-advance counts down to a deadline on the clock rather than counting ticks, so a busy or
  // throttled tab still moves on time; the last slide ends it.
  useEffect(() => {
    if (!auto.isRunning) return undefined;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time < auto.deadline) return;
      const { slide: shown, count: total, go: goTo } = latest.current;
      if (shown >= total) {
        setAuto({ isRunning: false, deadline: 0, wasPaused: false });
        return;
      }
      // Until React renders the new deadline this interval may tick again: advance once only.
      if (advancedFor.current === auto.deadline) return;
      advancedFor.current = auto.deadline;
      goTo(shown + 1);
      setAuto((state) => ({ ...state, deadline: time + AUTO_ADVANCE_SECONDS * 1000 }));
    }, 250);
    return () => clearInterval(timer);
  }, [auto.isRunning, auto.deadline]);

  useEffect(() => () => {
    if (idleTimer.current !== null) clearTimeout(idleTimer.current);
  }, []);

  const onPointerMove = () => {
    setIsIdle(false);
    if (idleTimer.current !== null) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => setIsIdle(true), IDLE_MS);
  };
  const onPointerDown = (event: ReactPointerEvent) => {
    swipeStart.current = event.pointerType === 'touch' ? event.clientX : null;
    // A press on a control is that control's business (the auto-advance button would otherwise
    // pause and restart itself); a press anywhere else is input that pauses auto-advance.
    if (event.target instanceof Element && event.target.closest('button') !== null) return;
    pauseAuto();
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (start === null) return;
    const distance = event.clientX - start;
    if (Math.abs(distance) >= SWIPE_PX) {
      if (distance < 0) next();
      else previous();
    }
  };

  const secondsLeft = Math.max(0, Math.ceil((auto.deadline - now) / 1000));
  return { hasMoved, isBlank, isIdle, isFullscreen, auto: { ...auto, secondsLeft }, next, previous, toggleAuto, toggleBlank, toggleFullscreen, onPointerMove, onPointerDown, onPointerUp };
}
