import { IdSchema } from '@ehcp/shared';
import { notFound } from '../../errors/index.ts';
import { Outcome, Review } from '../../models/index.ts';

/** The facts of a review that policies need. */
export interface ReviewFacts {
  id: string;
  schoolId: string;
  pupilId: string;
  status: 'open' | 'finalised';
}

/**
 * Loads a review's access facts.
 * @throws AppError review_not_found for unknown or malformed ids.
 */
export async function loadReviewFacts(reviewId: string): Promise<ReviewFacts> {
  if (!IdSchema.safeParse(reviewId).success) throw notFound('review', 'review_not_found');
  const review = await Review.findById(reviewId).lean();
  if (!review) throw notFound('review', 'review_not_found');
  // The outcome is written before the status flips (finalise-review.ts); if a crash came
  // between the two, the outcome's existence is what counts.
  const isFinalised = review.status === 'finalised' || (await Outcome.exists({ reviewId: review._id })) !== null;
  return {
    id: String(review._id),
    schoolId: String(review.schoolId),
    pupilId: String(review.pupilId),
    status: isFinalised ? 'finalised' : 'open',
  };
}
