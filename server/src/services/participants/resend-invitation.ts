import type { InvitedParticipant, ParticipantRole } from '@ehcp/shared';
import { createToken, hashToken, type StaffPrincipal } from '../../auth/index.ts';
import { notFound } from '../../errors/index.ts';
import { Participant } from '../../models/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { emailInvitation } from './email-invitation.ts';
import { linkExpiry, loadInvitationContext, presentParticipant, type ParticipantDeps } from './invitation-context.ts';
import { latenessOf } from './due-date.ts';
import { recordParticipantEvent } from './record-participant-event.ts';

/**
 * Sends a participant a fresh invitation. Only hashes are stored, so the old link cannot be
 * resent: a new token replaces it (the old link stops working, and connections opened with it are
 * closed) and a revoked link is restored.
 * @throws AppError participant_not_found when they are not a participant of this review.
 */
export async function resendInvitation(
  deps: ParticipantDeps,
  review: ReviewFacts,
  participantId: string,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<InvitedParticipant> {
  const existing = await Participant.findOne({ _id: participantId, reviewId: review.id }).lean();
  if (!existing) throw notFound('participant', 'participant_not_found');
  const token = createToken();
  // updateOne + findOne rather than findOneAndUpdate: FerretDB refuses findAndModify with a
  // projection, which the hidden tokenHash field implies.
  await Participant.updateOne(
    { _id: participantId, reviewId: review.id },
    { $set: { tokenHash: hashToken(token), revokedAt: null, invitedAt: now, expiresAt: linkExpiry(existing.dueDate) } },
  );
  const participant = await Participant.findOne({ _id: participantId, reviewId: review.id }).lean();
  if (!participant) throw notFound('participant', 'participant_not_found');
  deps.events.emit('participant.access-changed', {
    reviewId: review.id,
    schoolId: review.schoolId,
    participantId,
    change: 'resent',
  });
  await recordParticipantEvent('participant.link_resent', staff, review, participantId, { participant: participant.name });
  const context = await loadInvitationContext(review.id, deps.today());
  const { link, mailStatus } = await emailInvitation(
    deps,
    review,
    context,
    staff,
    participant as typeof participant & { role: ParticipantRole },
    token,
  );
  return {
    participant: presentParticipant(participant, now, null, null, context),
    link,
    mailStatus,
    lateness: latenessOf(participant.dueDate, context),
  };
}
