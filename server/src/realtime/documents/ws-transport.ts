import type { RawData, WebSocket } from 'ws';
import type { Transport } from './connection.ts';

/** Adapts a `ws` WebSocket to the document core's transport. */
export function wsTransport(socket: WebSocket): Transport {
  return {
    send: (message) => {
      if (socket.readyState === socket.OPEN) socket.send(message, { binary: true });
    },
    close: (code, reason) => socket.close(code, reason),
    terminate: () => socket.terminate(),
    bufferedAmount: () => socket.bufferedAmount,
    ping: () => {
      if (socket.readyState === socket.OPEN) socket.ping();
    },
    onPong: (listener) => socket.on('pong', listener),
  };
}

/** The bytes of a `ws` message as one Uint8Array. */
export function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
