import type { DomainEventBus } from '../../events/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { AppIo } from './io.ts';
import { sessionRoom, userRoom } from './rooms.ts';

/** setTimeout's longest delay; later expiries are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Access changes reach Socket.io at once: a sign-out disconnects that session's sockets, a
 * change to a staff member's access disconnects all of theirs (through rooms, so this also works
 * across processes once Socket.io has an adapter), and a socket is disconnected when its
 * session expires. A disconnected staff page learns it was signed out on its next request.
 */
export function registerSocketAccessChanges(io: AppIo, events: DomainEventBus, log: Logger): () => void {
  const timers = new Map<string, NodeJS.Timeout>();
  const armExpiry = (socketId: string, expiresAt: Date) => {
    const wait = expiresAt.getTime() - Date.now();
    const socket = io.sockets.sockets.get(socketId);
    if (!socket) return;
    if (wait <= 0) {
      timers.delete(socketId);
      return void socket.disconnect(true);
    }
    const timer = setTimeout(() => armExpiry(socketId, expiresAt), Math.min(wait, MAX_TIMER_MS));
    timer.unref();
    timers.set(socketId, timer);
  };
  io.on('connection', (socket) => {
    armExpiry(socket.id, socket.data.staff.expiresAt);
    socket.on('disconnect', () => {
      clearTimeout(timers.get(socket.id));
      timers.delete(socket.id);
    });
  });
  const disconnect = (room: string, why: string) => {
    log.info({ room, why }, 'disconnecting sockets whose access changed');
    io.in(room).disconnectSockets(true);
  };
  const unsubscribers = [
    // From the process where it happened only: with several processes, the adapter carries the
    // disconnect to the sockets on the others.
    events.on('session.ended', ({ sessionId }, { isLocal }) => isLocal && disconnect(sessionRoom(sessionId), 'signed out')),
    events.on(
      'user.access-changed',
      ({ userId }, { isLocal }) => isLocal && disconnect(userRoom(userId), 'staff access changed'),
    ),
  ];
  return () => {
    unsubscribers.forEach((unsubscribe) => unsubscribe());
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  };
}
