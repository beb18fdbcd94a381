import { type CaseloadRow, type ReviewCycleFacts, type ReviewCycleStatus } from '@ehcp/shared';
import {
  computeTimeline,
  explainTimelineFields,
  type CompleteTimeline,
  type CompleteTimelineInput,
} from '@ehcp/shared/deadlines';
import { computeReviewStatus } from './review-cycle-status.ts';
import { calendarDaysBetween } from '../clock.ts';
import { timelineInputFor, yearGroupTransferOf, type PupilTimelineFacts } from './pupil-timeline.ts';

/** A cycle's engine input, timeline and status. */
export interface DescribedCycle {
  input: CompleteTimelineInput;
  timeline: CompleteTimeline;
  status: ReviewCycleStatus;
}

/**
 * Runs the engine on a pupil's stored facts and the cycle's facts, and derives the status.
 * Only the next action's date is explained (explaining every date of every row would cost
 * three times the engine itself in a 10,000-plan caseload). Pure.
 */
export function describeReviewCycle(pupil: PupilTimelineFacts, facts: ReviewCycleFacts, asOf: string): DescribedCycle {
  const input = timelineInputFor(pupil, asOf, facts);
  const timeline = computeTimeline(input);
  const explain = (field: Parameters<typeof explainTimelineFields>[2][number]) =>
    explainTimelineFields(input, timeline, [field])[field] ?? null;
  return { input, timeline, status: computeReviewStatus(facts, timeline, explain, asOf) };
}

/** A transfer the year group suggests but the SENDCo has not recorded (not on the timeline). */
function suggestionOf(pupil: PupilTimelineFacts, asOf: string): CaseloadRow['suggestedTransfer'] {
  const inferred = yearGroupTransferOf(pupil, asOf);
  return inferred?.basis === 'suggested' ? { type: inferred.type, transferDate: inferred.transferDate } : null;
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
    statutory: status.statutory,
    // Legally late only: a planning target passed is "behind our plan", not overdue.
    isOverdue: status.urgency === 'overdue',
    isYear9Plus: timeline.flags.isYear9Plus,
    isUnderFive: timeline.flags.isUnderFive,
    phaseTransfer:
      timeline.phaseTransfer && described.input.transfer
        ? {
            type: described.input.transfer.type,
            transferDate: described.input.transfer.transferDate,
            lastCompliantDay: timeline.phaseTransfer.lastCompliantDay,
            atRisk: timeline.phaseTransfer.atRisk,
            basis: pupil.transfer ? 'recorded' : 'year-group',
          }
        : null,
    suggestedTransfer: suggestionOf(pupil, asOf),
  };
}
