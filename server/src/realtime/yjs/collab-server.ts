import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { COLLAB_PATH, CollabCloseCodes, GENERATION_PARAM } from '@ehcp/shared';
import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import { wsConnection, type ConnectionIdentity } from './connection.ts';
import type { DocRegistry } from './doc-registry.ts';
import { PerMinuteLimiter, TokenBucket } from './rate-limits.ts';

/** Decides who a connection is and what it may do, or refuses it with a close code. */
export type AuthorizeConnection = (
  req: IncomingMessage,
  docName: string,
) => Promise<{ identity: ConnectionIdentity } | { refuse: number; reason: string }>;

export type CollabLimits = Pick<
  RealtimeLimits,
  'maxFrameBytes' | 'maxConnectionAttemptsPerMinute' | 'messagesPerSecond' | 'messageBurst'
>;

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Bytes a client may send before its connection is authorised and its document loaded. */
const MAX_EARLY_BYTES = 4 * 1024 * 1024;

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The y-websocket endpoint at /collab/<docName> on the app's HTTP server. Connection attempts
 * are rate-limited per IP before the upgrade; authentication runs right after it, and a
 * refused connection is closed with a 44xx code, which y-websocket treats as permanent.
 */
export function attachCollabServer(options: {
  server: Server;
  registry: DocRegistry;
  authorize: AuthorizeConnection;
  limits: CollabLimits;
  log: Logger;
}): { close(): void } {
  const { registry, log, limits } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });
  const attempts = new PerMinuteLimiter(limits.maxConnectionAttemptsPerMinute);

  const handleConnection = async (socket: WebSocket, req: IncomingMessage, docName: string, generation: string | null) => {
    // Buffer messages that arrive while we authorise and load, so none is lost or reordered.
    const early: Uint8Array[] = [];
    let earlyBytes = 0;
    let deliver: ((message: Uint8Array) => void) | null = null;
    const bucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    socket.on('message', (data, isBinary) => {
      if (!isBinary) return socket.close(CollabCloseCodes.badMessage, 'binary messages only');
      if (!bucket.take()) {
        log.warn({ doc: docName }, 'closing connection over the message rate limit');
        return socket.close(CollabCloseCodes.rateLimited, 'too many messages');
      }
      const message = toUint8Array(data);
      if (deliver) return deliver(message);
      earlyBytes += message.byteLength;
      if (earlyBytes > MAX_EARLY_BYTES) return socket.close(CollabCloseCodes.rateLimited, 'too much data before sync');
      early.push(message);
    });
    socket.on('error', (error) => log.warn({ err: error, doc: docName }, 'websocket error'));
    const decision = await options.authorize(req, docName).catch((error: unknown) => {
      log.error({ err: error, doc: docName }, 'authorising connection failed');
      return { refuse: 1011, reason: 'server error' };
    });
    if ('refuse' in decision) return socket.close(decision.refuse, decision.reason);
    if (socket.readyState !== socket.OPEN) return;
    const doc = await registry.get(docName);
    if (socket.readyState !== socket.OPEN) return registry.release(doc);
    if (generation !== null && generation !== doc.generation) {
      // The client holds a copy from before a reset: it must discard it, never merge it back.
      socket.close(CollabCloseCodes.documentReset, 'document was reset');
      return registry.release(doc);
    }
    const conn = wsConnection(socket);
    if (!doc.addConnection(conn, decision.identity)) return registry.release(doc);
    socket.on('close', () => {
      doc.removeConnection(conn);
      registry.release(doc);
    });
    deliver = (message) => doc.handleMessage(conn, message);
    for (const message of early.splice(0)) deliver(message);
  };

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${COLLAB_PATH}/`)) return; // Socket.io's own upgrade handler takes it
    if (!attempts.attempt(req.socket.remoteAddress ?? 'unknown')) {
      log.warn({ ip: req.socket.remoteAddress }, 'refusing connection attempt over the per-IP limit');
      return refuseUpgrade(socket, 429, 'Too Many Requests');
    }
    let docName: string;
    try {
      docName = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
    } catch {
      return refuseUpgrade(socket, 400, 'Bad Request');
    }
    const generation = url.searchParams.get(GENERATION_PARAM);
    wss.handleUpgrade(req, socket, head, (ws) => {
      handleConnection(ws, req, docName, generation).catch((error: unknown) => {
        log.error({ err: error, doc: docName }, 'collab connection failed');
        ws.close(1011, 'server error');
      });
    });
  };

  options.server.on('upgrade', handleUpgrade);
  return {
    close: () => {
      options.server.off('upgrade', handleUpgrade);
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
