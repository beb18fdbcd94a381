import type { ReviewCycleView } from '@ehcp/shared';
import { explainTimeline } from '@ehcp/shared/deadlines';
import { notFound } from '../../errors/index.ts';
import { Pupil, Review } from '../../models/index.ts';
import { cycleFactsOf, describeReviewCycle, timelineEntriesOf } from '../review-cycle/index.ts';
import type { ReviewFacts } from './load-review.ts';

/** A review's current cycle for its page: stored facts, status and the dated timeline. */
export async function getReviewCycle(review: ReviewFacts, asOf: string): Promise<ReviewCycleView> {
  const [stored, pupil] = await Promise.all([Review.findById(review.id).lean(), Pupil.findById(review.pupilId).lean()]);
  if (!stored || !pupil) throw notFound('review', 'review_not_found');
  const facts = cycleFactsOf(stored);
  const { input, timeline, status } = describeReviewCycle(pupil, facts, asOf);
  return { asOf, facts, status, entries: timelineEntriesOf(timeline, explainTimeline(input), facts.meetingDate) };
}
