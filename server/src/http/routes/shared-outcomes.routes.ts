import { Router } from 'express';
import { ShareTokenParamsSchema } from '@ehcp/shared';
import { authenticateShareLink } from '../../auth/index.ts';
import { getSharedOutcome, shareLinkUnavailable } from '../../services/index.ts';
import type { RouteDeps } from './route-deps.ts';

/**
 * Public, read-only: the finalised outcome behind a local-authority link. No session needed.
 * Unknown, malformed, expired and withdrawn links all answer 410 share_link_unavailable. The
 * view is logged with `req.ip`: with `trust proxy` set to loopback, a reverse proxy on the same
 * host supplies the client's address, and any other client's X-Forwarded-For is ignored.
 */
export function sharedOutcomeRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/:token', async (req, res) => {
    const parsed = ShareTokenParamsSchema.safeParse(req.params);
    const principal = parsed.success ? await authenticateShareLink(parsed.data.token) : null;
    if (!principal) throw shareLinkUnavailable();
    const viewer = { userAgent: req.get('user-agent'), address: req.ip };
    const outcome = await getSharedOutcome(principal, deps.today(), viewer, deps.config.addressHash.secret);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.json({ outcome });
  });
  return router;
}
