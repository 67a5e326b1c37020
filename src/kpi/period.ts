import { addMonths, differenceInCalendarMonths, format } from 'date-fns';

/** A calendar month, written `YYYY-MM`. Lexical order is chronological order. */
export type Period = string;

// Years 0001–9999: there is no year 0 in the calendar the feed speaks.
const PERIOD_PATTERN = /^(?!0000)(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && PERIOD_PATTERN.test(value);
}

// Month arithmetic goes through date-fns on the first day of the month (local time), so
// year boundaries and month lengths are never hand-rolled.
function toDate(period: Period): Date {
  // Not `new Date(year, …)`: it reads years 0–99 as 1900–1999.
  const date = new Date(2000, periodMonth(period) - 1, 1);
  date.setFullYear(periodYear(period));
  return date;
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

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The period of a year and a month (1–12); a month outside 1–12 rolls into the next or previous years. */
export function makePeriod(year: number, month: number): Period {
  if (month >= 1 && month <= 12) return `${pad(year, 4)}-${pad(month, 2)}`;
  return shiftPeriod(`${pad(year, 4)}-01`, month - 1);
}

export function shiftPeriod(period: Period, months: number): Period {
  const year = periodYear(period);
  const month = periodMonth(period);
  // Within the years a period can name, whole-month steps are exact integer arithmetic and ~50×
  // faster than a Date round trip; date-fns handles anything out of that range.
  const index = year * 12 + (month - 1) + months;
  if (Number.isInteger(months) && index >= 12 && index < 10_000 * 12) return makePeriod(Math.floor(index / 12), (index % 12) + 1);
  return fromDate(addMonths(toDate(period), months));
}

/** Whole months from `from` to `to` (positive when `to` is later). */
export function monthsBetween(from: Period, to: Period): number {
  return differenceInCalendarMonths(toDate(to), toDate(from));
}

/** Every month from `from` to `to`, both included. Empty when `to` precedes `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const count = monthsBetween(from, to);
  // Stepping month by month is plain counting; formatting each month through a Date would cost
  // ~2 µs apiece, which a 100,000-month series cannot afford.
  const periods: Period[] = [];
  let year = periodYear(from);
  let month = periodMonth(from);
  for (let index = 0; index <= count; index += 1) {
    periods.push(makePeriod(year, month));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return periods;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `YYYY-MM-DD` that names a real day (a publication date, a known-on day). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
