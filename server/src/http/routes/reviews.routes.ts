import { Router } from 'express';
import { FinaliseReviewRequestSchema, ReviewParamsSchema } from '@ehcp/shared';
import { canFinaliseReview, canViewReview, type StaffPrincipal } from '../../auth/index.ts';
import { conflict, forbidden, notFound } from '../../errors/index.ts';
import {
  checkReportReadiness,
  finaliseReview,
  getReviewDetail,
  listQuotedContributions,
  loadReviewFacts,
} from '../../services/index.ts';
import { parseBody, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** Loads a review the staff member may see; another school's review is indistinguishable from a missing one. */
export async function loadVisibleReview(staff: StaffPrincipal, reviewId: string) {
  const review = await loadReviewFacts(reviewId);
  if (!canViewReview(staff, review)) throw notFound('review', 'review_not_found');
  return review;
}

/** Review detail, readiness and finalisation. Handler order: auth → validate → load → authorize → use case. */
export function reviewRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.use(requireStaff);

  router.get('/:reviewId', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    res.json({ review: await getReviewDetail(review, deps.today(), canFinaliseReview(staff, review)) });
  });

  // What is still missing before the review can be finalised, read from the live report.
  router.get('/:reviewId/readiness', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (review.status === 'finalised') throw conflict('review_finalised', 'This review has already been finalised.');
    res.json(await checkReportReadiness(deps.reportContent, review, deps.today()));
  });

  // Submitted contributions, quoted and attributed, for the meeting.
  router.get('/:reviewId/contributions', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    res.json({ contributions: await listQuotedContributions(review.id) });
  });

  router.post('/:reviewId/finalise', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    parseBody(FinaliseReviewRequestSchema, req);
    const review = await loadVisibleReview(staff, reviewId);
    if (review.status === 'finalised') throw conflict('review_finalised', 'This review has already been finalised.');
    if (!canFinaliseReview(staff, review)) throw forbidden('Only the SENDCo can finalise a review.');
    await finaliseReview(deps, review, staff.userId, deps.today());
    const finalised = await loadReviewFacts(reviewId);
    res.json({ review: await getReviewDetail(finalised, deps.today(), false) });
  });

  return router;
}
