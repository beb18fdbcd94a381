import type { ReviewCycleFacts, UpdateReviewFactsRequest } from '@ehcp/shared';
import { AppError, notFound } from '../../errors/index.ts';
import { Pupil, Review } from '../../models/index.ts';
import type { ReviewFacts } from './load-review.ts';
import { refreshCaseloadEntries } from '../caseload/index.ts';
import { bookingWarnings, cycleFactsOf, pupilTimeline, validateReviewFacts } from '../review-cycle/index.ts';

/**
 * Records what happened in a review's current cycle (a PATCH: given facts replace stored ones,
 * `null` clears one). The merged facts are validated as a whole before anything is written.
 * @returns the recorded facts and warnings (short notice, a meeting after the 12-month date), which never refuse.
 * @throws AppError validation_failed (400) with one detail per impossible fact.
 */
export async function recordReviewFacts(
  review: ReviewFacts,
  update: UpdateReviewFactsRequest,
  asOf: string,
): Promise<{ facts: ReviewCycleFacts; warnings: string[] }> {
  const [stored, pupil] = await Promise.all([Review.findById(review.id).lean(), Pupil.findById(review.pupilId).lean()]);
  if (!stored || !pupil) throw notFound('review', 'review_not_found');
  const previous = cycleFactsOf(stored);
  const merged: ReviewCycleFacts = { ...previous, ...update };
  const issues = validateReviewFacts(pupil, merged, asOf);
  if (issues.length > 0) {
    throw new AppError('validation_failed', 400, 'Some of these dates cannot all be true.', { details: issues });
  }
  await Review.updateOne({ _id: review.id }, { $set: merged });
  await refreshCaseloadEntries(review.schoolId, [review.pupilId], asOf);
  return { facts: merged, warnings: bookingWarnings(previous, merged, pupilTimeline(pupil, asOf, merged), asOf) };
}
