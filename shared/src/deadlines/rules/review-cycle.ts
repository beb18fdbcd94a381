/**
 * The 12-month review cycle (spec R4, R5 `latestMeetingDate`, R11, R19 `reviewSurfaceFrom`).
 */
import { addMonths, differenceInCalendarDays, isAfter, subDays, subWeeks } from 'date-fns';
import { endOfMonthsPeriod } from './dates.ts';

/** Length of the review period in calendar months (CFA 2014 s44(1); CoP 9.166, 9.169). */
export const REVIEW_PERIOD_MONTHS = 12;
/** Days the LA has to decide after the meeting: 4 weeks (reg 20; CoP 9.169; spec R5). */
export const DECISION_WINDOW_DAYS = 28;

/** Dates of the current review cycle. */
export interface ReviewCycle {
  /** Start of the current 12-month period: the previous review meeting, else the plan issue date. */
  reviewAnchorDate: Date;
  /** Last compliant day for the whole review, including the decision notice. */
  reviewDueBy: Date;
  /** Same day 12 months after the anchor; display only ("by the anniversary", A2). */
  anniversaryDate: Date;
  /** Last meeting date that still leaves the full 4-week decision window inside the 12 months. */
  latestMeetingDate: Date;
  /** When the review should be surfaced to the SENDCo (Product lead time). */
  reviewSurfaceFrom: Date;
}

/**
 * Computes the current review cycle.
 *
 * - Anchor: `lastReviewMeetingDate ?? planIssuedDate` (spec R4; meeting-date anchor is A1, Product);
 *   undefined when neither is given.
 * - `reviewDueBy = endOfMonthsPeriod(anchor, 12)`: "within 12 months" starting with the anchor
 *   (CFA 2014 s44(1); CoP 9.166, 9.169; A2). Statutory.
 * - `anniversaryDate = addMonths(anchor, 12)`: display only (A2).
 * - `latestMeetingDate = reviewDueBy − 28 days` (CoP 9.169; derived, Product; R5).
 * - `reviewSurfaceFrom = reviewDueBy − surfaceWeeks` (Product; R19, default 12 weeks).
 */
export function computeReviewCycle(
  planIssuedDate: Date | undefined,
  lastReviewMeetingDate: Date | undefined,
  reviewSurfaceWeeks: number,
): ReviewCycle | undefined {
  const reviewAnchorDate = lastReviewMeetingDate ?? planIssuedDate;
  if (!reviewAnchorDate) return undefined; // neither date given: the cycle is not determined
  const reviewDueBy = endOfMonthsPeriod(reviewAnchorDate, REVIEW_PERIOD_MONTHS);
  return {
    reviewAnchorDate,
    reviewDueBy,
    anniversaryDate: addMonths(reviewAnchorDate, REVIEW_PERIOD_MONTHS),
    latestMeetingDate: subDays(reviewDueBy, DECISION_WINDOW_DAYS),
    reviewSurfaceFrom: subWeeks(reviewDueBy, reviewSurfaceWeeks),
  };
}

/** Overdue status when no meeting is recorded in the cycle. */
export interface OverdueStatus {
  /** True when `asOf` is after `reviewDueBy`. */
  reviewOverdue: boolean;
  /** Calendar days past `reviewDueBy`; present only when overdue (always ≥ 1). */
  daysOverdue?: number;
}

/**
 * Overdue test for a cycle with no meeting recorded (spec R4, R19):
 * `reviewOverdue = asOf > reviewDueBy`, `daysOverdue = differenceInCalendarDays(asOf, reviewDueBy)`.
 * Source: CFA 2014 s44(1). Statutory. Only call it when no `meetingDate` is given.
 */
export function computeOverdue(asOf: Date, reviewDueBy: Date): OverdueStatus {
  if (!isAfter(asOf, reviewDueBy)) return { reviewOverdue: false };
  return { reviewOverdue: true, daysOverdue: differenceInCalendarDays(asOf, reviewDueBy) };
}

/**
 * Review due date of the next cycle once this cycle's meeting `M` is held:
 * `endOfMonthsPeriod(M, 12)`, also when the meeting was late (spec R11; IPSEA-PT).
 * Every review under s44 / regs 19–21 restarts the clock, including phase-transfer reviews.
 */
export function computeNextReviewDueBy(meetingDate: Date): Date {
  return endOfMonthsPeriod(meetingDate, REVIEW_PERIOD_MONTHS);
}
