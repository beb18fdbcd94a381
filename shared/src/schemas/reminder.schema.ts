import { addDays, format, parseISO } from 'date-fns';

/** One automatic reminder: sent `daysFromDue` days from the participant's due date (negative: before). */
export interface ScheduledReminder {
  /** Stable key stored with the sent reminder, so each one goes once per participant. */
  readonly key: string;
  readonly daysFromDue: number;
}

/**
 * When automatic reminders go to a participant who has not sent their contribution (Product
 * lead times, not law). The due date is the engine's `adviceCirculatedBy` unless the SENDCo
 * chose an earlier one: 7 days before it (the R19 due-soon lead time), 2 days before, and the
 * day after it when the contribution is overdue. Ordered by `daysFromDue`.
 */
export const REMINDER_SCHEDULE: readonly ScheduledReminder[] = Object.freeze([
  { key: 'week_before', daysFromDue: -7 },
  { key: 'two_days_before', daysFromDue: -2 },
  { key: 'overdue', daysFromDue: 1 },
]);

/** Hours of the day in England (from inclusive, until exclusive) when automatic reminders may go out. */
export interface ReminderSendHours {
  from: number;
  until: number;
}

/** Automatic reminders go out from 08:00 to 20:00 in England, never in the night. */
export const DEFAULT_REMINDER_SEND_HOURS: Readonly<ReminderSendHours> = Object.freeze({ from: 8, until: 20 });

/** Whether `hour` (0–23, England) is within the sending hours. */
export const isReminderSendingHour = (hour: number, hours: ReminderSendHours = DEFAULT_REMINDER_SEND_HOURS): boolean =>
  hour >= hours.from && hour < hours.until;

/** The key of a SENDCo's nudge: one per participant per day (England), so a double click sends once. */
export const nudgeReminderKey = (today: string): string => `nudge:${today}`;

const shift = (isoDate: string, days: number) => format(addDays(parseISO(isoDate), days), 'yyyy-MM-dd');

/**
 * The automatic reminder due `today` for a contribution due on `dueDate` from someone invited on
 * `invitedOn` (all YYYY-MM-DD, England), or null. Only the latest reminder whose date has come is
 * due, so a server that was stopped for days sends one reminder, not a backlog; and none whose
 * date is on or before the invitation day (a fresh invitation needs no reminder).
 */
export function scheduledReminderDue(
  dueDate: string,
  invitedOn: string,
  today: string,
  schedule: readonly ScheduledReminder[] = REMINDER_SCHEDULE,
): ScheduledReminder | null {
  const reached = schedule.filter((entry) => shift(dueDate, entry.daysFromDue) <= today);
  const latest = reached[reached.length - 1];
  if (!latest || shift(dueDate, latest.daysFromDue) <= invitedOn) return null;
  return latest;
}

const listInWords = (items: string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');

/** The schedule in words for the SENDCo, e.g. "7 and 2 days before the due date, and the day after it". */
export function describeReminderSchedule(schedule: readonly ScheduledReminder[] = REMINDER_SCHEDULE): string {
  const before = schedule.filter((entry) => entry.daysFromDue < 0).map((entry) => String(-entry.daysFromDue));
  const after = schedule.filter((entry) => entry.daysFromDue > 0).map((entry) => entry.daysFromDue);
  const parts = [
    before.length > 0 ? `${listInWords(before)} days before the due date` : null,
    schedule.some((entry) => entry.daysFromDue === 0) ? 'on the due date' : null,
    ...after.map((days) => (days === 1 ? 'the day after it' : `${days} days after it`)),
  ].filter((part) => part !== null);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}
