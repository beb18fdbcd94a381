/**
 * Small wording helpers shared by the explanation builders.
 */
import { differenceInCalendarDays, isWeekend, previousFriday } from 'date-fns';
import { longDate } from '../dates/calendar-dates.ts';
import { formatLongDate, parseIsoDate, weekdayName, type IsoDate } from './rules/dates.ts';

export { longDate };
export { yearGroupLabel } from './rules/year-group.ts';

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
