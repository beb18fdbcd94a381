import { Router } from 'express';
import { AddParticipantRequestSchema, ParticipantParamsSchema, ReviewParamsSchema } from '@ehcp/shared';
import { canManageParticipants, type StaffPrincipal } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import {
  addParticipant,
  listParticipants,
  nudgeParticipant,
  removeParticipant,
  resendInvitation,
  revokeParticipantLink,
  type ParticipantDeps,
} from '../../services/index.ts';
import { parseBody, parseParams, requireStaff, staffOf } from '../middleware/index.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/** Loads the review and checks the caller is its school's SENDCo (another school's review is a 404). */
async function loadManagedReview(staff: StaffPrincipal, reviewId: string) {
  const review = await loadVisibleReview(staff, reviewId);
  if (!canManageParticipants(staff, review)) throw forbidden('Only the SENDCo manages a review’s participants.');
  return review;
}

/** A review's participants, for its SENDCo (add, list, remove, revoke, resend, nudge). Handler order: auth → validate → load → authorize → use case. */
export function participantRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.use(requireStaff);
  const participantDeps = (): ParticipantDeps => ({
    mailer: deps.mailer,
    publicUrl: deps.publicUrl(),
    today: deps.today,
    events: deps.events,
    outboxSecret: deps.config.outbox.secret,
  });

  router.get('/:reviewId/participants', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.json({ participants: await listParticipants(review.id) });
  });

  router.post('/:reviewId/participants', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId } = parseParams(ReviewParamsSchema, req);
    const input = parseBody(AddParticipantRequestSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.status(201).json(await addParticipant(participantDeps(), review, input, staff));
  });

  router.delete('/:reviewId/participants/:participantId', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId, participantId } = parseParams(ParticipantParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    await removeParticipant(deps, review, participantId, staff);
    res.status(204).end();
  });

  router.post('/:reviewId/participants/:participantId/revoke', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId, participantId } = parseParams(ParticipantParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.json({ participant: await revokeParticipantLink(deps, review, participantId, staff) });
  });

  router.post('/:reviewId/participants/:participantId/resend', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId, participantId } = parseParams(ParticipantParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.json(await resendInvitation(participantDeps(), review, participantId, staff));
  });

  router.post('/:reviewId/participants/:participantId/nudge', async (req, res) => {
    const staff = staffOf(res.locals);
    const { reviewId, participantId } = parseParams(ParticipantParamsSchema, req);
    const review = await loadManagedReview(staff, reviewId);
    res.json(await nudgeParticipant({ mailer: deps.mailer, today: deps.today }, review, participantId, staff));
  });

  return router;
}
