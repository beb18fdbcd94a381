import { Router } from 'express';
import { ParticipantTokenParamsSchema } from '@ehcp/shared';
import { authenticateParticipant } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { getParticipantView } from '../../services/index.ts';
import type { RouteDeps } from './route-deps.ts';

const unavailable = () =>
  new AppError('participant_link_unavailable', 404, 'This link is no longer available. Ask the school for a new one.');

/** Public: GET /api/participant/<token>, what the holder of a personal link is asked for. No account needed. */
export function participantAccessRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/:token', async (req, res) => {
    const parsed = ParticipantTokenParamsSchema.safeParse(req.params);
    const principal = parsed.success ? await authenticateParticipant(parsed.data.token) : null;
    if (!principal) throw unavailable();
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.json({ participation: await getParticipantView(principal, deps.today()) });
  });
  return router;
}
