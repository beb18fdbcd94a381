import { calendarDaysBetween, longDate, type ReviewCycleFacts } from '@ehcp/shared';
import type { CompleteTimeline } from '@ehcp/shared/deadlines';

/** Days of notice the law asks for before a review meeting (SEND Regulations 2014 reg 20(3)–(4)). */
const NOTICE_DAYS = 14;

/**
 * Warnings for a meeting date just booked or moved: short notice (less than two weeks away, so
 * neither the notice of the meeting nor the circulation of advice can be on time, reg 20(3)–(4))
 * and a meeting after the 12-month date (the review is then legally late, CFA 2014 s44). They are
 * said with the reason and never refuse: late reviews are the normal case. Pure.
 */
export function bookingWarnings(
  before: Pick<ReviewCycleFacts, 'meetingDate'>,
  after: Pick<ReviewCycleFacts, 'meetingDate' | 'meetingHeld'>,
  timeline: Pick<CompleteTimeline, 'reviewDueBy'>,
  asOf: string,
): string[] {
  const meeting = after.meetingDate;
  if (!meeting || meeting === before.meetingDate || after.meetingHeld) return [];
  const warnings: string[] = [];
  const daysAway = calendarDaysBetween(asOf, meeting);
  if (daysAway >= 0 && daysAway < NOTICE_DAYS)
    warnings.push(
      `Short notice: the meeting on ${longDate(meeting)} is ${daysAway === 0 ? 'today' : `${daysAway} day${daysAway === 1 ? '' : 's'} away`}. ` +
        'The law asks for at least two weeks’ notice of the meeting and for advice to be circulated two weeks before it ' +
        '(SEND Regulations 2014 reg 20(3)–(4)). It is booked: tell everyone invited now, and say in the papers why they are late.',
    );
  if (meeting > timeline.reviewDueBy)
    warnings.push(
      `The meeting is after the review’s 12-month date, ${longDate(timeline.reviewDueBy)}, so the review is legally late ` +
        '(Children and Families Act 2014 s44). The LA’s four weeks for its decision still run from the meeting.',
    );
  return warnings;
}
