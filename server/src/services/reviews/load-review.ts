import { IdSchema } from '@ehcp/shared';
import { notFound } from '../../errors/index.ts';
import { Outcome, Participant, Review } from '../../models/index.ts';

/** The facts of a review that policies need. */
export interface ReviewFacts {
  id: string;
  schoolId: string;
  pupilId: string;
  status: 'open' | 'finalised';
  /** Staff the SENDCo assigned (involved-only visibility). */
  assignedStaffIds: string[];
  /** Emails (lower case) of participants whose link is not withdrawn (involved-only visibility). */
  participantEmails: string[];
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
  const [outcome, participants] = await Promise.all([
    review.status === 'finalised' ? null : Outcome.exists({ reviewId: review._id }),
    Participant.find({ reviewId: review._id, revokedAt: null }, { email: 1 }).lean(),
  ]);
  const isFinalised = review.status === 'finalised' || outcome !== null;
  return {
    assignedStaffIds: (review.assignedStaffIds ?? []).map(String),
    participantEmails: participants.map((p) => p.email.toLowerCase()),
    id: String(review._id),
    schoolId: String(review.schoolId),
    pupilId: String(review.pupilId),
    status: isFinalised ? 'finalised' : 'open',
  };
}
