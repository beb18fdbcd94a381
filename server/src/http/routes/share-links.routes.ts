import { Router } from 'express';
import { CreateShareLinkRequestSchema, ReviewParamsSchema, ShareLinkParamsSchema } from '@ehcp/shared';
import { canManageShareLinks, canShareReview, type StaffPrincipal } from '../../auth/index.ts';
import { conflict, forbidden } from '../../errors/index.ts';
import { createShareLink, listShareLinks, revokeShareLink } from '../../services/index.ts';
import { parseBody, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
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
  router.use(requireStaff);

  router.post('/:reviewId/share-links', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const input = parseBody(CreateShareLinkRequestSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (review.status !== 'finalised') throw conflict('review_not_finalised', 'Finalise the review before sharing it.');
    if (!canShareReview(staff, review)) throw forbidden('Only the SENDCo can share a review.');
    res.status(201).json({ link: await createShareLink(review, input, staff.userId, deps.publicUrl()) });
  });

  router.get('/:reviewId/share-links', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ links: await listShareLinks(review.id) });
  });

  router.post('/:reviewId/share-links/:linkId/revoke', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId, linkId } = parseParams(ShareLinkParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.json({ link: await revokeShareLink(deps, review, linkId, staff) });
  });

  return router;
}
