import { reportDocName, type ReviewDetail, type ReviewOutcome } from '@ehcp/shared';
import { notFound } from '../../errors/index.ts';
import { Outcome, Pupil, User } from '../../models/index.ts';
import type { ReviewFacts } from './load-review.ts';
import { pupilTimeline } from '../caseload/index.ts';

/** Loads a review's outcome, or null while it is open. */
export async function getReviewOutcome(reviewId: string): Promise<ReviewOutcome | null> {
  const outcome = await Outcome.findOne({ reviewId }).lean();
  if (!outcome) return null;
  const finaliser = await User.findById(outcome.finalisedBy).lean();
  return {
    recommendation: outcome.recommendation,
    reasons: outcome.reasons,
    finalisedAt: outcome.finalisedAt.toISOString(),
    finalisedBy: finaliser?.name ?? 'Unknown',
    report: JSON.parse(outcome.reportJson),
  };
}

/**
 * Builds the review page's view of a review the caller may already see.
 * @param canFinalise decided by the caller's policy check.
 */
export async function getReviewDetail(review: ReviewFacts, asOf: string, canFinalise: boolean): Promise<ReviewDetail> {
  const pupil = await Pupil.findById(review.pupilId).lean();
  if (!pupil) throw notFound('review', 'review_not_found');
  const timeline = pupilTimeline(pupil, asOf);
  return {
    id: review.id,
    pupilName: pupil.name,
    yearGroup: timeline.yearGroup,
    reviewDueBy: timeline.reviewDueBy,
    status: review.status,
    reportDocName: reportDocName(review.id),
    canFinalise,
    outcome: await getReviewOutcome(review.id),
  };
}
