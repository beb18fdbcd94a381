import { ReviewParamsSchema, SocketEvents, type Ack, type PresentPerson } from '@ehcp/shared';
import { canViewReview } from '../../../auth/index.ts';
import { notFound, toEnvelope, toError } from '../../../errors/index.ts';
import type { Logger } from '../../../logging/index.ts';
import { loadReviewFacts } from '../../../services/index.ts';
import type { AppIo } from '../io.ts';
import { reviewRoom } from '../rooms.ts';

/** Everyone in a review room, one entry per person even with several tabs open. */
async function peopleIn(io: AppIo, reviewId: string): Promise<PresentPerson[]> {
  const sockets = await io.in(reviewRoom(reviewId)).fetchSockets();
  const people = new Map<string, PresentPerson>();
  for (const socket of sockets) {
    const { userId, name, role } = socket.data.staff;
    people.set(userId, { userId, name, role });
  }
  return Array.from(people.values()).sort((a, b) => a.name.localeCompare(b.name));
}

async function announce(io: AppIo, reviewId: string): Promise<PresentPerson[]> {
  const people = await peopleIn(io, reviewId);
  io.to(reviewRoom(reviewId)).emit(SocketEvents.presenceUpdate, { reviewId, people });
  return people;
}

function failure(error: unknown, log: Logger): Ack<never> {
  const { body, isUnexpected } = toEnvelope(error);
  if (isUnexpected) log.error({ err: toError(error) }, 'socket handler failed');
  return { ok: false, error: { code: body.error.code, message: body.error.message } };
}

/** review:join / review:leave and presence. Handler order: parse → authorize → act → ack. */
export function registerPresenceHandlers(io: AppIo, log: Logger): void {
  io.on('connection', (socket) => {
    socket.on(SocketEvents.reviewJoin, async (payload, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      try {
        const { reviewId } = ReviewParamsSchema.parse(payload);
        const review = await loadReviewFacts(reviewId);
        if (!canViewReview(socket.data.staff, review)) throw notFound('review', 'review_not_found');
        await socket.join(reviewRoom(reviewId));
        reply({ ok: true, data: { people: await announce(io, reviewId) } });
      } catch (error) {
        reply(failure(error, log));
      }
    });

    socket.on(SocketEvents.reviewLeave, async (payload, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      try {
        const { reviewId } = ReviewParamsSchema.parse(payload);
        await socket.leave(reviewRoom(reviewId));
        await announce(io, reviewId);
        reply({ ok: true, data: null });
      } catch (error) {
        reply(failure(error, log));
      }
    });

    socket.on('disconnecting', () => {
      const reviewIds = Array.from(socket.rooms)
        .filter((room) => room.startsWith('review:'))
        .map((room) => room.slice('review:'.length));
      // After the socket has left its rooms, tell the others.
      setImmediate(() => reviewIds.forEach((reviewId) => void announce(io, reviewId).catch(() => {})));
    });
  });
}
