/**
 * Dates after the review meeting: the report and the LA decision (spec R5, R7, R8, R16).
 */
import { addWeeks, isAfter } from 'date-fns';
import { earlierOf } from './dates.ts';

/** Weeks after the meeting for the review report (reg 20; reg 21(7)). */
export const REPORT_WEEKS = 2;
/** Weeks after the meeting for the LA's decision notice (reg 20; CoP 9.169). */
export const DECISION_WEEKS = 4;

/** Dates and flags after a review meeting. */
export interface PostMeetingDates {
  /** Latest day for the review report to reach the LA and every invitee (statutory). */
  reportDueBy: Date;
  /** Latest day for the LA to notify its decision (statutory, capped by the 12 months). */
  decisionDueBy: Date;
  /** True when the meeting was after `reviewDueBy` (the 12-month duty is already breached). */
  meetingLate: boolean;
  /** Present only when the meeting is not late: true when the 12-month date cut the 4 weeks short. */
  decisionWindowCapped?: boolean;
}

/** `reportDueBy = M + 2 weeks` (reg 20 report paragraph; reg 21(7); R7): needs only the meeting. */
export function computeReportDueBy(meetingDate: Date): Date {
  return addWeeks(meetingDate, REPORT_WEEKS);
}

/**
 * Computes the report and decision deadlines for meeting `M` in a cycle ending `reviewDueBy`.
 *
 * - `reportDueBy = M + 2 weeks` (reg 20 report paragraph; reg 21(7); R7). Statutory.
 * - Not late (`M ≤ reviewDueBy`): `decisionDueBy = min(M + 4 weeks, reviewDueBy)` and
 *   `decisionWindowCapped = reviewDueBy < M + 4 weeks`, because CoP 9.169 requires the decision
 *   "within four weeks of the review meeting (and within 12 months …)" (R5, R8).
 * - Late (`M > reviewDueBy`): `decisionDueBy = M + 4 weeks`; the 12-month duty is already
 *   breached but the 4-week duty still runs. `decisionWindowCapped` is then absent.
 */
export function computePostMeetingDates(meetingDate: Date, reviewDueBy: Date): PostMeetingDates {
  const fourWeeksOn = addWeeks(meetingDate, DECISION_WEEKS);
  const reportDueBy = computeReportDueBy(meetingDate);
  if (isAfter(meetingDate, reviewDueBy)) {
    return { reportDueBy, decisionDueBy: fourWeeksOn, meetingLate: true };
  }
  return {
    reportDueBy,
    decisionDueBy: earlierOf(fourWeeksOn, reviewDueBy),
    meetingLate: false,
    decisionWindowCapped: isAfter(fourWeeksOn, reviewDueBy),
  };
}
