/**
 * The one set of calendar-date helpers the app uses on both sides (server, client, engine
 * explanations): how dates are written for people, whole days between dates, "today" in
 * England, and weeks. Dates are `YYYY-MM-DD` strings (see iso-date.ts); arithmetic is date-fns
 * on local-midnight dates, so no result depends on the machine's time zone.
 */
import { addDays, differenceInCalendarDays, format, isWeekend, startOfWeek, subDays } from 'date-fns';
import { formatIsoDate, formatLongDate, parseIsoDate, type IsoDate } from './iso-date.ts';

/** A date written out in full for people: "Friday 6 March 2026". */
export function longDate(date: IsoDate): string {
  return formatLongDate(parseIsoDate(date));
}

/** A date written briefly for lists and tables: "Fri 6 Mar 2026". */
export function shortDate(date: IsoDate): string {
  return format(parseIsoDate(date), 'EEE d MMM yyyy');
}

/** Day and month only, for a week's agenda: "Fri 6 Mar". */
export function dayAndMonth(date: IsoDate): string {
  return format(parseIsoDate(date), 'EEE d MMM');
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(addDays(parseIsoDate(date), days));
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));
}

/** True when the date is a Saturday or Sunday (bank holidays are not known to the app). */
export function isWeekendDay(date: IsoDate): boolean {
  return isWeekend(parseIsoDate(date));
}

/**
 * The day `count` working days (Monday to Friday) before `date`, e.g. two working days before a
 * Monday meeting is the Thursday before. Bank holidays are not known, so they count as working days.
 */
export function workingDaysBefore(date: IsoDate, count: number): IsoDate {
  let day = parseIsoDate(date);
  let left = count;
  while (left > 0) {
    day = subDays(day, 1);
    if (!isWeekend(day)) left--;
  }
  return formatIsoDate(day);
}

/** The Monday of the week (Monday to Sunday) that holds `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return formatIsoDate(startOfWeek(parseIsoDate(date), { weekStartsOn: 1 }));
}

/** "1 day", "3 days". */
export function dayCount(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** Today's calendar date in England (Europe/London); statutory dates are English dates. */
export function todayInEngland(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** An instant written for people in England's time: "6 Mar 2026, 14:05". */
export function dateTimeInEngland(instant: string | Date): string {
  return new Date(instant).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
}
