import type { WebSocket } from 'ws';

/**
 * The transport-independent connection the document core talks to. The y-websocket endpoint
 * adapts `ws` to it; the same core could carry these binary messages over Socket.io later.
 */
export interface DocConnection {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet sent, for backpressure. */
  bufferedAmount(): number;
}

/** Adapts a `ws` WebSocket. */
export function wsConnection(socket: WebSocket): DocConnection {
  return {
    send: (message) => {
      if (socket.readyState === socket.OPEN) socket.send(message, { binary: true });
    },
    close: (code, reason) => socket.close(code, reason),
    bufferedAmount: () => socket.bufferedAmount,
  };
}

/** Who is on a connection, as decided by the server at upgrade time. */
export interface ConnectionIdentity {
  role: 'editor' | 'viewer';
  userId: string;
  name: string;
  /** Caret colour, derived from the user id so it is stable across reconnects. */
  color: string;
}
