import type { Period } from './period';

/** Where one figure was published: what an analyst cites. */
export interface ObservationSource {
  title: string;
  url: string | null;
  /** `YYYY-MM-DD`, when the feed says when the figure was published. */
  publishedOn: string | null;
}

/**
 * One publication of a period's figure. A period the publisher revised has several, each dated by
 * its `source.publishedOn`; the latest is the current figure.
 */
export interface Vintage {
  value: number;
  /** The figure may still be revised by its publisher. */
  isProvisional: boolean;
  /** The year-on-year growth as the publisher states it, in %; `null` when not stated. */
  growthPct?: number | null;
  source?: ObservationSource | null;
}

/**
 * The current figure of a period replaced an earlier, different one: in the feed (an earlier
 * vintage) or between two answers this page received (`seenAt`).
 */
export interface Revision {
  /** The figure as it stood before the change. */
  previous: Vintage;
  /** When the current figure was published, when the feed says (`YYYY-MM-DD`). */
  revisedOn: string | null;
  /** When this page noticed the change between two answers of the feed (ms since 1970); `null` for a change the feed itself records. */
  seenAt: number | null;
}

/** One validated month of a KPI series: its current figure. */
export interface Observation extends Vintage {
  period: Period;
  /** Every dated publication of this period, oldest first, when the feed sent more than one. */
  vintages?: readonly Vintage[];
  /** Set when the current figure differs from an earlier one. */
  revision?: Revision | null;
}
