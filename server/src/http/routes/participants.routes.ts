import { Router } from 'express';
import { participantRoutes as routes } from '@ehcp/shared';
import { canManageParticipants, type StaffPrincipal } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import {
  addParticipant,
  listParticipants,
  listPreviousInvitees,
  nudgeParticipant,
  removeParticipant,
  resendInvitation,
  revokeParticipantLink,
  type ParticipantDeps,
} from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

/** Loads the review and checks the caller is its school's SENDCo (another school's review is a 404). */
export async function loadManagedReview(staff: StaffPrincipal, reviewId: string) {
  const review = await loadVisibleReview(staff, reviewId);
  if (!canManageParticipants(staff, review)) throw forbidden('Only the SENDCo manages a review’s participants.');
  return review;
}

/** A review's participants, for its SENDCo (add, list, remove, revoke, resend, nudge). Handler order: auth → validate → load → authorize → use case. */
export function participantRoutes(deps: RouteDeps): Router {
  const router = Router();
  const participantDeps = (): ParticipantDeps => ({
    mailer: deps.mailer,
    publicUrl: deps.publicUrl(),
    today: deps.today,
    events: deps.events,
    outboxSecret: deps.config.outbox.secret,
  });

  serveStaff(router, routes.list, async ({ staff, params }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    return listParticipants(review.id, deps.today());
  });
  serveStaff(router, routes.previous, async ({ staff, params }) =>
    listPreviousInvitees(await loadManagedReview(staff, params.reviewId)),
  );

  serveStaff(router, routes.add, async ({ staff, params, body }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    return addParticipant(participantDeps(), review, body, staff);
  });

  serveStaff(router, routes.remove, async ({ staff, params }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    await removeParticipant(deps, review, params.participantId, staff);
  });

  serveStaff(router, routes.revoke, async ({ staff, params }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    return { participant: await revokeParticipantLink(deps, review, params.participantId, staff) };
  });

  serveStaff(router, routes.resend, async ({ staff, params }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    return resendInvitation(participantDeps(), review, params.participantId, staff);
  });

  serveStaff(router, routes.nudge, async ({ staff, params }) => {
    const review = await loadManagedReview(staff, params.reviewId);
    return nudgeParticipant({ mailer: deps.mailer, today: deps.today }, review, params.participantId, staff);
  });
  return router;
}
