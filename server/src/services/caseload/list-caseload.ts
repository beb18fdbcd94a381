import type { CaseloadRow } from '@ehcp/shared';
import { caseloadFieldsOf, compareCaseloadRows } from '../review-cycle/index.ts';
import { loadCurrentCycles } from './current-cycles.ts';

/**
 * Lists a school's plans with where each current review cycle stands: stage, next action with
 * its date and explanation, and urgency; most urgent first.
 * @param asOf today's date (YYYY-MM-DD) in England.
 * @param visibleReviews the viewer's `visibleReviewFilter`, when not everything is theirs to see.
 */
export async function listCaseload(
  schoolId: string,
  asOf: string,
  visibleReviews?: Record<string, unknown>,
): Promise<CaseloadRow[]> {
  const rows: CaseloadRow[] = (await loadCurrentCycles(schoolId, asOf, visibleReviews)).map(({ pupil, review, described }) => ({
    reviewId: String(review._id),
    pupilName: pupil.name,
    planIssuedDate: pupil.planIssuedDate,
    lastReviewMeetingDate: pupil.lastReviewMeetingDate ?? null,
    status: review.status,
    meetingDate: review.meetingDate ?? null,
    ...caseloadFieldsOf(described, pupil, asOf),
  }));
  return rows.sort(compareCaseloadRows);
}
