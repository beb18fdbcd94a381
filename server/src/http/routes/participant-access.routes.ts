import { Router } from 'express';
import { CallRequestSchema, ParticipantTokenParamsSchema, SetLanguageRequestSchema } from '@ehcp/shared';
import { authenticateParticipant } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { parseBody } from '../middleware/index.ts';
import { RATE_LIMIT_RULES, type RateLimiter } from '../../rate-limits/index.ts';
import {
  getContributionState,
  getParticipantMeeting,
  getParticipantPapers,
  getParticipantView,
  loadReviewFacts,
  requestCall,
  setParticipantLanguage,
  submitContribution,
} from '../../services/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** 410, like an LA link that no longer works (decision 26): for the holder of a real link it is gone. */
const unavailable = () =>
  new AppError('participant_link_unavailable', 410, 'This link is no longer available. Ask the school for a new one.');

/** The participant holding a valid, working link; anything else is "no longer available". */
async function linkHolder(params: unknown) {
  const parsed = ParticipantTokenParamsSchema.safeParse(params);
  const principal = parsed.success ? await authenticateParticipant(parsed.data.token) : null;
  if (!principal) throw unavailable();
  return principal;
}

/** Whether this view starts a new visit (the first in 10 minutes) and so gets an audit row. */
const isNewVisit = async (visits: RateLimiter, page: string, principal: { participantId: string }) =>
  (await visits.consume(`${page}|${principal.participantId}`)).allowed;

/**
 * Public, by personal link (no account): GET /api/participant/<token> is what the holder is
 * asked for and where their contribution stands; POST …/submit sends the contribution; GET
 * …/papers reads the circulated papers.
 */
export function participantAccessRoutes(deps: RouteDeps): Router {
  const router = Router();
  const visits = deps.rateLimits.limiter(RATE_LIMIT_RULES.viewAuditWindow);
  router.get('/:token', async (req, res) => {
    const principal = await linkHolder(req.params);
    const recordView = await isNewVisit(visits, 'participant', principal);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ participation: await getParticipantView(principal, deps.today(), { recordView }) });
  });

  // Sends the participant's contribution: their draft is locked and snapshotted.
  router.post('/:token/submit', async (req, res) => {
    const principal = await linkHolder(req.params);
    const { participantId, reviewId, schoolId, language } = principal;
    const { status } = await loadReviewFacts(reviewId);
    await submitContribution(deps, { participantId, reviewId, schoolId, language, isReviewFinalised: status === 'finalised' });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ submission: await getContributionState(participantId) });
  });

  // The circulated papers of the participant's own review, read-only (404 until circulated).
  router.get('/:token/papers', async (req, res) => {
    const principal = await linkHolder(req.params);
    const recordView = await isNewVisit(visits, 'papers', principal);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ papers: await getParticipantPapers(principal, deps.today(), { recordView }) });
  });

  // Where the participant joins their review's meeting report (co-edited over /collab with this link).
  router.get('/:token/meeting', async (req, res) => {
    const principal = await linkHolder(req.params);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ meeting: await getParticipantMeeting(principal, deps.today()) });
  });
  // The language the participant reads and writes their page in (stored with their contribution when sent).
  router.post('/:token/language', async (req, res) => {
    const principal = await linkHolder(req.params);
    const { language } = parseBody(SetLanguageRequestSchema, req);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ language: await setParticipantLanguage(principal, language) });
  });

  // "I would rather talk to someone": asks the school to phone them instead (shown on the SENDCo's tracker).
  router.post('/:token/call-request', async (req, res) => {
    const principal = await linkHolder(req.params);
    const input = parseBody(CallRequestSchema, req);
    res.setHeader('Cache-Control', 'no-store');
    res.json({ callRequest: await requestCall(principal, input) });
  });
  return router;
}
