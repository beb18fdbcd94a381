import { describe, expect, it } from 'vitest';
import {
  describeReminderSchedule,
  isReminderSendingHour,
  nudgeReminderKey,
  REMINDER_SCHEDULE,
  scheduledReminderDue,
} from './reminder.schema.ts';

// Due on Tuesday 24 February 2026; invited well before.
const due = '2026-02-24';
const invited = '2026-01-20';
const keyOn = (today: string, invitedOn = invited) => scheduledReminderDue(due, invitedOn, today)?.key ?? null;

describe('REMINDER_SCHEDULE', () => {
  it('is 7 days before the due date, 2 days before, and the day after, in that order', () => {
    expect(REMINDER_SCHEDULE.map((entry) => [entry.key, entry.daysFromDue])).toEqual([
      ['week_before', -7],
      ['two_days_before', -2],
      ['overdue', 1],
    ]);
    expect(Object.isFrozen(REMINDER_SCHEDULE)).toBe(true);
  });
});

describe('scheduledReminderDue', () => {
  it.each([
    ['2026-02-16', null], // 8 days before: nothing yet
    ['2026-02-17', 'week_before'], // 7 days before
    ['2026-02-21', 'week_before'], // 3 days before: still the week-before reminder
    ['2026-02-22', 'two_days_before'],
    ['2026-02-24', 'two_days_before'], // the due date itself is not overdue
    ['2026-02-25', 'overdue'], // the day after
    ['2026-03-20', 'overdue'], // long after: still only the overdue reminder
  ])('on %s the reminder due is %s', (today, expected) => {
    expect(keyOn(today)).toBe(expected);
  });

  it('sends one reminder, the latest, after a server was stopped over several reminder dates', () => {
    expect(keyOn('2026-02-26')).toBe('overdue');
  });

  it('sends no reminder whose date is on or before the invitation day', () => {
    expect(keyOn('2026-02-17', '2026-02-17')).toBeNull();
    expect(keyOn('2026-02-20', '2026-02-18')).toBeNull(); // invited after the week-before date
    expect(keyOn('2026-02-22', '2026-02-18')).toBe('two_days_before');
    expect(keyOn('2026-02-25', '2026-02-25')).toBeNull();
  });

  it('counts calendar days across a month end and a leap day', () => {
    expect(scheduledReminderDue('2028-03-01', '2028-01-01', '2028-02-23')?.key).toBe('week_before');
    expect(scheduledReminderDue('2028-03-01', '2028-01-01', '2028-02-22')).toBeNull();
    expect(scheduledReminderDue('2028-02-29', '2028-01-01', '2028-03-01')?.key).toBe('overdue');
  });

  it('follows a schedule given to it', () => {
    const schedule = [{ key: 'on_the_day', daysFromDue: 0 }];
    expect(scheduledReminderDue(due, invited, '2026-02-24', schedule)?.key).toBe('on_the_day');
    expect(scheduledReminderDue(due, invited, '2026-02-23', schedule)).toBeNull();
  });
});

describe('describeReminderSchedule', () => {
  it('says the schedule in words', () => {
    expect(describeReminderSchedule()).toBe('7 and 2 days before the due date, and the day after it');
    expect(describeReminderSchedule([{ key: 'a', daysFromDue: 0 }])).toBe('on the due date');
    expect(
      describeReminderSchedule([
        { key: 'a', daysFromDue: -14 },
        { key: 'b', daysFromDue: -7 },
        { key: 'c', daysFromDue: -1 },
        { key: 'd', daysFromDue: 3 },
      ]),
    ).toBe('14, 7 and 1 days before the due date, and 3 days after it');
  });
});

describe('sending hours and nudges', () => {
  it('sends automatic reminders from 08:00 until 20:00 only', () => {
    expect([7, 8, 19, 20].map((hour) => isReminderSendingHour(hour))).toEqual([false, true, true, false]);
    expect(isReminderSendingHour(0, { from: 0, until: 24 })).toBe(true);
  });

  it('keys a nudge by the day, so a second nudge that day is the same reminder', () => {
    expect(nudgeReminderKey('2026-02-20')).toBe('nudge:2026-02-20');
  });
});
