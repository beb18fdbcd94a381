/**
 * Explanations for the meeting and amendment-chain outputs (R5–R10, R19).
 */
import { addWeeks } from 'date-fns';
import { daysBetween, plural, weekendNote } from './explain-helpers.ts';
import type { ExplainContext, ExplanationBuilder, TimelineField } from './explanation-types.ts';
import { formatIsoDate, parseIsoDate } from './rules/dates.ts';

const REGS = 'SEND Regulations 2014 (SI 2014/1530)';
const DEVON = 'R (L, M and P) v Devon County Council [2022] EWHC 493 (Admin)';

// Outputs in this file exist only with a meeting date (and S for the chain), so the
// fallbacks to '' below are never used; they keep the types exact without assertions.
const meeting = (c: ExplainContext): string => c.long(c.input.meetingDate ?? '');
const sent = (c: ExplainContext): string => c.long(c.input.proposedAmendmentsSentDate ?? '');
const fourWeeksAfterMeeting = (c: ExplainContext): string => formatIsoDate(addWeeks(parseIsoDate(c.input.meetingDate ?? ''), 4));

function decisionReason(c: ExplainContext): string {
  const { timeline: t, long } = c;
  const due = t.decisionDueBy ?? '';
  if (t.flags.meetingLate) {
    return `The meeting on ${meeting(c)} was after the review deadline of ${long(t.reviewDueBy)}, so the 12-month duty is already missed; the council must still send its decision within four weeks of the meeting, by ${long(due)}.`;
  }
  if (t.flags.decisionWindowCapped) {
    return `Four weeks after the meeting on ${meeting(c)} would be ${long(fourWeeksAfterMeeting(c))}, but the decision must also fall within the 12-month review period, so the council must send it by the earlier date, ${long(due)}.`;
  }
  return `The council must tell you its decision (keep the plan as it is, change it, or stop it) within four weeks of the meeting on ${meeting(c)}, so by ${long(due)}.`;
}

