import { IdSchema } from '@ehcp/shared';
import { notFound, type AppError } from '../../errors/index.ts';
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

type StoredReview = NonNullable<Awaited<ReturnType<typeof loadStoredReview>>>;

const loadStoredReview = (reviewId: string) => Review.findById(reviewId).lean();

/**
 * The facts from a review, whether an outcome of it is stored, and its participants whose link
 * is not withdrawn. The outcome is written before the status flips (finalise-review.ts); if a
 * crash came between the two, the outcome's existence is what counts.
 */
function factsOf(review: StoredReview, hasOutcome: boolean, participantEmails: string[]): ReviewFacts {
  return {
    assignedStaffIds: (review.assignedStaffIds ?? []).map(String),
    participantEmails: participantEmails.map((email) => email.toLowerCase()),
    id: String(review._id),
    schoolId: String(review.schoolId),
    pupilId: String(review.pupilId),
    status: review.status === 'finalised' || hasOutcome ? 'finalised' : 'open',
  };
}

/**
 * Loads a review's access facts.
 * @throws AppError review_not_found for unknown or malformed ids.
 */
export async function loadReviewFacts(reviewId: string): Promise<ReviewFacts> {
  if (!IdSchema.safeParse(reviewId).success) throw notFound('review', 'review_not_found');
  const review = await loadStoredReview(reviewId);
  if (!review) throw notFound('review', 'review_not_found');
  const [outcome, participants] = await Promise.all([
    review.status === 'finalised' ? null : Outcome.exists({ reviewId: review._id }),
    Participant.find({ reviewId: review._id, revokedAt: null }, { email: 1 }).lean(),
  ]);
  return factsOf(
    review,
    outcome !== null,
    participants.map((p) => p.email),
  );
}

/**
 * Loads the access facts of several reviews in three queries, whatever their number (a meeting
 * room reconnecting after a restart authorises hundreds at once): in the order asked, each the
 * facts or the AppError review_not_found that `loadReviewFacts` would throw.
 */
export async function loadManyReviewFacts(reviewIds: readonly string[]): Promise<(ReviewFacts | AppError)[]> {
  const valid = [...new Set(reviewIds.filter((id) => IdSchema.safeParse(id).success))];
  const reviews = valid.length === 0 ? [] : await Review.find({ _id: { $in: valid } }).lean();
  const open = reviews.filter((review) => review.status !== 'finalised').map((review) => review._id);
  const [outcomes, participants] = await Promise.all([
    open.length === 0 ? [] : Outcome.find({ reviewId: { $in: open } }, { reviewId: 1 }).lean(),
    reviews.length === 0
      ? []
      : Participant.find(
          { reviewId: { $in: reviews.map((review) => review._id) }, revokedAt: null },
          { email: 1, reviewId: 1 },
        ).lean(),
  ]);
  const withOutcome = new Set(outcomes.map((outcome) => String(outcome.reviewId)));
  const emails = new Map<string, string[]>();
  for (const participant of participants) {
    const key = String(participant.reviewId);
    emails.set(key, [...(emails.get(key) ?? []), participant.email]);
  }
  const facts = new Map(
    reviews.map((review) => {
      const id = String(review._id);
      return [id, factsOf(review, withOutcome.has(id), emails.get(id) ?? [])];
    }),
  );
  return reviewIds.map((id) => facts.get(id) ?? notFound('review', 'review_not_found'));
}
