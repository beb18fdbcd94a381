import type { BookMeetingRequest, MeetingDetails } from '@ehcp/shared';
import { notFound } from '../../errors/index.ts';
import { Review } from '../../models/index.ts';
import { meetingDetailsOf } from '../review-cycle/index.ts';
import type { ReviewFacts } from './load-review.ts';
import { recordReviewFacts } from './record-review-facts.ts';

const DETAIL_FIELDS = {
  time: 'meetingTime',
  durationMinutes: 'meetingDurationMinutes',
  place: 'meetingPlace',
  videoLink: 'meetingVideoLink',
} as const;

/**
 * Books (or moves) the review meeting: the date goes through the review-facts path, so the whole
 * set of facts is checked and the statutory dates follow; then the time, length, place and video
 * link given are stored (`null` clears one). Booking at short notice or after the 12-month date
 * is accepted with warnings that say why (see bookingWarnings).
 * @throws AppError validation_failed when the date makes the facts impossible.
 */
export async function bookMeeting(
  review: ReviewFacts,
  input: BookMeetingRequest,
  asOf: string,
): Promise<{ meeting: MeetingDetails; warnings: string[] }> {
  const { warnings } = await recordReviewFacts(review, { meetingDate: input.date }, asOf);
  const details: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(DETAIL_FIELDS)) {
    const value = input[key as keyof typeof DETAIL_FIELDS];
    if (value !== undefined) details[field] = value;
  }
  if (Object.keys(details).length > 0) await Review.updateOne({ _id: review.id }, { $set: details });
  const stored = await Review.findById(review.id).lean();
  const meeting = stored && meetingDetailsOf(stored);
  if (!meeting) throw notFound('review', 'review_not_found');
  return { meeting, warnings };
}
