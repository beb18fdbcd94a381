import { ReviewParamsSchema } from '../../schemas/review.schema.ts';
import { defineRoute, file } from '../contract.ts';

/**
 * Copies of a review's report for staff: the live draft while the review is open (marked
 * "Draft — not final"), the finalised record once it is finalised. Downloads, opened by URL.
 */
export const reportFileRoutes = {
  pdf: defineRoute({ method: 'GET', path: '/api/reviews/:reviewId/report.pdf', params: ReviewParamsSchema, response: file() }),
  docx: defineRoute({ method: 'GET', path: '/api/reviews/:reviewId/report.docx', params: ReviewParamsSchema, response: file() }),
};
