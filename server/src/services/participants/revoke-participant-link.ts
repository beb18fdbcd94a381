import type { ParticipantSummary } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { notFound } from '../../errors/index.ts';
import { Participant } from '../../models/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { presentParticipant } from './invitation-context.ts';
import { recordParticipantEvent } from './record-participant-event.ts';

/**
 * Revokes a participant's link; the participant stays listed, and their open connections (the
 * draft, the meeting report) are closed at once. Idempotent: revoking twice keeps the first
 * revocation time and records one audit event.
 * @throws AppError participant_not_found when they are not a participant of this review.
 */
export async function revokeParticipantLink(
  deps: { events: DomainEventBus },
  review: ReviewFacts,
  participantId: string,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<ParticipantSummary> {
  const changed = await Participant.updateOne(
    { _id: participantId, reviewId: review.id, revokedAt: null },
    { $set: { revokedAt: now } },
  );
  const participant = await Participant.findOne({ _id: participantId, reviewId: review.id }).lean();
  if (!participant) throw notFound('participant', 'participant_not_found');
  if (changed.modifiedCount === 1) {
    deps.events.emit('participant.access-changed', {
      reviewId: review.id,
      schoolId: review.schoolId,
      participantId,
      change: 'withdrawn',
    });
    await recordParticipantEvent('participant.link_revoked', staff, review, participantId, { participant: participant.name });
  }
  return presentParticipant(participant, now);
}
