import type { KpiId } from '../kpi/kpi-definitions';

/**
 * Everything that can make one KPI's feed response unusable. The code selects a message in the
 * page's language; `details` fill it in. Details quote feed-provided text as plain strings, and
 * the UI renders them as text, never as HTML.
 */
export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'interrupted'
  | 'http-status'
  | 'not-json'
  | 'invalid-body'
  | 'wrong-kpi'
  | 'wrong-unit'
  | 'invalid-entry'
  | 'duplicate-period'
  /** Two entries of one period carry the same publication date (`received`). */
  | 'duplicate-vintage'
  /** The catalogue (`GET {baseUrl}/kpis`) or one of its entries broke the contract. */
  | 'invalid-catalogue';

/** Which rule an observation broke (for `invalid-entry`). */
export type EntryProblem =
  | 'not-an-object'
  | 'period-missing'
  | 'period-invalid'
  | 'value-missing'
  | 'value-not-a-number'
  | 'value-not-positive'
  | 'value-negative'
  | 'provisional-not-boolean'
  /** Beyond any plausible figure for the unit (e.g. 1e308 亿元). */
  | 'value-implausible'
  | 'growth-invalid'
  | 'source-invalid';

export interface FeedErrorDetails {
  status?: number;
  /** Seconds waited before giving up (for `timeout`). */
  seconds?: number;
  /** 1-based position of the offending entry in the response's `observations`. */
  entry?: number;
  period?: string;
  field?: string;
  problem?: EntryProblem;
  expected?: string;
  received?: string;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly kpiId: KpiId;
  readonly details: FeedErrorDetails;

  constructor(code: FeedErrorCode, kpiId: KpiId, details: FeedErrorDetails = {}) {
    super(`${kpiId}: ${code} ${JSON.stringify(details)}`);
    this.code = code;
    this.kpiId = kpiId;
    this.details = details;
  }
}

export { quoteReceived } from './quote';

/**
 * Failures worth trying again: the feed may answer next time. A malformed answer or a 4xx will
 * not change by asking again, so those are shown at once.
 */
export function isTransientFeedError(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  if (error.code === 'network' || error.code === 'timeout' || error.code === 'interrupted') return true;
  const status = error.details.status ?? 0;
  return error.code === 'http-status' && (status >= 500 || status === 429);
}

/** Backoff before retry `attempt` (0-based): 1 s, 2 s, 4 s, … capped at 10 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(10_000, 1000 * 2 ** attempt);
}
