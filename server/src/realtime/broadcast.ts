import { reportDocName, SocketEvents } from '@ehcp/shared';
import type { DomainEventBus } from '../events/index.ts';
import type { Logger } from '../logging/index.ts';
import type { AppIo } from './io.ts';
import { reviewRoom } from './rooms.ts';
import type { DocRegistry } from './yjs/index.ts';

/** Fans domain events out to rooms and live documents. */
export function registerBroadcasts(deps: { io: AppIo; events: DomainEventBus; registry: DocRegistry; log: Logger }): () => void {
  return deps.events.on('review.finalised', ({ reviewId }) => {
    deps.io.to(reviewRoom(reviewId)).emit(SocketEvents.reviewFinalised, { reviewId });
    deps.registry
      .accessChanged(reportDocName(reviewId))
      .catch((error: unknown) => deps.log.error({ err: error, reviewId }, 'closing finalised document connections failed'));
  });
}
