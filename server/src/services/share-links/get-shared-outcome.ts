import { reportDocName, type SharedOutcomeView } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';
import { Pupil, School } from '../../models/index.ts';
import { getReviewOutcome, loadReviewFacts } from '../reviews/index.ts';
import { pupilTimeline } from '../caseload/index.ts';

const unavailable = () =>
  new AppError('share_link_unavailable', 404, 'This link is no longer available. Ask the school for a new one.');

/**
 * What the local authority sees behind a valid link: the finalised outcome and report.
 * @throws AppError share_link_unavailable when the review has no outcome (never shows drafts).
 */
export async function getSharedOutcome(reviewId: string, asOf: string): Promise<SharedOutcomeView> {
  const review = await loadReviewFacts(reviewId);
  const [outcome, pupil, school] = await Promise.all([
    getReviewOutcome(review.id),
    Pupil.findById(review.pupilId).lean(),
    School.findById(review.schoolId).lean(),
  ]);
  if (!outcome || !pupil || !school) throw unavailable();
  const timeline = pupilTimeline(pupil, asOf);
  return {
    pupilName: pupil.name,
    schoolName: school.name,
    reviewDueBy: timeline.reviewDueBy,
    outcome,
    reportDocName: reportDocName(review.id),
  };
}

export { unavailable as shareLinkUnavailable };
