import { describe, expect, it } from 'vitest';
import { yearGroupLabel } from '../deadlines/index.ts';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayAndMonth,
  longDate,
  mondayOf,
  shortDate,
  todayInEngland,
  workingDaysBefore,
} from './calendar-dates.ts';

describe('calendar dates for people', () => {
  it('writes dates the same way everywhere', () => {
    expect(longDate('2026-03-06')).toBe('Friday 6 March 2026');
    expect(shortDate('2026-03-06')).toBe('Fri 6 Mar 2026');
    expect(dayAndMonth('2026-12-07')).toBe('Mon 7 Dec');
  });

  it('counts calendar days across month, year and clock changes', () => {
    expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2); // British Summer Time starts on 29 March
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2026-01-10', '2026-01-01')).toBe(-9);
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts working days back over weekends, and finds the Monday of a week', () => {
    expect(workingDaysBefore('2026-12-07', 2)).toBe('2026-12-03'); // Monday → Thursday
    expect(workingDaysBefore('2026-12-09', 2)).toBe('2026-12-07'); // Wednesday → Monday
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday belongs to the week before
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
  });

  it('takes today in England, not in UTC', () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01'); // 00:30 BST
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31'); // GMT
  });
});

describe('yearGroupLabel (one wording everywhere)', () => {
  it.each([
    [-3, 'Pre-school'],
    [-1, 'Nursery'],
    [0, 'Reception'],
    [6, 'Year 6'],
    [13, 'Year 13'],
    [14, 'Year 14 (beyond Year 13)'],
  ])('%i → %s', (yearGroup, label) => {
    expect(yearGroupLabel(yearGroup)).toBe(label);
  });
});
