import { Router } from 'express';
import { ParticipantTokenParamsSchema } from '@ehcp/shared';
import { authenticateParticipant } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { getContributionState, getParticipantView, submitContribution } from '../../services/index.ts';
import type { RouteDeps } from './route-deps.ts';

const unavailable = () =>
  new AppError('participant_link_unavailable', 404, 'This link is no longer available. Ask the school for a new one.');

/**
 * Public, by personal link (no account): GET /api/participant/<token> is what the holder is
 * asked for and where their contribution stands; POST …/submit sends the contribution.
 */
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

  // Sends the participant's contribution: their draft is locked and snapshotted.
  router.post('/:token/submit', async (req, res) => {
    const parsed = ParticipantTokenParamsSchema.safeParse(req.params);
    const principal = parsed.success ? await authenticateParticipant(parsed.data.token) : null;
    if (!principal) throw unavailable();
    const { participantId, reviewId, schoolId } = principal;
    await submitContribution(deps, { participantId, reviewId, schoolId });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ submission: await getContributionState(participantId) });
  });
  return router;
}
