import type { CompletenessContext, MissingItem, QuotedContribution } from '../../report/index.ts';
import { FinaliseReviewRequestSchema, ReviewParamsSchema } from '../../schemas/review.schema.ts';
import { UpdateReviewFactsRequestSchema, type ReviewCycleView } from '../../schemas/review-cycle.schema.ts';
import { BookMeetingRequestSchema, type MeetingDetails } from '../../schemas/meeting.schema.ts';
import type { ReviewDetail } from '../../views/index.ts';
import { defineRoute, json } from '../contract.ts';

/** One review: its page, its cycle and facts, readiness, quoted contributions, finalisation. */
export const reviewRoutes = {
  detail: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId',
    params: ReviewParamsSchema,
    response: json<{ review: ReviewDetail }>(),
  }),
  readiness: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/readiness',
    params: ReviewParamsSchema,
    response: json<{ missing: MissingItem[]; context: CompletenessContext }>(),
  }),
  contributions: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/contributions',
    params: ReviewParamsSchema,
    response: json<{ contributions: QuotedContribution[] }>(),
  }),
  finalise: defineRoute({
    method: 'POST',
    path: '/api/reviews/:reviewId/finalise',
    params: ReviewParamsSchema,
    body: FinaliseReviewRequestSchema,
    response: json<{ review: ReviewDetail }>(),
  }),
  cycle: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/cycle',
    params: ReviewParamsSchema,
    response: json<{ cycle: ReviewCycleView }>(),
  }),
  recordFacts: defineRoute({
    method: 'PATCH',
    path: '/api/reviews/:reviewId/facts',
    params: ReviewParamsSchema,
    body: UpdateReviewFactsRequestSchema,
    /** `warnings`: said with the reason (short notice, after the 12-month date); they never refuse. */
    response: json<{ cycle: ReviewCycleView; warnings: string[] }>(),
  }),
  /** Books or moves the meeting: date (on the timeline), time, length, place, video link; warnings say why it is short notice or late. */
  bookMeeting: defineRoute({
    method: 'PATCH',
    path: '/api/reviews/:reviewId/meeting',
    params: ReviewParamsSchema,
    body: BookMeetingRequestSchema,
    response: json<{ cycle: ReviewCycleView; meeting: MeetingDetails; warnings: string[] }>(),
  }),
};
