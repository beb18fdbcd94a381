import { contributionDocName, reportDocName, SocketEvents } from '@ehcp/shared';
import type { DomainEventBus } from '../events/index.ts';
import type { Logger } from '../logging/index.ts';
import type { AppIo } from './io.ts';
import { reviewRoom } from './rooms.ts';
import type { DocRegistry } from './yjs/index.ts';

/** Fans domain events out to rooms and live documents. */
export function registerBroadcasts(deps: { io: AppIo; events: DomainEventBus; registry: DocRegistry; log: Logger }): () => void {
  const closeConnections = (docName: string) =>
    deps.registry
      .accessChanged(docName)
      .catch((error: unknown) => deps.log.error({ err: error, doc: docName }, 'closing document connections failed'));
  const unsubscribers = [
    deps.events.on('review.finalised', ({ reviewId }) => {
      deps.io.to(reviewRoom(reviewId)).emit(SocketEvents.reviewFinalised, { reviewId });
      void closeConnections(reportDocName(reviewId));
    }),
    deps.events.on('contribution.submitted', ({ reviewId, participantId }) => {
      deps.io.to(reviewRoom(reviewId)).emit(SocketEvents.contributionSubmitted, { reviewId, participantId });
      void closeConnections(contributionDocName(reviewId, participantId));
    }),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
