import { makePeriod, shiftPeriod } from './period';
import type { Period } from './period';

/**
 * The latest month a feed should have reached by `today`, when a month's figures can take up to
 * `lagMonths` whole months after that month to be published: with a lag of 1, on any day of
 * March the feed should hold January (February's may still be on its way).
 */
export function expectedLatestPeriod(today: Date, lagMonths: number): Period {
  const thisMonth = makePeriod(today.getFullYear(), today.getMonth() + 1);
  return shiftPeriod(thisMonth, -(lagMonths + 1));
}

/** The feed's latest month is older than it should be: it may have stopped updating. */
export function isFeedBehind(latest: Period, today: Date, lagMonths: number): boolean {
  return latest < expectedLatestPeriod(today, lagMonths);
}
