import { Router } from 'express';
import { reviewRoutes as routes } from '@ehcp/shared';
import { canRecordReviewFacts } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { bookMeeting, getReviewCycle, recordReviewFacts } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/** A review's current cycle: its statutory timeline and status, and the facts the SENDCo records. */
export function reviewCycleRoutes(deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.cycle, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    return { cycle: await getReviewCycle(review, deps.today()) };
  });
  serveStaff(router, routes.recordFacts, async ({ staff, params, body }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (!canRecordReviewFacts(staff, review)) throw forbidden('Only the SENDCo can record what happened in a review.');
    const asOf = deps.today();
    const { warnings } = await recordReviewFacts(review, body, asOf);
    return { cycle: await getReviewCycle(review, asOf), warnings };
  });
  serveStaff(router, routes.bookMeeting, async ({ staff, params, body }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (!canRecordReviewFacts(staff, review)) throw forbidden('Only the SENDCo books the review meeting.');
    const asOf = deps.today();
    const { meeting, warnings } = await bookMeeting(review, body, asOf);
    return { cycle: await getReviewCycle(review, asOf), meeting, warnings };
  });
  return router;
}
