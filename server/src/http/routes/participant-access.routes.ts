import { Router } from 'express';
import { circulationRoutes, participantRoutes as routes, ParticipantTokenParamsSchema } from '@ehcp/shared';
import { authenticateParticipant } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
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
import { serve } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

/** 410, like an LA link that no longer works (decision 26): for the holder of a real link it is gone. */
const unavailable = () =>
  new AppError('participant_link_unavailable', 410, 'This link is no longer available. Ask the school for a new one.');

/** The participant holding a valid, working link; anything else is "no longer available". */
export async function linkHolder(params: unknown) {
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
 * …/papers reads the circulated papers; GET …/meeting is where they join the meeting report.
 */
export function participantAccessRoutes(deps: RouteDeps): Router {
  const router = Router();
  const visits = deps.rateLimits.limiter(RATE_LIMIT_RULES.viewAuditWindow);
  serve(router, routes.view, async ({ params, res }) => {
    const principal = await linkHolder(params);
    const recordView = await isNewVisit(visits, 'participant', principal);
    res.setHeader('Cache-Control', 'no-store');
    return { participation: await getParticipantView(principal, deps.today(), { recordView }) };
  });

  // Sends the participant's contribution: their draft is locked and snapshotted.
  serve(router, routes.submit, async ({ params, res }) => {
    const principal = await linkHolder(params);
    const { participantId, reviewId, schoolId, language } = principal;
    const { status } = await loadReviewFacts(reviewId);
    await submitContribution(deps, { participantId, reviewId, schoolId, language, isReviewFinalised: status === 'finalised' });
    res.setHeader('Cache-Control', 'no-store');
    return { submission: await getContributionState(participantId) };
  });

  // The circulated papers of the participant's own review, read-only (404 until circulated).
  serve(router, circulationRoutes.papers, async ({ params, res }) => {
    const principal = await linkHolder(params);
    const recordView = await isNewVisit(visits, 'papers', principal);
    res.setHeader('Cache-Control', 'no-store');
    return { papers: await getParticipantPapers(principal, deps.today(), { recordView }) };
  });

  // Where the participant joins their review's meeting report (co-edited over /collab with this link).
  serve(router, routes.meeting, async ({ params, res }) => {
    const principal = await linkHolder(params);
    res.setHeader('Cache-Control', 'no-store');
    return { meeting: await getParticipantMeeting(principal, deps.today()) };
  });
  // The language the participant reads and writes their page in (stored with their contribution when sent).
  serve(router, routes.language, async ({ params, body, res }) => {
    const principal = await linkHolder(params);
    res.setHeader('Cache-Control', 'no-store');
    return { language: await setParticipantLanguage(principal, body.language) };
  });

  // "I would rather talk to someone": asks the school to phone them instead (shown on the SENDCo's tracker).
  serve(router, routes.callRequest, async ({ params, body, res }) => {
    const principal = await linkHolder(params);
    res.setHeader('Cache-Control', 'no-store');
    return { callRequest: await requestCall(principal, body) };
  });
  return router;
}
