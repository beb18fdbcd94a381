import type { StaffPrincipal } from '../../auth/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { notFound } from '../../errors/index.ts';
import { Participant } from '../../models/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { recordParticipantEvent } from './record-participant-event.ts';

/**
 * Removes a participant from a review; their link stops working at once (the record and its
 * token hash are deleted) and their open connections are closed. The audit trail keeps who removed whom.
 * @throws AppError participant_not_found when they are not a participant of this review.
 */
export async function removeParticipant(
  deps: { events: DomainEventBus },
  review: ReviewFacts,
  participantId: string,
  staff: StaffPrincipal,
): Promise<void> {
  // findOne + deleteOne rather than findOneAndDelete: FerretDB refuses findAndModify with a
  // projection, which the hidden tokenHash field implies.
  const removed = await Participant.findOne({ _id: participantId, reviewId: review.id }).lean();
  const deleted = removed ? await Participant.deleteOne({ _id: removed._id, reviewId: review.id }) : null;
  if (!removed || deleted?.deletedCount !== 1) throw notFound('participant', 'participant_not_found');
  deps.events.emit('participant.access-changed', {
    reviewId: review.id,
    schoolId: review.schoolId,
    participantId,
    change: 'removed',
  });
  await recordParticipantEvent('participant.removed', staff, review, participantId, {
    participant: removed.name,
    role: removed.role,
  });
}
