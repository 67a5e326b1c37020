import { addMonths, differenceInCalendarMonths, format } from 'date-fns';

/** A calendar month, written `YYYY-MM`. Lexical order is chronological order. */
export type Period = string;

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD_PATTERN.test(value);
}

// Month arithmetic goes through date-fns on the first day of the month (local time), so
// year boundaries and month lengths are never hand-rolled.
function toDate(period: Period): Date {
  return new Date(periodYear(period), periodMonth(period) - 1, 1);
}

function fromDate(date: Date): Period {
  return format(date, 'yyyy-MM');
}

export function periodYear(period: Period): number {
  return Number(period.slice(0, 4));
}

/** 1 = January … 12 = December. */
export function periodMonth(period: Period): number {
  return Number(period.slice(5, 7));
}

export function makePeriod(year: number, month: number): Period {
  return fromDate(new Date(year, month - 1, 1));
}

export function shiftPeriod(period: Period, months: number): Period {
  return fromDate(addMonths(toDate(period), months));
}

/** Whole months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: Period, to: Period): number {
  return differenceInCalendarMonths(toDate(to), toDate(from));
}

/** Every month from `from` to `to`, both included. Empty when `to` precedes `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, index) => shiftPeriod(from, index));
}

export function comparePeriods(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
