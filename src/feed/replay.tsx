import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { asKnownOn } from '../kpi/vintages';
import type { ObservationsResult } from './fetch-observations';

/**
 * Known-on replay (`?knownOn=YYYY-MM-DD`): every view shows the figures as they had been
 * published by that day, so a view cited then can be reproduced now. The feed's answers are
 * cached as they are; the replay is applied where they are read, by `replayResult`.
 */

/** What a replay left out or could not place, for the page to say. */
export interface ReplaySummary {
  knownOn: string;
  hiddenPeriods: number;
  undatedFigures: number;
  earlierFigures: number;
}

export type ReplayedResult = ObservationsResult & { replay?: ReplaySummary };

const replays = new WeakMap<ObservationsResult, Map<string, ReplayedResult>>();

/**
 * `result` as known on `knownOn` (unchanged when `knownOn` is `null`). The same answer and day
 * give the same instance, so a replay re-renders nothing when neither changes.
 */
export function replayResult(result: ObservationsResult, knownOn: string | null): ReplayedResult;
export function replayResult(result: ObservationsResult | undefined, knownOn: string | null): ReplayedResult | undefined;
export function replayResult(result: ObservationsResult | undefined, knownOn: string | null): ReplayedResult | undefined {
  if (knownOn === null || result === undefined || result.kind !== 'observations') return result;
  let byDay = replays.get(result);
  if (byDay === undefined) {
    byDay = new Map();
    replays.set(result, byDay);
  }
  const cached = byDay.get(knownOn);
  if (cached !== undefined) return cached;
  const { observations, hiddenPeriods, undatedFigures, earlierFigures } = asKnownOn(result.observations, knownOn);
  const replayed: ReplayedResult = { ...result, observations, replay: { knownOn, hiddenPeriods, undatedFigures, earlierFigures } };
  byDay.set(knownOn, replayed);
  return replayed;
}

const KnownOnContext = createContext<string | null>(null);

/** The day every view below replays (`null`: the figures as they are now). */
export function KnownOnProvider({ knownOn, children }: { knownOn: string | null; children: ReactNode }) {
  return <KnownOnContext value={knownOn}>{children}</KnownOnContext>;
}

export function useKnownOn(): string | null {
  return useContext(KnownOnContext);
}
