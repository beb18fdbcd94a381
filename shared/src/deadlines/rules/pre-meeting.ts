/**
 * Dates before the review meeting (spec R6, R16 and the R19 Product targets).
 */
import { subWeeks } from 'date-fns';

/** Minimum notice of the meeting and circulation of advice: 2 weeks (reg 20(3)–(4), 21(3)–(4)). */
export const NOTICE_WEEKS = 2;

/** Dates before a review meeting. */
export interface PreMeetingDates {
  /** Latest day to give notice of the meeting (statutory). */
  inviteBy: Date;
  /** Latest day to circulate the advice and information gathered (statutory). */
  adviceCirculatedBy: Date;
  /** Target day to request advice from contributors (Product). */
  requestAdviceTarget: Date;
  /** Target day to send the invitations (Product). */
  sendInvitesTarget: Date;
}

/**
 * Computes the pre-meeting dates for meeting `M`.
 *
 * - `inviteBy = M − 2 weeks`: at least two weeks' notice (reg 20(3); reg 21(3)). Statutory.
 * - `adviceCirculatedBy = M − 2 weeks`: advice circulated at least two weeks before the meeting
 *   (reg 20(4); reg 21(4); CoP 9.176). Statutory.
 * - `requestAdviceTarget = M − requestAdviceWeeks` (default 6) and
 *   `sendInvitesTarget = M − sendInvitesWeeks` (default 4): Product lead times (R19).
 * The same timings apply when the LA runs the review itself (reg 21; R16).
 */
export function computePreMeetingDates(meetingDate: Date, requestAdviceWeeks: number, sendInvitesWeeks: number): PreMeetingDates {
  return {
    inviteBy: subWeeks(meetingDate, NOTICE_WEEKS),
    adviceCirculatedBy: subWeeks(meetingDate, NOTICE_WEEKS),
    requestAdviceTarget: subWeeks(meetingDate, requestAdviceWeeks),
    sendInvitesTarget: subWeeks(meetingDate, sendInvitesWeeks),
  };
}
