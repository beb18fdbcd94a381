import { HEARTBEAT_INTERVAL_MS } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import { HEARTBEAT_MESSAGE, type Connection, type Extension } from '../documents/index.ts';

/**
 * Liveness in both directions. Every `pingIntervalMs` each connection gets a WebSocket ping; one
 * that has not answered the previous ping is terminated, so a phone that left the Wi-Fi (a
 * half-open socket) leaves the document, and everyone's presence, within two intervals instead of
 * hours. And a connection that has been sent nothing for `HEARTBEAT_INTERVAL_MS` gets a tiny
 * heartbeat message, so the client can tell a silent connection from a dead one quickly (browsers
 * do not expose pings to pages).
 */
export function heartbeat(options: { pingIntervalMs: number }, log: Logger): Extension {
  const answered = new Map<Connection, boolean>();
  const timers: NodeJS.Timeout[] = [];
  const ping = () => {
    for (const [conn, isAlive] of answered) {
      if (!isAlive) {
        log.info({ doc: conn.docName, userId: conn.identity.userId }, 'terminating a connection that stopped answering');
        answered.delete(conn);
        conn.terminate();
        continue;
      }
      answered.set(conn, false);
      conn.transport.ping();
    }
  };
  const fillSilences = () => {
    const quietSince = performance.now() - HEARTBEAT_INTERVAL_MS * 0.75;
    for (const conn of answered.keys()) if (conn.lastSentAt < quietSince) conn.send(HEARTBEAT_MESSAGE);
  };
  return {
    name: 'heartbeat',
    onConfigure: () => {
      timers.push(setInterval(ping, options.pingIntervalMs), setInterval(fillSilences, HEARTBEAT_INTERVAL_MS / 4));
      timers.forEach((timer) => timer.unref());
    },
    onConnect: (conn) => {
      answered.set(conn, true);
      conn.transport.onPong(() => {
        if (answered.has(conn)) answered.set(conn, true);
      });
    },
    onDisconnect: (conn) => {
      answered.delete(conn);
    },
    onDestroy: () => {
      timers.splice(0).forEach((timer) => clearInterval(timer));
    },
  };
}
