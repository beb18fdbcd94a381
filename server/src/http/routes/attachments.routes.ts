import { Router } from 'express';
import { attachmentRoutes as routes } from '@ehcp/shared';
import { canManageAttachments } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import { deleteAttachment, findAttachment, listReviewAttachments, uploadAttachment } from '../../services/index.ts';
import { enforceRateLimit } from '../middleware/index.ts';
import { serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';
import { sendAttachment } from './send-attachment.ts';

/**
 * Files attached to a review, for its staff: every staff member who sees the review lists and
 * opens them; only the SENDCo attaches files to the papers and removes files, while the review is
 * open. Another school's review is 404 like a missing one. Handler order: auth → validate → load →
 * authorize → use case.
 */
export function attachmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  const uploads = deps.rateLimits.limiter(RATE_LIMIT_RULES.attachmentUploads);

  serveStaff(router, routes.list, async ({ staff, params, res }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    res.setHeader('Cache-Control', 'private, no-store');
    return { attachments: await listReviewAttachments(review.id) };
  });

  serveStaff(router, routes.upload, async ({ staff, params, query, req }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (!canManageAttachments(staff, review)) throw forbidden('Only the SENDCo attaches files to the papers.');
    await enforceRateLimit(uploads, `staff|${staff.userId}`, 'Too many files attached in a short time.');
    const attachment = await uploadAttachment({
      review,
      kind: 'papers',
      uploader: { kind: 'staff', id: staff.userId, name: staff.name },
      name: query.name,
      description: query.description,
      bytes: req.body as Buffer,
    });
    return { attachment };
  });

  serveStaff(router, routes.download, async ({ staff, params, res }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    return sendAttachment(res, await findAttachment(review.id, params.attachmentId));
  });

  serveStaff(router, routes.remove, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    if (!canManageAttachments(staff, review)) throw forbidden('Only the SENDCo removes attached files.');
    const file = await findAttachment(review.id, params.attachmentId);
    await deleteAttachment(review, file, { kind: 'staff', id: staff.userId, name: staff.name });
  });
  return router;
}
