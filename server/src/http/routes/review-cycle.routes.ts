import { Router } from 'express';
import { ReviewParamsSchema, UpdateReviewFactsRequestSchema } from '@ehcp/shared';
import { canRecordReviewFacts } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { getReviewCycle, recordReviewFacts } from '../../services/index.ts';
import { parseBody, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/** A review's current cycle: its statutory timeline and status, and the facts the SENDCo records. */
export function reviewCycleRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/:reviewId/cycle', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    res.json({ cycle: await getReviewCycle(review, deps.today()) });
  });
  router.patch('/:reviewId/facts', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const input = parseBody(UpdateReviewFactsRequestSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (!canRecordReviewFacts(staff, review)) throw forbidden('Only the SENDCo can record what happened in a review.');
    const asOf = deps.today();
    await recordReviewFacts(review, input, asOf);
    res.json({ cycle: await getReviewCycle(review, asOf) });
  });
  return router;
}
