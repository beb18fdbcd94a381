import type { ReviewCycleFacts } from '@ehcp/shared';
import {
  computeTimeline,
  effectiveYearGroup,
  parseIsoDate,
  transferForYearGroup,
  type CompleteTimeline,
  type CompleteTimelineInput,
  type TransferType,
  type YearGroupTransfer,
} from '@ehcp/shared/deadlines';

/** The pupil facts the deadline engine needs (as stored on the Pupil model). */
export interface PupilTimelineFacts {
  dateOfBirth: string;
  planIssuedDate: string;
  lastReviewMeetingDate?: string | null;
  yearGroupOverride?: number | null;
  transfer?: { type: TransferType | string; transferDate: string } | null;
}

/**
 * What the pupil's year group on `asOf` says about a transfer next 1 September (Year 6 and
 * Year 11 always; some others suggested), or null. Ignored when a transfer is recorded.
 */
export function yearGroupTransferOf(pupil: PupilTimelineFacts, asOf: string): YearGroupTransfer | null {
  if (pupil.transfer) return null;
  const on = parseIsoDate(asOf);
  return transferForYearGroup(
    effectiveYearGroup(parseIsoDate(pupil.dateOfBirth), on, on, pupil.yearGroupOverride ?? undefined),
    on,
  );
}

/** The transfer the timeline uses: the recorded one, else Year 6's or Year 11's. */
function transferFor(pupil: PupilTimelineFacts, asOf: string): CompleteTimelineInput['transfer'] {
  if (pupil.transfer) return { type: pupil.transfer.type as TransferType, transferDate: pupil.transfer.transferDate };
  const inferred = yearGroupTransferOf(pupil, asOf);
  return inferred?.basis === 'always' ? { type: inferred.type, transferDate: inferred.transferDate } : null;
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
    transfer: transferFor(pupil, asOf),
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
