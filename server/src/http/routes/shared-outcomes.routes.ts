import { Router } from 'express';
import { sharingRoutes as routes, ShareTokenParamsSchema } from '@ehcp/shared';
import { authenticateShareLink } from '../../auth/index.ts';
import { addressKey, RATE_LIMIT_RULES } from '../../rate-limits/index.ts';
import { getSharedOutcome, shareLinkUnavailable } from '../../services/index.ts';
import { enforceRateLimit } from '../middleware/index.ts';
import { serve } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * Public, read-only: the finalised outcome behind a local-authority link. No session needed.
 * Unknown, malformed, expired and withdrawn links all answer 410 share_link_unavailable. The
 * view is logged with `req.ip`: with `trust proxy` set to loopback, a reverse proxy on the same
 * host supplies the client's address, and any other client's X-Forwarded-For is ignored. Every
 * opening counts (and is limited per link); the audit trail gets one row per viewer (address
 * and browser) per 10 minutes (decision 37).
 */
export function sharedOutcomeRoutes(deps: RouteDeps): Router {
  const router = Router();
  const linkViews = deps.rateLimits.limiter(RATE_LIMIT_RULES.shareLinkViews);
  const visits = deps.rateLimits.limiter(RATE_LIMIT_RULES.viewAuditWindow);
  serve(router, routes.sharedOutcome, async ({ params, req, res }) => {
    const parsed = ShareTokenParamsSchema.safeParse(params);
    const principal = parsed.success ? await authenticateShareLink(parsed.data.token) : null;
    if (!principal) throw shareLinkUnavailable();
    await enforceRateLimit(linkViews, principal.linkId, 'This link has been opened too often.');
    const userAgent = req.get('user-agent');
    const visit = await visits.consume(`share-link|${principal.linkId}|${addressKey(req.ip)}|${userAgent ?? ''}`);
    const viewer = { userAgent, address: req.ip };
    const outcome = await getSharedOutcome(principal, deps.today(), viewer, deps.config.addressHash.secret, {
      recordView: visit.allowed,
    });
    res.setHeader('Cache-Control', 'no-store');
    return { outcome };
  });
  return router;
}
