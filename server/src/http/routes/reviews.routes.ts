import { Router } from 'express';
import { reviewRoutes as routes } from '@ehcp/shared';
import { canFinaliseReview, canViewReview, type StaffPrincipal } from '../../auth/index.ts';
import { conflict, forbidden, notFound } from '../../errors/index.ts';
import {
  checkReportReadiness,
  finaliseReview,
  getReviewDetail,
  listQuotedContributions,
  loadReviewFacts,
} from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
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
  serveStaff(router, routes.detail, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    return { review: await getReviewDetail(review, deps.today(), canFinaliseReview(staff, review)) };
  });

  // What is still missing before the review can be finalised, read from the live report.
  serveStaff(router, routes.readiness, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (review.status === 'finalised') throw conflict('review_finalised', 'This review has already been finalised.');
    return checkReportReadiness(deps.reportContent, review, deps.today());
  });

  // Submitted contributions, quoted and attributed, for the meeting.
  serveStaff(router, routes.contributions, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    return { contributions: await listQuotedContributions(review.id) };
  });

  serveStaff(router, routes.finalise, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (review.status === 'finalised') throw conflict('review_finalised', 'This review has already been finalised.');
    if (!canFinaliseReview(staff, review)) throw forbidden('Only the SENDCo can finalise a review.');
    await finaliseReview(deps, review, staff.userId, deps.today());
    const finalised = await loadReviewFacts(params.reviewId);
    return { review: await getReviewDetail(finalised, deps.today(), false) };
  });
  return router;
}
