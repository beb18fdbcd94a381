import { Router } from 'express';
import { attachmentRoutes as routes, ShareTokenParamsSchema } from '@ehcp/shared';
import { authenticateShareLink } from '../../auth/index.ts';
import { addressKey, RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import {
  attachmentNotFound,
  findAttachment,
  getReviewOutcome,
  listSharedAttachments,
  recordSharedDownload,
  shareLinkUnavailable,
} from '../../services/index.ts';
import { enforceRateLimit } from '../middleware/index.ts';
import { serve } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';
import { sendAttachment } from './send-attachment.ts';

/**
 * Public, read-only, by LA link: a file listed with the finalised outcome (the papers' files and
 * the submitted contributions' files). A link that does not work is 410 like the outcome page;
 * a file not listed there is 404. Each download counts against the link's openings and is
 * audited once per viewer, file and 10 minutes.
 */
export function sharedAttachmentRoutes(deps: RouteDeps): Router {
  const router = Router();
  const linkViews = deps.rateLimits.limiter(RATE_LIMIT_RULES.shareLinkViews);
  const visits = deps.rateLimits.limiter(RATE_LIMIT_RULES.viewAuditWindow);
  serve(router, routes.sharedDownload, async ({ params, req, res }) => {
    const parsed = ShareTokenParamsSchema.safeParse({ token: params.token });
    const principal = parsed.success ? await authenticateShareLink(parsed.data.token) : null;
    if (!principal || !(await getReviewOutcome(principal.reviewId))) throw shareLinkUnavailable();
    await enforceRateLimit(linkViews, principal.linkId, 'This link has been opened too often.');
    const file = await findAttachment(principal.reviewId, params.attachmentId);
    const listed = await listSharedAttachments(principal.reviewId);
    if (!listed.some((entry) => entry.id === String(file._id))) throw attachmentNotFound();
    const visit = await visits.consume(`share-file|${principal.linkId}|${String(file._id)}|${addressKey(req.ip)}`);
    if (visit.allowed) await recordSharedDownload(principal, file);
    return sendAttachment(res, file);
  });
  return router;
}
