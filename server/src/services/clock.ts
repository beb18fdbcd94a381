/**
 * Clock helpers for the use cases. Calendar arithmetic is the shared one (`@ehcp/shared`,
 * date-fns); this file adds only what needs the process clock.
 */
export { calendarDaysBetween, todayInEngland } from '@ehcp/shared';

/** The hour of the day in England (Europe/London), 0–23. */
export function hourInEngland(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(now));
}
