import { Router } from 'express';
import { CreateShareLinkRequestSchema, FinaliseReviewRequestSchema, ReviewParamsSchema } from '@ehcp/shared';
import { canFinaliseReview, canShareReview, canViewReview, type StaffPrincipal } from '../../auth/index.ts';
import { conflict, forbidden, notFound } from '../../errors/index.ts';
import { createShareLink, finaliseReview, getReviewDetail, loadReviewFacts } from '../../services/index.ts';
import { parseBody, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** Loads a review the staff member may see; another school's review is indistinguishable from a missing one. */
export async function loadVisibleReview(staff: StaffPrincipal, reviewId: string) {
  const review = await loadReviewFacts(reviewId);
  if (!canViewReview(staff, review)) throw notFound('review', 'review_not_found');
  return review;
}

/** Review detail, finalisation and LA links. Handler order: auth → validate → load → authorize → use case. */
export function reviewRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.use(requireStaff);

  router.get('/:reviewId', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    res.json({ review: await getReviewDetail(review, deps.today(), canFinaliseReview(staff, review)) });
  });

  router.post('/:reviewId/finalise', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const input = parseBody(FinaliseReviewRequestSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (review.status === 'finalised') throw conflict('review_finalised', 'This review has already been finalised.');
    if (!canFinaliseReview(staff, review)) throw forbidden('Only the SENDCo can finalise a review.');
    await finaliseReview(deps, review, input, staff.userId);
    const finalised = await loadReviewFacts(reviewId);
    res.json({ review: await getReviewDetail(finalised, deps.today(), false) });
  });

  router.post('/:reviewId/share-links', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const input = parseBody(CreateShareLinkRequestSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (review.status !== 'finalised') throw conflict('review_not_finalised', 'Finalise the review before sharing it.');
    if (!canShareReview(staff, review)) throw forbidden('Only the SENDCo can share a review.');
    const publicUrl = deps.config.http.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    res.status(201).json({ link: await createShareLink(review, input, staff.userId, publicUrl) });
  });

  return router;
}
