import { URGENCIES, type CaseloadRow, type ReviewCycleFacts, type ReviewCycleStatus } from '@ehcp/shared';
import { computeTimeline, explainTimeline, type Timeline, type TimelineExplanations } from '@ehcp/shared/deadlines';
import { computeReviewStatus } from '../reviews/review-cycle-status.ts';
import { calendarDaysBetween } from '../clock.ts';
import { timelineInputFor, type PupilTimelineFacts } from './pupil-timeline.ts';

/** A cycle's timeline, the explanation of each date, and its status. */
export interface DescribedCycle {
  timeline: Timeline;
  explanations: TimelineExplanations;
  status: ReviewCycleStatus;
}

/** Runs the engine on a pupil's stored facts and the cycle's facts, and derives the status. Pure. */
export function describeReviewCycle(pupil: PupilTimelineFacts, facts: ReviewCycleFacts, asOf: string): DescribedCycle {
  const input = timelineInputFor(pupil, asOf, facts);
  const timeline = computeTimeline(input);
  const explanations = explainTimeline(input);
  return { timeline, explanations, status: computeReviewStatus(facts, timeline, explanations, asOf) };
}

/** The caseload row fields derived from a described cycle. */
export function caseloadFieldsOf(
  described: DescribedCycle,
  pupil: PupilTimelineFacts,
  asOf: string,
): Omit<CaseloadRow, 'reviewId' | 'pupilName' | 'planIssuedDate' | 'lastReviewMeetingDate' | 'status' | 'meetingDate'> {
  const { timeline, status } = described;
  return {
    yearGroup: timeline.yearGroup,
    reviewDueBy: timeline.reviewDueBy,
    daysUntilDue: calendarDaysBetween(asOf, timeline.reviewDueBy),
    stage: status.stage,
    nextAction: status.nextAction,
    urgency: status.urgency,
    daysUntilAction: status.daysUntilDue,
    isOverdue: timeline.flags.reviewOverdue === true || status.urgency === 'overdue',
    isYear9Plus: timeline.flags.isYear9Plus,
    isUnderFive: timeline.flags.isUnderFive,
    phaseTransfer:
      timeline.phaseTransfer && pupil.transfer
        ? {
            type: pupil.transfer.type,
            transferDate: pupil.transfer.transferDate,
            lastCompliantDay: timeline.phaseTransfer.lastCompliantDay,
            atRisk: timeline.phaseTransfer.atRisk,
          }
        : null,
  };
}

/** Orders caseload rows: most urgent first, then the soonest next action, then by name. */
export function compareCaseloadRows(a: CaseloadRow, b: CaseloadRow): number {
  return (
    URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency) ||
    a.daysUntilAction - b.daysUntilAction ||
    a.pupilName.localeCompare(b.pupilName)
  );
}
