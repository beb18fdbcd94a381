import { computeTimeline, type Timeline } from '@ehcp/shared/deadlines';
import type { PupilDoc } from '../../models/index.ts';

/** The statutory timeline of a pupil's current review cycle, from the stored facts. */
export function pupilTimeline(
  pupil: Pick<PupilDoc, 'dateOfBirth' | 'planIssuedDate' | 'lastReviewMeetingDate'>,
  asOf: string,
): Timeline {
  return computeTimeline({
    dateOfBirth: pupil.dateOfBirth,
    planIssuedDate: pupil.planIssuedDate,
    lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? undefined,
    asOf,
  });
}
