/**
 * Calendar-date helpers for the deadline engine (spec R1, R2).
 *
 * Every date is a `YYYY-MM-DD` calendar date with no time part. Internally a date is a `Date`
 * at local midnight, built with `setFullYear(y, m - 1, d)` and read back with local getters, so
 * results never depend on the machine's time zone. We never call `new Date('YYYY-MM-DD')`
 * (parsed as UTC) and never call `toISOString()` on these values.
 */
import { addMonths, getDate, isAfter, subDays } from 'date-fns';

export {
  daysInMonth,
  describeDateProblem,
  formatIsoDate,
  formatLongDate,
  isIsoDate,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
  weekdayName,
  type IsoDate,
} from '../../dates/iso-date.ts';

/**
 * Last day of the period of `n` calendar months that begins with (includes) `start` (R2).
 *
 * The period ends on the day before the day with the same number in the month `n` months
 * later; when that month has no such day (29–31) it ends on the last day of that month.
 * `addMonths` clamps to the month end, so a clamped result already is that last day.
 * Do not replace with the shortcut `addMonths(subDays(start, 1), n)`: it is one day short for
 * 2023-03-01 (gives 2024-02-28 instead of 2024-02-29).
 * Source: Interpretation Act 1978 Sch 1 ("month" = calendar month); counting of periods
 * "beginning with" a day as in employment-tribunal practice (spec R2; Product reading).
 */
export function endOfMonthsPeriod(start: Date, n: number): Date {
  const sameDayLater = addMonths(start, n);
  return getDate(sameDayLater) === getDate(start) ? subDays(sameDayLater, 1) : sameDayLater;
}

/** The earlier of two dates. */
export function earlierOf(a: Date, b: Date): Date {
  return isAfter(a, b) ? b : a;
}

/** The later of two dates. */
export function laterOf(a: Date, b: Date): Date {
  return isAfter(a, b) ? a : b;
}