/** Builders for the meeting and amendment outputs, keyed by output name. */
export const MEETING_EXPLANATIONS: Partial<Record<TimelineField, ExplanationBuilder>> = {
  inviteBy: (c) => ({
    ruleId: 'R6',
    status: 'statutory',
    source: `${REGS} reg 20(3), reg 21(3)`,
    verification: 'V',
    reason: `Everyone invited must get at least two weeks' notice of the meeting on ${meeting(c)}, so invitations must go out by ${c.long(c.timeline.inviteBy ?? '')}.${weekendNote(c.timeline.inviteBy ?? '')}`,
  }),
  adviceCirculatedBy: (c) => ({
    ruleId: 'R6',
    status: 'statutory',
    source: `${REGS} reg 20(4), reg 21(4); SEND Code of Practice 9.176`,
    verification: 'V',
    reason: `The advice and information gathered for the review must reach everyone invited at least two weeks before the meeting on ${meeting(c)}, so by ${c.long(c.timeline.adviceCirculatedBy ?? '')}.${weekendNote(c.timeline.adviceCirculatedBy ?? '')}`,
  }),
  requestAdviceTarget: (c) => ({
    ruleId: 'R19',
    status: 'product',
    source: 'Product lead time (configurable), not law',
    reason: `We suggest asking contributors for advice by ${c.long(c.timeline.requestAdviceTarget ?? '')}, ${plural(daysBetween(c.timeline.requestAdviceTarget ?? '', c.input.meetingDate ?? '') / 7, 'week')} before the meeting, so they have time to write before the advice must be sent out. This is our suggestion, not a legal date.`,
  }),
  sendInvitesTarget: (c) => ({
    ruleId: 'R19',
    status: 'product',
    source: 'Product lead time (configurable), not law',
    reason: `We suggest sending the invitations by ${c.long(c.timeline.sendInvitesTarget ?? '')}, ${plural(daysBetween(c.timeline.sendInvitesTarget ?? '', c.input.meetingDate ?? '') / 7, 'week')} before the meeting, well ahead of the two weeks' notice the law requires. This is our suggestion, not a legal date.`,
  }),
  reportDueBy: (c) => ({
    ruleId: 'R7',
    status: 'statutory',
    source: `${REGS} reg 20 (report), reg 21(7)`,
    verification: 'V2',
    reason: `The review report must be sent to the council and everyone invited within two weeks of the meeting on ${meeting(c)}, so by ${c.long(c.timeline.reportDueBy ?? '')}.${weekendNote(c.timeline.reportDueBy ?? '')}`,
  }),
  decisionDueBy: (c) => ({
    ruleId: 'R5',
    status: 'statutory',
    source: `${REGS} reg 20; SEND Code of Practice 9.169; Children and Families Act 2014 s44(1)`,
    verification: 'V2',
    reason: `${decisionReason(c)}${weekendNote(c.timeline.decisionDueBy ?? '')}`,
  }),
  representationsCloseOn: (c) => ({
    ruleId: 'R9',
    status: 'statutory',
    source: `${REGS} reg 22(2)(c)`,
    verification: 'V',
    reason: `You have at least 15 days, counting ${sent(c)} (when the proposed changes were sent) as day 1, to comment, ask for a particular school or college, or ask to meet an officer: the last day is ${c.long(c.timeline.representationsCloseOn ?? '')}.${weekendNote(c.timeline.representationsCloseOn ?? '')}`,
  }),
  earliestFinalIssueDate: (c) => ({
    ruleId: 'R9',
    status: 'product',
    source: `Derived from ${REGS} reg 22(2)(c)`,
    reason: `The final amended plan should not be issued before ${c.long(c.timeline.earliestFinalIssueDate ?? '')}, the day after the 15 days for comments end.`,
  }),
  finalPlanDueBy: (c) => ({
    ruleId: 'R9',
    status: 'statutory',
    source: `${REGS} reg 22(3); reg 22(4) for a decision not to amend (R10: time limit assumed, not verified)`,
    verification: 'V',
    reason: `The final amended plan must be sent within 8 weeks of the proposed changes being sent on ${sent(c)}, so by ${c.long(c.timeline.finalPlanDueBy ?? '')}. If, after hearing your comments, the council decides not to change the plan, we assume it must tell you by the same date (this time limit is not yet verified).${weekendNote(c.timeline.finalPlanDueBy ?? '')}`,
  }),
  finalPlanLongstop: (c) => {
    const { timeline: t, long } = c;
    const longstop = t.finalPlanLongstop ?? '';
    const laterChain =
      (t.finalPlanDueBy ?? '') > longstop
        ? ` The 8-week date (${long(t.finalPlanDueBy ?? '')}) is later than this; both are shown, and the earlier one is the safer target.`
        : '';
    return {
      ruleId: 'R9',
      status: 'case-law',
      source: DEVON,
      verification: 'V2',
      reason: `The High Court (the Devon case) held that the final amended plan must be issued within 12 weeks of the review meeting on ${meeting(c)}: by ${long(longstop)}.${laterChain}${weekendNote(longstop)}`,
    };
  },
  effectiveFinalPlanDueBy: (c) => {
    const { timeline: t, long } = c;
    const effective = t.effectiveFinalPlanDueBy ?? '';
    const cappedByTransfer = t.phaseTransfer !== undefined && effective !== t.finalPlanDueBy;
    return {
      ruleId: 'R9',
      status: 'statutory',
      source: `${REGS} reg 22(3) and reg 18`,
      verification: 'V',
      reason: cappedByTransfer
        ? `Because of the move to a new school or college, the amended plan naming it must be final by ${long(effective)}, earlier than the usual 8-week date of ${long(t.finalPlanDueBy ?? '')}.${weekendNote(effective)}`
        : `The final amended plan is due by ${long(effective)}${t.phaseTransfer ? '; the phase-transfer deadline is not earlier' : ''}.${weekendNote(effective)}`,
    };
  },
  'flags.meetingLate': (c) => ({
    ruleId: 'R5',
    status: 'statutory',
    source: 'Children and Families Act 2014 s44(1); SEND Code of Practice 9.169',
    verification: 'V2',
    reason: c.timeline.flags.meetingLate
      ? `The meeting on ${meeting(c)} is after the review deadline of ${c.long(c.timeline.reviewDueBy)}, so this review is late.`
      : `The meeting on ${meeting(c)} is on or before the review deadline of ${c.long(c.timeline.reviewDueBy)}.`,
  }),
  'flags.decisionWindowCapped': (c) => ({
    ruleId: 'R5',
    status: 'code',
    source: 'SEND Code of Practice 9.169 (restating Children and Families Act 2014 s44(1))',
    verification: 'V2',
    reason: c.timeline.flags.decisionWindowCapped
      ? `The review deadline (${c.long(c.timeline.reviewDueBy)}) comes before four weeks after the meeting (${c.long(fourWeeksAfterMeeting(c))}), so the council has less than four weeks to decide.`
      : `The full four weeks after the meeting fit inside the 12-month review period.`,
  }),
  'flags.proposedAmendmentsLate': (c) => ({
    ruleId: 'R8',
    status: 'case-law',
    source: DEVON,
    verification: 'V2',
    reason: c.timeline.flags.proposedAmendmentsLate
      ? `The proposed changes were sent on ${sent(c)}, after the decision deadline of ${c.long(c.timeline.decisionDueBy ?? '')}; the Devon case says they must be sent with the decision.`
      : `The proposed changes were sent on ${sent(c)}, by the decision deadline of ${c.long(c.timeline.decisionDueBy ?? '')}, as the Devon case requires.`,
  }),
};
