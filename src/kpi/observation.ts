import type { Period } from './period';

/** Where one figure was published: what an analyst cites. */
export interface ObservationSource {
  title: string;
  url: string | null;
  /** `YYYY-MM-DD`, when the feed says when the figure was published. */
  publishedOn: string | null;
}

/** One validated month of a KPI series. */
export interface Observation {
  period: Period;
  value: number;
  /** The figure may still be revised by its publisher. */
  isProvisional: boolean;
  /** The year-on-year growth as the publisher states it, in %; `null` when not stated. */
  growthPct?: number | null;
  source?: ObservationSource | null;
}
