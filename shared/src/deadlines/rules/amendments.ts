/**
 * The post-meeting amendment chain (spec R8 Devon check, R9, R10).
 */
import { addDays, addWeeks, isAfter } from 'date-fns';
import { earlierOf } from './dates.ts';

/** Last day of "at least 15 days, beginning with the day … served" is S + 14 (reg 22(2)(c)). */
export const REPRESENTATION_DAYS_AFTER_SERVICE = 14;
/** Weeks from sending the proposals to the final amended plan (reg 22(3)). */
export const FINAL_PLAN_WEEKS = 8;
/** Weeks from the review meeting to the final amended plan (Devon [2022] EWHC 493 (Admin)). */
export const LONGSTOP_WEEKS = 12;

/** Dates of the amendment chain. */
export interface AmendmentDates {
  /** Last day for representations, school requests or a meeting request (statutory). */
  representationsCloseOn: Date;
  /** Earliest day the final amended plan may be issued (derived; Product). */
  earliestFinalIssueDate: Date;
  /** Final amended plan due: S + 8 weeks (statutory). Also the assumed R10 date (unverified). */
  finalPlanDueBy: Date;
  /** Final amended plan within 12 weeks of the meeting (case law). */
  finalPlanLongstop: Date;
  /** `finalPlanDueBy`, capped by the phase-transfer deadline when there is a transfer. */
  effectiveFinalPlanDueBy: Date;
  /** True when the proposals were sent after `decisionDueBy` (Devon); undefined without `decisionDueBy`. */
  proposedAmendmentsLate?: boolean;
}

/**
 * Computes the amendment chain from the date `S` the proposed amendments were sent.
 *
 * - `representationsCloseOn = S + 14 days`: day S is day 1 of "at least 15 days" (reg 22(2)(c)).
 * - `earliestFinalIssueDate = S + 15 days` (derived from reg 22(2)(c); Product).
 * - `finalPlanDueBy = S + 8 weeks` (reg 22(3)). A7: the sending date is used for both
 *   reg 22(2)(c) (service) and reg 22(3) (sending). The R10 notice of a decision not to amend
 *   is assumed to fall on the same day (reg 22(4), text not retrieved: unverified).
 * - `finalPlanLongstop = M + 12 weeks` (Devon, case law). Both are reported, never merged (A4).
 * - `effectiveFinalPlanDueBy = min(finalPlanDueBy, phaseTransferLastCompliantDay)` when a
 *   transfer applies (reg 18(1)), otherwise `finalPlanDueBy`.
 * - `proposedAmendmentsLate = S > decisionDueBy`: proposals must go with the decision (Devon).
 */
export function computeAmendmentDates(
  sentDate: Date,
  meetingDate: Date,
  decisionDueBy: Date | undefined,
  phaseTransferLastCompliantDay: Date | undefined,
): AmendmentDates {
  const finalPlanDueBy = addWeeks(sentDate, FINAL_PLAN_WEEKS);
  return {
    representationsCloseOn: addDays(sentDate, REPRESENTATION_DAYS_AFTER_SERVICE),
    earliestFinalIssueDate: addDays(sentDate, REPRESENTATION_DAYS_AFTER_SERVICE + 1),
    finalPlanDueBy,
    finalPlanLongstop: addWeeks(meetingDate, LONGSTOP_WEEKS),
    effectiveFinalPlanDueBy:
      phaseTransferLastCompliantDay === undefined ? finalPlanDueBy : earlierOf(finalPlanDueBy, phaseTransferLastCompliantDay),
    ...(decisionDueBy && { proposedAmendmentsLate: isAfter(sentDate, decisionDueBy) }),
  };
}
