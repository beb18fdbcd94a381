import type { ReviewCycleFacts } from '@ehcp/shared';
import { computeTimeline, type CompleteTimeline, type CompleteTimelineInput, type TransferType } from '@ehcp/shared/deadlines';

/** The pupil facts the deadline engine needs (as stored on the Pupil model). */
export interface PupilTimelineFacts {
  dateOfBirth: string;
  planIssuedDate: string;
  lastReviewMeetingDate?: string | null;
  yearGroupOverride?: number | null;
  transfer?: { type: TransferType | string; transferDate: string } | null;
}

/**
 * Builds the engine input for a pupil's current review cycle from stored facts.
 * @param facts the cycle's recorded facts; omitted for a cycle with nothing recorded yet.
 */
export function timelineInputFor(
  pupil: PupilTimelineFacts,
  asOf: string,
  facts?: Pick<ReviewCycleFacts, 'meetingDate' | 'decision' | 'decisionNotifiedDate' | 'proposedAmendmentsSentDate'>,
): CompleteTimelineInput {
  return {
    dateOfBirth: pupil.dateOfBirth,
    planIssuedDate: pupil.planIssuedDate,
    lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? null,
    yearGroupOverride: pupil.yearGroupOverride ?? null,
    transfer: pupil.transfer ? { type: pupil.transfer.type as TransferType, transferDate: pupil.transfer.transferDate } : null,
    meetingDate: facts?.meetingDate ?? null,
    decision: facts?.decision ?? null,
    decisionNotifiedDate: facts?.decisionNotifiedDate ?? null,
    proposedAmendmentsSentDate: facts?.proposedAmendmentsSentDate ?? null,
    asOf,
  };
}

/** The statutory timeline of a pupil's current review cycle, from the stored facts. */
export function pupilTimeline(pupil: PupilTimelineFacts, asOf: string, facts?: ReviewCycleFacts): CompleteTimeline {
  return computeTimeline(timelineInputFor(pupil, asOf, facts));
}
