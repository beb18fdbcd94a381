/**
 * Small wording helpers shared by the explanation builders.
 */
import { differenceInCalendarDays, isWeekend, previousFriday } from 'date-fns';
import { formatLongDate, parseIsoDate, weekdayName, type IsoDate } from './rules/dates.ts';

/** Year group in words: "Reception", "Year 9", "the year before Reception", "beyond Year 13". */
export function yearGroupLabel(yearGroup: number): string {
  if (yearGroup === 0) return 'Reception';
  if (yearGroup === -1) return 'the year before Reception';
  if (yearGroup < -1) return `${-yearGroup} years before Reception`;
  if (yearGroup > 13) return `beyond Year 13 (year group ${yearGroup})`;
  return `Year ${yearGroup}`;
}

/** Formats a `YYYY-MM-DD` date for people, e.g. "Saturday 14 February 2026". */
export function longDate(date: IsoDate): string {
  return formatLongDate(parseIsoDate(date));
}

/** Whole calendar days from `earlier` to `later` (positive when `later` is later). */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(later), parseIsoDate(earlier));
}

/** "1 day", "3 days", "2 weeks" … */
export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** True when the date is a Saturday or Sunday. */
export function isWeekendDate(date: IsoDate): boolean {
  return isWeekend(parseIsoDate(date));
}

/**
 * Sentence warning that a legal date falls on a weekend, or an empty string. The date is never
 * moved (spec R1); the advice is to act on the working day before (R19, Product).
 */
export function weekendNote(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  if (!isWeekend(parsed)) return '';
  return ` That is a ${weekdayName(parsed)}; the date does not move, so aim to act by ${formatLongDate(previousFriday(parsed))}.`;
}
