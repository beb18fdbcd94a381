import type { ReviewCycleFacts, ReviewStage, StatutoryDeadline, StatutoryStatus } from '@ehcp/shared';
import { DEFAULT_LEAD_TIMES, type CompleteTimeline as Timeline, type TimelineField } from '@ehcp/shared/deadlines';
import { calendarDaysBetween } from '../clock.ts';

type Draft = Pick<StatutoryDeadline, 'label' | 'dueDate' | 'field' | 'owner'>;

/** Before the meeting is held: the 12-month date, or the phase transfer's amended-plan date when earlier. */
function beforeMeeting(timeline: Timeline): Draft {
  const transfer = timeline.phaseTransfer;
  if (transfer && transfer.lastCompliantDay < timeline.reviewDueBy)
    return {
      label: 'Phase transfer: amended plan due by',
      dueDate: transfer.lastCompliantDay,
      field: 'phaseTransfer.lastCompliantDay',
      owner: 'la',
    };
  return { label: 'Annual review (12 months) due by', dueDate: timeline.reviewDueBy, field: 'reviewDueBy', owner: 'school' };
}

function nextReview(timeline: Timeline): Draft {
  return timeline.nextReviewDueBy
    ? { label: 'Next annual review due by', dueDate: timeline.nextReviewDueBy, field: 'nextReviewDueBy', owner: 'school' }
    : { label: 'Annual review (12 months) due by', dueDate: timeline.reviewDueBy, field: 'reviewDueBy', owner: 'school' };
}

function afterMeeting(stage: ReviewStage, facts: ReviewCycleFacts, timeline: Timeline): Draft | null {
  const of = (label: string, field: TimelineField, dueDate: string | undefined, owner: Draft['owner']): Draft | null =>
    dueDate ? { label, dueDate, field, owner } : null;
  switch (stage) {
    case 'meeting-held':
      return of('Report to the LA by', 'reportDueBy', timeline.reportDueBy, 'school');
    case 'report-sent':
      return of('LA decision due by', 'decisionDueBy', timeline.decisionDueBy, 'la');
    case 'decision-received':
      return facts.decision === 'cease'
        ? of('Appeal against ceasing by', 'appealDeadline', timeline.appealDeadline, 'la')
        : of('LA proposed amendments due by', 'decisionDueBy', timeline.decisionDueBy, 'la');
    case 'amendments':
      return of('Final amended plan due by', 'effectiveFinalPlanDueBy', timeline.effectiveFinalPlanDueBy, 'la');
    default:
      return null;
  }
}

/** Late once its day has passed; due soon within the usual 7 days; otherwise in time. */
function statusOf(daysUntil: number): StatutoryStatus {
  if (daysUntil < 0) return 'late';
  return daysUntil <= DEFAULT_LEAD_TIMES.dueSoonDays ? 'due-soon' : 'in-time';
}

/**
 * The statutory deadline a cycle is working to on `asOf`, apart from our own planning targets
 * (the next action's date may be a lead-time target such as the R5 latest meeting date, which
 * is ours, not the law's). Pure.
 */
export function statutoryDeadlineOf(
  stage: ReviewStage,
  facts: ReviewCycleFacts,
  timeline: Timeline,
  asOf: string,
): StatutoryDeadline {
  const isBeforeMeeting = stage === 'not-started' || stage === 'meeting-booked' || stage === 'papers-circulated';
  const draft = isBeforeMeeting
    ? beforeMeeting(timeline)
    : stage === 'closed'
      ? nextReview(timeline)
      : (afterMeeting(stage, facts, timeline) ?? nextReview(timeline));
  const daysUntil = calendarDaysBetween(asOf, draft.dueDate);
  return { ...draft, daysUntil, status: statusOf(daysUntil) };
}
