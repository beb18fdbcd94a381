import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { HandshakeErrors, type ClientToServerEvents, type ServerToClientEvents } from '@ehcp/shared';
import { authenticateSession, isAllowedOrigin, readCookie, SESSION_COOKIE, type StaffPrincipal } from '../../auth/index.ts';
import type { Logger } from '../../logging/index.ts';
import { sessionRoom, userRoom } from './rooms.ts';

/** Per-socket data set at the handshake. */
export interface SocketData {
  staff: StaffPrincipal;
}

export type AppIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.io on the app's HTTP server, staff only: the session cookie is checked at the
 * handshake, and a browser's `Origin` must be one of the app's own (a page on another site or
 * port could otherwise ride the cookie). Every socket joins its session's and its user's rooms,
 * so an access change can find it. `destroyUpgrade: false` stops engine.io from killing the
 * y-websocket upgrades it does not own.
 */
export function createIo(server: HttpServer, allowedOrigins: readonly string[], log: Logger): AppIo {
  const io: AppIo = new Server(server, {
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    cors: { origin: false },
    // Presence must notice a person whose connection died (a phone off the Wi-Fi) within about
    // ten seconds, not the defaults' 45: a ping every 5 s, answered within 4 s.
    pingInterval: 5_000,
    pingTimeout: 4_000,
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      if (origin === undefined || isAllowedOrigin(origin, req.headers.host, allowedOrigins)) return callback(null, true);
      log.warn({ origin }, 'refusing a Socket.io connection from a foreign origin');
      callback('origin not allowed', false);
    },
  });
  io.use(async (socket, next) => {
    let staff: StaffPrincipal | null;
    try {
      staff = await authenticateSession(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE));
    } catch (error) {
      log.error({ err: error }, 'authenticating a Socket.io connection failed');
      return next(new Error(HandshakeErrors.unavailable));
    }
    if (!staff) return next(new Error(HandshakeErrors.unauthenticated));
    socket.data.staff = staff;
    await socket.join([sessionRoom(staff.sessionId), userRoom(staff.userId)]);
    next();
  });
  return io;
}
