import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { HandshakeErrors, type ClientToServerEvents, type ServerToClientEvents } from '@ehcp/shared';
import { authenticateSession, readCookie, SESSION_COOKIE, type StaffPrincipal } from '../auth/index.ts';

/** Per-socket data set at the handshake. */
export interface SocketData {
  staff: StaffPrincipal;
}

export type AppIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.io on the app's HTTP server, staff only (session cookie checked at the handshake).
 * `destroyUpgrade: false` stops engine.io from killing the y-websocket upgrades it does not own.
 */
export function createIo(server: HttpServer): AppIo {
  const io: AppIo = new Server(server, {
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    cors: { origin: false },
  });
  io.use(async (socket, next) => {
    const staff = await authenticateSession(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE)).catch(() => null);
    if (!staff) return next(new Error(HandshakeErrors.unauthenticated));
    socket.data.staff = staff;
    next();
  });
  return io;
}
