import { SocketEvents } from '@ehcp/shared';
import type { DomainEventBus } from '../../events/index.ts';
import type { AppIo } from './io.ts';
import { reviewRoom } from './rooms.ts';

/**
 * Fans domain events out to Socket.io rooms (documents' connections are handled by the document
 * server's access-changes extension). Only events of this process: with several processes the
 * Socket.io adapter carries the emit to the others, which must not emit it again.
 */
export function registerBroadcasts(io: AppIo, events: DomainEventBus): () => void {
  const unsubscribers = [
    events.on('review.finalised', ({ reviewId }, { isLocal }) => {
      if (isLocal) io.to(reviewRoom(reviewId)).emit(SocketEvents.reviewFinalised, { reviewId });
    }),
    events.on('contribution.submitted', ({ reviewId, participantId }, { isLocal }) => {
      if (isLocal) io.to(reviewRoom(reviewId)).emit(SocketEvents.contributionSubmitted, { reviewId, participantId });
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
