import { Router } from 'express';
import { CirculatePapersRequestSchema, ReviewParamsSchema } from '@ehcp/shared';
import { canCirculatePapers } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { circulatePapers, getCirculation } from '../../services/index.ts';
import { parseBody, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * Circulating a review's papers. GET: any staff member of the school reads the circulated pack
 * (the SENDCo also gets the preview and its warnings); POST: the SENDCo circulates.
 * Handler order: auth → validate → load → authorize → use case.
 */
export function circulationRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/:reviewId/circulation', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    res.json({ circulation: await getCirculation(review, deps.today(), canCirculatePapers(staff, review)) });
  });

  router.post('/:reviewId/circulation', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const input = parseBody(CirculatePapersRequestSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (!canCirculatePapers(staff, review)) throw forbidden('Only the SENDCo can circulate a review’s papers.');
    res.status(201).json(await circulatePapers(deps, review, input, staff));
  });
  return router;
}
