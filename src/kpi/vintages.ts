import type { Observation, Revision, Vintage } from './observation';
import { shiftPeriod } from './period';
import type { Period } from './period';

/**
 * Vintages and revisions: a period's figure can be published more than once (provisional, then
 * final; a checkpoint corrected). The feed dates each publication (`source.publishedOn`); the
 * latest is current, and a current figure that differs from an earlier one is a revision.
 */

/** When a figure was published, when the feed says (`YYYY-MM-DD`). */
export function publishedOn(vintage: Vintage): string | null {
  return vintage.source?.publishedOn ?? null;
}

/** The publication fields of an observation, without its period or history. */
export function vintageOf(observation: Observation): Vintage {
  const vintage: Vintage = { value: observation.value, isProvisional: observation.isProvisional };
  if (observation.growthPct !== undefined) vintage.growthPct = observation.growthPct;
  if (observation.source !== undefined) vintage.source = observation.source;
  return vintage;
}

/**
 * The change the latest of `vintages` (oldest first) made: the most recent earlier publication
 * whose value differs from the current one, and the date of the publication that changed it.
 * `null` when every publication gave the same value (a provisional figure confirmed as final).
 */
export function revisionAmong(vintages: readonly Vintage[]): Revision | null {
  const current = vintages.at(-1);
  if (current === undefined) return null;
  for (let index = vintages.length - 2; index >= 0; index -= 1) {
    const earlier = vintages[index];
    const changedBy = vintages[index + 1];
    if (earlier !== undefined && changedBy !== undefined && earlier.value !== current.value) {
      return { previous: earlier, revisedOn: publishedOn(changedBy), seenAt: null };
    }
  }
  return null;
}

/** A period's current figure from its publications, oldest first (at least one). */
export function currentFigure(period: Period, vintages: readonly Vintage[]): Observation | null {
  const current = vintages.at(-1);
  if (current === undefined) return null;
  const observation: Observation = { period, ...current };
  if (vintages.length > 1) observation.vintages = vintages;
  const revision = revisionAmong(vintages);
  if (revision !== null) observation.revision = revision;
  return observation;
}

/** A series replayed as it was known on a day. */
export interface KnownOnSeries {
  observations: Observation[];
  /** Periods left out: nothing of theirs had been published by that day. */
  hiddenPeriods: number;
  /** Figures shown as they are now because the feed does not date them. */
  undatedFigures: number;
  /** Periods shown with an earlier publication than today's current figure. */
  earlierFigures: number;
}

/**
 * `observations` as they had been published by the end of `day` (`YYYY-MM-DD`): a later
 * publication of a period is hidden (its latest earlier one is shown), a period first published
 * later is left out. A figure the feed does not date cannot be placed exactly: it is left out
 * when its period had not ended by that day (it cannot have been published yet), and otherwise
 * kept as it is now, and counted, so the page can say so. What this page saw change between two answers is
 * not part of a replay.
 */
export function asKnownOn(observations: readonly Observation[], day: string): KnownOnSeries {
  const result: KnownOnSeries = { observations: [], hiddenPeriods: 0, undatedFigures: 0, earlierFigures: 0 };
  for (const observation of observations) {
    const vintages = observation.vintages ?? [vintageOf(observation)];
    // An undated figure cannot have been published before its period ended.
    const periodEnded = `${shiftPeriod(observation.period, 1)}-01` <= day;
    const known = vintages.filter((vintage) => {
      const date = publishedOn(vintage);
      return date === null ? periodEnded : date <= day;
    });
    const figure = currentFigure(observation.period, known);
    if (figure === null) {
      result.hiddenPeriods += 1;
      continue;
    }
    if (known.length < vintages.length) result.earlierFigures += 1;
    if (publishedOn(figure) === null) result.undatedFigures += 1;
    result.observations.push(figure);
  }
  return result;
}

/** Whether any figure of the series says when it was published (replay is possible). */
export function hasPublicationDates(observations: readonly Observation[]): boolean {
  return observations.some((observation) => publishedOn(observation) !== null);
}

/** The earliest publication date in the series, or `null`. */
export function firstPublication(observations: readonly Observation[]): string | null {
  let first: string | null = null;
  for (const observation of observations) {
    for (const vintage of observation.vintages ?? [observation]) {
      const date = publishedOn(vintage);
      if (date !== null && (first === null || date < first)) first = date;
    }
  }
  return first;
}

/**
 * The series as it stood before its revisions: each revised period at its earlier figure. `null`
 * when nothing was revised. Evaluating both tells whether a revision changed a status.
 */
export function beforeRevisions(observations: readonly Observation[]): Observation[] | null {
  if (!observations.some((observation) => observation.revision != null)) return null;
  return observations.map((observation) => (observation.revision == null ? observation : { period: observation.period, ...observation.revision.previous }));
}

/**
 * The next answer of the feed, with what changed since the previous one recorded: a period whose
 * figure differs from the previous answer's is marked revised, seen at `seenAt`; a revision seen
 * earlier in this session stays marked while the figure stays. A revision the feed records itself
 * (an earlier vintage) is the feed's account and is kept as it is.
 */
export function noteRevisions(previous: readonly Observation[], next: readonly Observation[], seenAt: number): Observation[] {
  const before = new Map(previous.map((observation) => [observation.period, observation]));
  return next.map((observation) => {
    const earlier = before.get(observation.period);
    if (observation.revision != null || earlier === undefined) return observation;
    if (earlier.value !== observation.value) {
      // The feed's date of the new figure dates the change only when it is a new date: a figure
      // changed under its old publication date was not revised on that day.
      const dated = publishedOn(observation);
      return { ...observation, revision: { previous: vintageOf(earlier), revisedOn: dated !== publishedOn(earlier) ? dated : null, seenAt } };
    }
    return earlier.revision != null && earlier.revision.seenAt !== null ? { ...observation, revision: earlier.revision } : observation;
  });
}

/** The periods of `previous` that `next` no longer lists, in order. */
export function lostPeriods(previous: readonly Observation[], next: readonly Observation[]): Period[] {
  const listed = new Set(next.map((observation) => observation.period));
  return previous.flatMap((observation) => (listed.has(observation.period) ? [] : [observation.period]));
}
