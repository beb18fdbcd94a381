import { describe, expect, it } from 'vitest';
import { invitationDefaults, latenessOf, resolveDueDate, suggestedDueDate } from './due-date.ts';

// Meeting on Monday 7 December 2026: the statutory circulation date is Monday 23 November.
const booked = { meetingDate: '2026-12-07', adviceCirculatedBy: '2026-11-23' };
const noMeeting = { meetingDate: null, adviceCirculatedBy: null };

describe('due dates of invitations (issue 11 item 1: late reviews work)', () => {
  it('suggests the statutory circulation date while it is ahead', () => {
    expect(suggestedDueDate(booked, '2026-11-01')).toBe('2026-11-23');
    expect(resolveDueDate(undefined, booked, '2026-11-01')).toBe('2026-11-23');
    expect(invitationDefaults(booked, '2026-11-01').lateNotice).toBeNull();
  });

  it('with the meeting 6 days away, suggests two working days before it and says why, instead of refusing', () => {
    const today = '2026-12-01';
    expect(suggestedDueDate(booked, today)).toBe('2026-12-03'); // Thursday before the Monday meeting
    expect(resolveDueDate(undefined, booked, today)).toBe('2026-12-03');
    expect(invitationDefaults(booked, today).lateNotice).toMatch(/Monday 23 November 2026, has passed.*Thursday 3 December 2026/);
  });

  it('accepts any date from today on, also after the statutory date, with the lateness as a warning', () => {
    const today = '2026-12-01';
    expect(resolveDueDate('2026-12-01', booked, today)).toBe('2026-12-01');
    expect(resolveDueDate('2026-12-10', booked, today)).toBe('2026-12-10'); // even after the meeting: a late report input
    expect(latenessOf('2026-12-03', booked)).toMatch(/After the statutory date.*Monday 23 November 2026.*reg 20\(4\)/);
    expect(latenessOf('2026-11-23', booked)).toBeNull();
    expect(latenessOf('2026-11-23', noMeeting)).toBeNull();
  });

  it('never suggests a date before today, even the day before the meeting', () => {
    expect(suggestedDueDate(booked, '2026-12-06')).toBe('2026-12-06');
    expect(suggestedDueDate(booked, '2026-12-09')).toBe('2026-12-09'); // the meeting has passed
  });

  it('refuses only a past date, no date without a meeting, and a date more than a year away', () => {
    expect(() => resolveDueDate('2026-11-30', booked, '2026-12-01')).toThrow(/already passed: choose today/);
    expect(() => resolveDueDate(undefined, noMeeting, '2026-12-01')).toThrow('no meeting date');
    expect(() => resolveDueDate('2028-01-01', noMeeting, '2026-12-01')).toThrow('more than a year');
    expect(resolveDueDate('2027-01-15', noMeeting, '2026-12-01')).toBe('2027-01-15');
  });
});
