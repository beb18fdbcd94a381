/**
 * Calendar dates as the whole app stores them: `YYYY-MM-DD` with no time part (statutory
 * timeline R1). Internally a date is a `Date` at local midnight, built with
 * `setFullYear(y, m - 1, d)` and read back with local getters, so results never depend on the
 * machine's time zone. `new Date('YYYY-MM-DD')` (parsed as UTC) and `toISOString()` are never
 * used on these values.
 */
import { getDay } from 'date-fns';

/** A calendar date written `YYYY-MM-DD`, e.g. `2026-02-14`. */
export type IsoDate = string;

/** Earliest calendar year the engine accepts (guards against typos such as `0202-05-01`). */
export const MIN_YEAR = 1900;
/** Latest calendar year the engine accepts. */
export const MAX_YEAR = 2199;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** English name of the date's weekday, e.g. "Saturday". */
export function weekdayName(date: Date): string {
  return WEEKDAY_NAMES[getDay(date)] ?? '';
}

/** Number of days in a month (`month` is 1–12), using the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return isLeap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Explains why a value is not an acceptable `YYYY-MM-DD` calendar date.
 *
 * @returns `undefined` when the value is fine, otherwise a plain-English phrase that completes
 *   the sentence "<field> …", e.g. "is not a real date: February 2025 has 28 days".
 */
export function describeDateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a date written as YYYY-MM-DD, for example 2025-03-15';
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) {
    return `must be written as YYYY-MM-DD with a four-digit year and two-digit month and day, for example 2025-01-05 (got "${value}")`;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `must be a date between ${MIN_YEAR} and ${MAX_YEAR} (got "${value}")`;
  }
  if (month < 1 || month > 12) return `has no month ${match[2]}: months run from 01 to 12 (got "${value}")`;
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    return `is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${monthLength} days (got "${value}")`;
  }
  return undefined;
}

/** True when the value is a real calendar date written `YYYY-MM-DD` within the supported years. */
export function isIsoDate(value: unknown): value is IsoDate {
  return describeDateProblem(value) === undefined;
}

/**
 * Parses a `YYYY-MM-DD` string to a `Date` at local midnight (R1).
 *
 * @throws RangeError when the string is not a real calendar date.
 */
export function parseIsoDate(value: IsoDate): Date {
  const problem = describeDateProblem(value);
  if (problem !== undefined) throw new RangeError(`Date ${problem}.`);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  // setFullYear (rather than the Date constructor) keeps years below 100 literal and avoids
  // any UTC parsing; the time is local midnight (or the first valid instant of that day).
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  date.setHours(0, 0, 0, 0);
  return date;
}

/** Formats a local date as `YYYY-MM-DD` using local getters only (never `toISOString`). */
export function formatIsoDate(date: Date): IsoDate {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Formats a local date for people, e.g. "Saturday 14 February 2026". */
export function formatLongDate(date: Date): string {
  return `${weekdayName(date)} ${date.getDate()} ${MONTH_NAMES[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
