import { Router } from 'express';
import { sharingRoutes as routes } from '@ehcp/shared';
import { canManageShareLinks, canShareReview, type StaffPrincipal } from '../../auth/index.ts';
import { conflict, forbidden } from '../../errors/index.ts';
import { createShareLink, listShareLinks, revokeShareLink } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/** Loads the review and checks the caller is its school's SENDCo (another school's review is a 404). */
async function loadManagedReview(staff: StaffPrincipal, reviewId: string) {
  const review = await loadVisibleReview(staff, reviewId);
  if (!canManageShareLinks(staff, review)) throw forbidden('Only the SENDCo manages a review’s LA links.');
  return review;
}

/**
 * A review's read-only LA links, for its SENDCo: create, list, withdraw.
 * Handler order: auth → validate → load → authorize → use case.
 */
export function shareLinkRoutes(deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.createShareLink, async ({ staff, params, body }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (review.status !== 'finalised') throw conflict('review_not_finalised', 'Finalise the review before sharing it.');
    if (!canShareReview(staff, review)) throw forbidden('Only the SENDCo can share a review.');
    return { link: await createShareLink(review, body, staff.userId, deps.publicUrl()) };
  });

  serveStaff(router, routes.listShareLinks, async ({ staff, params, res }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    res.setHeader('Cache-Control', 'private, no-store');
    return { links: await listShareLinks(review.id) };
  });

  serveStaff(router, routes.revokeShareLink, async ({ staff, params }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    return { link: await revokeShareLink(deps, review, params.linkId, staff) };
  });
  return router;
}
