import { Router } from 'express';
import { circulationRoutes as routes } from '@ehcp/shared';
import { canCirculatePapers } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { circulatePapers, getCirculation } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * Circulating a review's papers. GET: any staff member of the school reads the circulated pack
 * (the SENDCo also gets the preview and its warnings); POST: the SENDCo circulates.
 * Handler order: auth → validate → load → authorize → use case.
 */
export function circulationRoutes(deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.get, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    return { circulation: await getCirculation(review, deps.today(), canCirculatePapers(staff, review)) };
  });

  serveStaff(router, routes.circulate, async ({ staff, params, body }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (!canCirculatePapers(staff, review)) throw forbidden('Only the SENDCo can circulate a review’s papers.');
    return circulatePapers(deps, review, body, staff);
  });
  return router;
}
