import type { NextAction, ReviewCycleFacts, ReviewCycleStatus, ReviewStage, StatutoryDeadline, Urgency } from '@ehcp/shared';
import {
  DEFAULT_LEAD_TIMES,
  type CompleteTimeline as Timeline,
  type Explanation,
  type TimelineField,
} from '@ehcp/shared/deadlines';
import { calendarDaysBetween } from '../clock.ts';
import { statutoryDeadlineOf } from './statutory-deadline.ts';

/** Days before a post-meeting deadline (report, decision, final plan) when it counts as "within the lead time". */
export const POST_MEETING_LEAD_DAYS = 14;

/** The stage a cycle has reached, from the facts alone. A "maintain" decision closes the cycle. */
export function reviewStageOf(facts: ReviewCycleFacts): ReviewStage {
  if (facts.finalPlanIssuedDate) return 'closed';
  if (facts.proposedAmendmentsSentDate) return 'amendments';
  if (facts.decisionNotifiedDate) return facts.decision === 'maintain' ? 'closed' : 'decision-received';
  if (facts.reportSentDate) return 'report-sent';
  if (facts.meetingHeld) return 'meeting-held';
  if (facts.papersCirculatedDate) return 'papers-circulated';
  if (facts.meetingDate) return 'meeting-booked';
  return 'not-started';
}

type ActionDraft = Omit<NextAction, 'explanation'> & { leadFrom: string | null };

function meetingAction(facts: ReviewCycleFacts, timeline: Timeline, asOf: string): ActionDraft {
  const meetingDate = facts.meetingDate!;
  if (meetingDate < asOf) {
    return {
      kind: 'confirm-meeting',
      label: 'Record that the meeting was held',
      dueDate: meetingDate,
      field: 'meetingDate',
      leadFrom: null,
    };
  }
  if (!facts.papersCirculatedDate && timeline.adviceCirculatedBy) {
    return {
      kind: 'circulate-papers',
      label: 'Circulate advice and papers to everyone invited',
      dueDate: timeline.adviceCirculatedBy,
      field: 'adviceCirculatedBy',
      leadFrom: timeline.requestAdviceTarget ?? null,
    };
  }
  return { kind: 'hold-meeting', label: 'Hold the review meeting', dueDate: meetingDate, field: 'meetingDate', leadFrom: null };
}

function bookMeetingAction(timeline: Timeline): ActionDraft {
  const transfer = timeline.phaseTransfer;
  // A phase transfer (reg 18) can need the meeting earlier than the 12-month rule does.
  if (transfer && transfer.latestMeetingDate < timeline.latestMeetingDate) {
    return {
      kind: 'book-meeting',
      label: 'Book the phase-transfer review meeting',
      dueDate: transfer.latestMeetingDate,
      field: 'phaseTransfer.latestMeetingDate',
      leadFrom: transfer.windowOpens,
    };
  }
  return {
    kind: 'book-meeting',
    label: 'Book the review meeting',
    dueDate: timeline.latestMeetingDate,
    field: 'latestMeetingDate',
    leadFrom: timeline.reviewSurfaceFrom,
  };
}

function postMeetingAction(stage: ReviewStage, facts: ReviewCycleFacts, timeline: Timeline): ActionDraft | null {
  const nextReview: ActionDraft = {
    kind: 'next-review',
    label: 'Next annual review due',
    dueDate: timeline.nextReviewDueBy ?? timeline.reviewDueBy,
    field: timeline.nextReviewDueBy ? 'nextReviewDueBy' : 'reviewDueBy',
    leadFrom: null,
  };
  const lead = (label: string, kind: string, field: NextAction['field'], dueDate: string | undefined): ActionDraft | null =>
    dueDate ? { kind, label, dueDate, field, leadFrom: null } : null;
  switch (stage) {
    case 'meeting-held':
      return lead('Send the review report to the local authority', 'send-report', 'reportDueBy', timeline.reportDueBy);
    case 'report-sent':
      return lead("Chase the local authority's decision", 'chase-decision', 'decisionDueBy', timeline.decisionDueBy);
    case 'decision-received':
      if (facts.decision === 'cease' && timeline.appealDeadline)
        return lead(
          'Appeal deadline for the decision to cease the plan',
          'appeal-window',
          'appealDeadline',
          timeline.appealDeadline,
        );
      return lead('Chase the proposed amendments', 'chase-proposals', 'decisionDueBy', timeline.decisionDueBy);
    case 'amendments':
      return lead('Chase the final amended plan', 'final-plan', 'effectiveFinalPlanDueBy', timeline.effectiveFinalPlanDueBy);
    default:
      return nextReview;
  }
}

/**
 * Overdue only when legally late (the statutory deadline has passed); behind our plan when the
 * next action's own date has passed but the law's has not; then due within 7 days, within the
 * lead time, on track.
 */
function urgencyOf(action: ActionDraft, asOf: string, statutory: StatutoryDeadline): Urgency {
  const days = calendarDaysBetween(asOf, action.dueDate);
  if (statutory.status === 'late') return 'overdue';
  if (days < 0) return 'behind-plan';
  if (action.kind === 'next-review') return days <= DEFAULT_LEAD_TIMES.dueSoonDays ? 'due-soon' : 'on-track';
  if (days <= DEFAULT_LEAD_TIMES.dueSoonDays) return 'due-soon';
  const leadFrom = action.leadFrom;
  if (leadFrom ? asOf >= leadFrom : days <= POST_MEETING_LEAD_DAYS) return 'lead-time';
  return 'on-track';
}

/** Explains one engine output ("why this date"), or null when it has no explanation. */
export type ExplainField = (field: TimelineField) => Explanation | null;

function meetingExplanation(facts: ReviewCycleFacts, explain: ExplainField): Explanation {
  const latest = explain('latestMeetingDate');
  return {
    ruleId: 'R5',
    reason: `This is the meeting date you recorded (${facts.meetingDate}).${latest ? ` ${latest.reason}` : ''}`,
    status: latest?.status ?? 'statutory',
    source: latest?.source ?? 'SEND Regulations 2014 reg 20',
    ...(latest?.verification ? { verification: latest.verification } : {}),
  };
}

/**
 * Where a review cycle stands on `asOf`: its stage, the next action with its deadline and why,
 * and how urgent it is (overdue, due within 7 days, within the lead time, on track). Pure.
 * @param explain explains an output of this same timeline; gives the action's "why this date".
 */
export function computeReviewStatus(
  facts: ReviewCycleFacts,
  timeline: Timeline,
  explain: ExplainField,
  asOf: string,
): ReviewCycleStatus {
  const stage = reviewStageOf(facts);
  let draft: ActionDraft;
  if (stage === 'not-started') draft = bookMeetingAction(timeline);
  else if (stage === 'meeting-booked' || stage === 'papers-circulated') draft = meetingAction(facts, timeline, asOf);
  else draft = postMeetingAction(stage, facts, timeline) ?? bookMeetingAction(timeline);
  const { leadFrom: _leadFrom, ...action } = draft;
  const explanation = action.field === 'meetingDate' ? meetingExplanation(facts, explain) : explain(action.field);
  const statutory = statutoryDeadlineOf(stage, facts, timeline, asOf);
  return {
    stage,
    nextAction: { ...action, explanation },
    urgency: urgencyOf(draft, asOf, statutory),
    daysUntilDue: calendarDaysBetween(asOf, action.dueDate),
    statutory,
  };
}
