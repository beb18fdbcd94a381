import { addCalendarDays, longDate, workingDaysBefore, type InvitationDefaults } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';

/** The review's meeting and statutory circulation date, as invitations need them. */
export interface DueDateContext {
  meetingDate: string | null;
  /** Statutory date to circulate advice (two weeks before the meeting, R6), when a meeting is booked. */
  adviceCirculatedBy: string | null;
}

/** Working days before the meeting a late contribution is asked for by default: time to read it. */
export const LATE_DUE_WORKING_DAYS = 2;

const invalidDueDate = (message: string) =>
  new AppError('validation_failed', 400, message, { details: [{ path: 'dueDate', message }] });

/**
 * The date to suggest on the invitation form: the statutory circulation date while it is still
 * ahead; once it has passed (late reviews are the normal case), two working days before the
 * meeting, and never before today. Null without a meeting.
 */
export function suggestedDueDate(context: DueDateContext, today: string): string | null {
  const { meetingDate, adviceCirculatedBy } = context;
  if (!meetingDate || !adviceCirculatedBy) return null;
  if (adviceCirculatedBy >= today) return adviceCirculatedBy;
  const late = workingDaysBefore(meetingDate, LATE_DUE_WORKING_DAYS);
  return late >= today ? late : today;
}

/**
 * Why a due date is late, in plain words, or null when it is not: contributions due after the
 * statutory circulation date reach the papers late (SEND Regulations 2014 reg 20(4)). A warning
 * for the SENDCo and the tracker, never a refusal: the review carries on.
 */
export function latenessOf(dueDate: string, context: DueDateContext): string | null {
  const { meetingDate, adviceCirculatedBy } = context;
  if (!meetingDate || !adviceCirculatedBy || dueDate <= adviceCirculatedBy) return null;
  return (
    `After the statutory date: advice and papers were due to be circulated by ${longDate(adviceCirculatedBy)}, ` +
    `two weeks before the meeting on ${longDate(meetingDate)} (SEND Regulations 2014 reg 20(4)). ` +
    'Contributions due later reach the papers late; say so when you circulate them.'
  );
}

/** What the invitation form shows: the suggested date and, when the statutory date has passed, why. */
export function invitationDefaults(context: DueDateContext, today: string): InvitationDefaults {
  const suggested = suggestedDueDate(context, today);
  const isLate = context.adviceCirculatedBy !== null && context.adviceCirculatedBy < today;
  return {
    meetingDate: context.meetingDate,
    adviceCirculatedBy: context.adviceCirculatedBy,
    suggestedDueDate: suggested,
    lateNotice:
      isLate && suggested
        ? `The statutory date for circulating advice, ${longDate(context.adviceCirculatedBy!)}, has passed. ` +
          `Ask for contributions by ${longDate(suggested)} (${LATE_DUE_WORKING_DAYS} working days before the meeting) or any date from today; ` +
          'the tracker and the papers will show them as late.'
        : null,
  };
}

/**
 * The date a contribution is due: the SENDCo's date, or the suggested one. Any date from today on
 * is accepted, also after the statutory circulation date (the lateness is a warning, see
 * {@link latenessOf}); a date in the past, or none at all without a meeting, is refused.
 * @throws AppError validation_failed naming dueDate.
 */
export function resolveDueDate(requested: string | undefined, context: DueDateContext, today: string): string {
  const due = requested ?? suggestedDueDate(context, today);
  if (!due) throw invalidDueDate('Give a due date: this review has no meeting date yet.');
  if (due < today) throw invalidDueDate(`The due date has already passed: choose today (${longDate(today)}) or a later date.`);
  if (due > addCalendarDays(today, 366)) throw invalidDueDate('The due date is more than a year away: check the year.');
  return due;
}
