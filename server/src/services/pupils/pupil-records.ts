import { Contribution, Outcome, Participant, Review } from '../../models/index.ts';

/**
 * What a pupil's reviews hold, for the Pupils page and the delete rule: the current (latest)
 * review, and whether anything would be lost by a hard delete (anyone invited, a contribution,
 * an outcome or a finalised review). One query per collection for any number of pupils.
 */
export async function pupilRecords(
  schoolId: string,
  pupilIds: string[],
): Promise<Map<string, { currentReviewId: string | null; canDelete: boolean }>> {
  const reviews = await Review.find({ schoolId, pupilId: { $in: pupilIds } }, { pupilId: 1, status: 1, createdAt: 1 })
    .sort({ createdAt: -1 })
    .lean();
  const reviewIds = reviews.map((r) => r._id);
  const [participants, contributions, outcomes] = await Promise.all([
    Participant.find({ reviewId: { $in: reviewIds } }, { reviewId: 1 }).lean(),
    Contribution.find({ reviewId: { $in: reviewIds } }, { reviewId: 1 }).lean(),
    Outcome.find({ reviewId: { $in: reviewIds } }, { reviewId: 1 }).lean(),
  ]);
  const busy = new Set([...participants, ...contributions, ...outcomes].map((r) => String(r.reviewId)));
  const result = new Map(pupilIds.map((id) => [id, { currentReviewId: null as string | null, canDelete: true }]));
  for (const review of reviews) {
    const entry = result.get(String(review.pupilId));
    if (!entry) continue;
    entry.currentReviewId ??= String(review._id);
    if (review.status === 'finalised' || busy.has(String(review._id))) entry.canDelete = false;
  }
  return result;
}
