import { Router } from 'express';
import { ShareTokenParamsSchema } from '@ehcp/shared';
import { authenticateShareLink } from '../../auth/index.ts';
import { getSharedOutcome, shareLinkUnavailable } from '../../services/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** Public, read-only: the finalised outcome behind a local-authority link. No session needed. */
export function sharedOutcomeRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/:token', async (req, res) => {
    const parsed = ShareTokenParamsSchema.safeParse(req.params);
    const principal = parsed.success ? await authenticateShareLink(parsed.data.token) : null;
    if (!principal) throw shareLinkUnavailable();
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.json({ outcome: await getSharedOutcome(principal.reviewId, deps.today(), principal.linkId) });
  });
  return router;
}
