/**
 * Appeal deadline after a decision to cease to maintain a plan (spec R17).
 */
import { addMonths } from 'date-fns';
import { laterOf } from './dates.ts';

/** Months from the decision letter to appeal. */
export const APPEAL_MONTHS = 2;
/** Months from a mediation certificate to appeal. */
export const APPEAL_AFTER_MEDIATION_MONTHS = 1;

/**
 * `appealDeadline = max(decisionNotifiedDate + 2 months, mediationCertificateDate + 1 month)`.
 * Reg 31 (SI 2014/1530) sets no time limit for the cease decision itself; the appeal limits are
 * from the Tribunal rules as reported by IPSEA and Essex SENDIASS (unverified, U). The plan stays
 * in force until the appeal period ends or an appeal is decided. Month arithmetic clamps to the
 * month end ("2 months after" a day, not a period "beginning with" it).
 */
export function computeAppealDeadline(decisionNotifiedDate: Date, mediationCertificateDate: Date | undefined): Date {
  const fromDecision = addMonths(decisionNotifiedDate, APPEAL_MONTHS);
  if (mediationCertificateDate === undefined) return fromDecision;
  return laterOf(fromDecision, addMonths(mediationCertificateDate, APPEAL_AFTER_MEDIATION_MONTHS));
}
