import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { COLLAB_PATH, CollabCloseCodes } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import { wsConnection, type ConnectionIdentity } from './connection.ts';
import type { DocRegistry } from './doc-registry.ts';

/** Decides who a connection is and what it may do; null code = refuse with that close code. */
export type AuthorizeConnection = (
  req: IncomingMessage,
  docName: string,
) => Promise<{ identity: ConnectionIdentity } | { refuse: number; reason: string }>;

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The y-websocket endpoint at /collab/<docName> on the app's HTTP server. Authentication runs
 * at the upgrade; a refused connection is upgraded and closed with a 44xx code, which
 * y-websocket clients treat as permanent (no reconnect loop).
 */
export function attachCollabServer(options: {
  server: Server;
  registry: DocRegistry;
  authorize: AuthorizeConnection;
  maxFrameBytes: number;
  log: Logger;
}): { close(): void } {
  const { registry, log } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes });

  const handleConnection = async (socket: WebSocket, req: IncomingMessage, docName: string) => {
    // Buffer messages that arrive while we authorise and load, so none is lost or reordered.
    const early: Uint8Array[] = [];
    let deliver: ((message: Uint8Array) => void) | null = null;
    socket.on('message', (data, isBinary) => {
      if (!isBinary) return socket.close(CollabCloseCodes.badMessage, 'binary messages only');
      const message = toUint8Array(data);
      if (deliver) deliver(message);
      else early.push(message);
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
    const conn = wsConnection(socket);
    doc.addConnection(conn, decision.identity);
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
    const docName = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
    wss.handleUpgrade(req, socket, head, (ws) => {
      handleConnection(ws, req, docName).catch((error: unknown) => {
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
