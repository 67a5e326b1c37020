import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { nextTask } from '../feed/next-task';

/*
 * Charts take turns to be drawn, one per task. recharts' first drawing of a chart runs its store
 * updates synchronously, so the four charts of the overview drawn together were one main-thread
 * task of several hundred milliseconds (issue 12); one at a time, each is its own shorter task
 * and the page answers input in between. A chart asks for its turn once it has been measured (a
 * chart that is never laid out never holds the turn), and hands it on once drawn.
 */

const waiting: (() => void)[] = [];
let isTurnTaken = false;

function grantNext(): void {
  const next = waiting.shift();
  isTurnTaken = next !== undefined;
  next?.();
}

/** Hands the turn on in a later task, after the browser has painted and handled input. */
function handOn(): void {
  void nextTask().then(grantNext);
}

// Every chart must be on paper: printing draws the waiting ones at once, before the layout.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    flushSync(() => {
      while (waiting.length > 0) grantNext();
    });
  });
}

type Phase = 'idle' | 'waiting' | 'granted' | 'done';

function leaveQueue(turn: (() => void) | null): void {
  const index = turn === null ? -1 : waiting.indexOf(turn);
  if (index >= 0) waiting.splice(index, 1);
}

/**
 * `true` once this chart may be drawn: it asks when `isReady` (measured), and the turn passes to
 * the next chart after this one has been drawn with it (or is unmounted before).
 */
export function useChartTurn(isReady: boolean): boolean {
  const [hasTurn, setHasTurn] = useState(false);
  const phase = useRef<Phase>('idle');
  const queued = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!isReady || phase.current === 'done') return undefined;
    const turn = () => {
      phase.current = 'granted';
      setHasTurn(true);
    };
    phase.current = 'waiting';
    queued.current = turn;
    waiting.push(turn);
    if (!isTurnTaken) grantNext();
    return () => {
      if (phase.current === 'waiting') leaveQueue(turn);
      // Unmounted between its turn and its drawing: the others must not wait for it.
      else if (phase.current === 'granted') handOn();
      if (phase.current !== 'done') phase.current = 'idle';
    };
  }, [isReady]);
  useEffect(() => {
    if (!hasTurn || phase.current === 'done') return;
    // Committed with its turn: its children's effects, recharts' among them, have run.
    if (phase.current === 'granted') handOn();
    // (React's development double run can leave a second request queued: it is not needed.)
    else leaveQueue(queued.current);
    phase.current = 'done';
  }, [hasTurn]);
  return hasTurn;
}
