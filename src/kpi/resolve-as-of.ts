import { isPeriod } from './period';
import type { Period } from './period';

export type AsOfNotice =
  | { kind: 'invalid'; value: string }
  | { kind: 'out-of-range'; value: string; first: Period; last: Period };

/**
 * The as-of month to show: the URL's when it is a real month within the data, else the latest
 * month with data, with a notice saying why the link's month was not used.
 */
export function resolveAsOf(
  param: string | null,
  first: Period | null,
  last: Period | null,
): { asOf: Period | null; notice: AsOfNotice | null } {
  if (param === null) return { asOf: last, notice: null };
  if (!isPeriod(param)) return { asOf: last, notice: { kind: 'invalid', value: param } };
  if (first === null || last === null) return { asOf: param, notice: null };
  if (param < first || param > last) return { asOf: last, notice: { kind: 'out-of-range', value: param, first, last } };
  return { asOf: param, notice: null };
}
