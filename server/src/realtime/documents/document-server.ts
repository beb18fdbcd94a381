import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { COLLAB_PATH, CollabCloseCodes, CollabCloseReasons, GENERATION_PARAM, HEARTBEAT_INTERVAL_MS } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import { Connection, type ConnectionIdentity, type Transport } from './connection.ts';
import { DocRegistry, type DocRegistryOptions } from './doc-registry.ts';
import { ConnectionRefusal, UpgradeRefusal, type DocumentServerApi, type Extension, type UpgradeRequest } from './extension.ts';
import { HookRunner } from './hooks.ts';
import { HEARTBEAT_MESSAGE } from './protocol.ts';
import { toUint8Array, wsTransport } from './ws-transport.ts';

export interface DocumentServerOptions extends DocRegistryOptions {
  /** Largest WebSocket frame accepted (bytes); larger frames close with 1009. */
  maxFrameBytes: number;
  /** Connections one document accepts at once; more are closed with 4429. */
  maxConnectionsPerDoc: number;
  /** Bytes a client may send before its connection is authorised and its document loaded. */
  maxEarlyBytes: number;
  /**
   * Milliseconds authorising a connection, and loading its document, may take before the
   * connection is closed with 1011 (try again): a frozen database must not hold sockets open for ever.
   */
  connectTimeoutMs: number;
}

class TimedOut extends Error {}

/** Resolves as `promise` does, or rejects with TimedOut after `ms`; `onLate` gets the value if it comes later. */
function withTimeout<T>(promise: Promise<T>, ms: number, onLate: (value: T) => void = () => {}): Promise<T> {
  let timer: NodeJS.Timeout;
  let isLate = false;
  promise.then((value) => isLate && onLate(value)).catch(() => undefined);
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        isLate = true;
        reject(new TimedOut());
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** An open connection, as seen by the transport that carries it. */
export interface OpenConnection {
  connection: Connection;
  /** Hands the core one binary message from the client. */
  receive(message: Uint8Array): void;
  /** The transport closed. */
  closed(): void;
}

/** The y-websocket endpoint (`/collab/<docName>`) and the documents behind it. */
export interface DocumentServer {
  readonly registry: DocRegistry;
  /** Whether an upgrade path is this server's. */
  handles(pathname: string): boolean;
  /** Takes upgrades for `/collab/*` on an HTTP server. */
  attach(server: Server): void;
  /**
   * Opens an authorised connection to a document over any transport (the WebSocket endpoint
   * uses it; tests use an in-process transport). Null when it was refused (the transport has
   * been closed with the reason). The owner of the transport calls `closed()` once it closes.
   */
  openConnection(
    docName: string,
    identity: ConnectionIdentity,
    transport: Transport,
    generation: string | null,
    isOpen?: () => boolean,
  ): Promise<OpenConnection | null>;
  /** Stops accepting, closes every connection (1001), flushes and frees every document. */
  close(): Promise<void>;
}

function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Builds the document server from an ordered list of extensions (see extension.ts). The server
 * owns the upgrade → connection → document lifecycle; every policy is an extension.
 */
export function createDocumentServer(
  extensions: readonly Extension[],
  options: DocumentServerOptions,
  log: Logger,
): DocumentServer {
  const hooks = new HookRunner(extensions, log);
  const registry = new DocRegistry(hooks, options, log);
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes });
  const attached: Server[] = [];
  const api: DocumentServerApi = {
    loaded: (name) => registry.loaded(name),
    documents: () => registry.documents(),
    notifyDurable: (doc, info) => hooks.onDurable(doc, info),
  };
  for (const extension of extensions) extension.onConfigure?.(api);

  const authenticate = async (upgrade: UpgradeRequest): Promise<ConnectionIdentity> => {
    for (const extension of extensions) {
      const identity = await extension.onAuthenticate?.(upgrade);
      if (identity) return identity;
    }
    throw new ConnectionRefusal(CollabCloseCodes.unauthorized, CollabCloseReasons.signInRequired);
  };

  const handleConnection = async (socket: WebSocket, upgrade: UpgradeRequest) => {
    // Messages that arrive while we authorise and load are kept, in order, and handled after.
    const early: Uint8Array[] = [];
    let earlyBytes = 0;
    let deliver: ((message: Uint8Array) => void) | null = null;
    socket.on('message', (data, isBinary) => {
      if (!isBinary) return socket.close(CollabCloseCodes.badMessage, 'binary messages only');
      const message = toUint8Array(data);
      if (deliver) return deliver(message);
      earlyBytes += message.byteLength;
      if (earlyBytes > options.maxEarlyBytes) return socket.close(CollabCloseCodes.rateLimited, 'too much data before sync');
      early.push(message);
    });
    socket.on('error', (error) => log.warn({ err: error, doc: upgrade.docName }, 'websocket error'));
    // Authorising and loading can take seconds on a slow database: heartbeats meanwhile, so the
    // client does not take the wait for a dead connection and start again from the beginning.
    const waitingBeat = setInterval(() => socket.send(HEARTBEAT_MESSAGE), HEARTBEAT_INTERVAL_MS / 2);
    socket.once('close', () => clearInterval(waitingBeat));
    let open: OpenConnection | null;
    try {
      open = await connect(socket, upgrade);
    } finally {
      clearInterval(waitingBeat);
    }
    if (!open) return;
    socket.on('close', open.closed);
    deliver = open.receive;
    for (const message of early.splice(0)) deliver(message);
  };

  /** Authorises a new socket and opens its connection to the document; null when it was closed instead. */
  const connect = async (socket: WebSocket, upgrade: UpgradeRequest): Promise<OpenConnection | null> => {
    let identity: ConnectionIdentity;
    try {
      identity = await withTimeout(authenticate(upgrade), options.connectTimeoutMs);
    } catch (error) {
      let code: number = CollabCloseCodes.tryAgainLater;
      let reason = 'try again later';
      if (error instanceof ConnectionRefusal) ({ code, reason } = error);
      else if (error instanceof TimedOut) log.warn({ doc: upgrade.docName }, 'authorising a document connection timed out');
      // The database did not answer, or a bug: the client may try again; never a permanent code.
      else log.error({ err: error, doc: upgrade.docName }, 'authorising a document connection failed');
      socket.close(code, reason);
      return null;
    }
    if (socket.readyState !== socket.OPEN) return null;
    const transport = wsTransport(socket);
    const generation = upgrade.url.searchParams.get(GENERATION_PARAM);
    return openConnection(upgrade.docName, identity, transport, generation, () => socket.readyState === socket.OPEN);
  };

  const openConnection: DocumentServer['openConnection'] = async (
    docName,
    identity,
    transport,
    generation,
    isOpen = () => true,
  ) => {
    const doc = await registry.get(docName);
    if (!isOpen()) {
      registry.release(doc);
      return null;
    }
    if (generation !== null && generation !== doc.generation) {
      // The client holds a copy from before a reset: it must discard it, never merge it back.
      transport.close(CollabCloseCodes.documentReset, 'document was reset');
      registry.release(doc);
      return null;
    }
    if (doc.connections.size >= options.maxConnectionsPerDoc) {
      transport.close(CollabCloseCodes.rateLimited, 'too many connections to this document');
      registry.release(doc);
      return null;
    }
    const conn = new Connection(docName, identity, transport);
    doc.addConnection(conn);
    hooks.onConnect(conn, doc);
    doc.startSync(conn);
    let isClosed = false;
    return {
      connection: conn,
      receive: (message) => doc.handleMessage(conn, message),
      closed: () => {
        if (isClosed) return;
        isClosed = true;
        doc.removeConnection(conn);
        hooks.onDisconnect(conn, doc);
        registry.release(doc);
      },
    };
  };

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(`${COLLAB_PATH}/`)) return;
    let docName: string;
    try {
      docName = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
    } catch {
      return refuseUpgrade(socket, 400, 'Bad Request');
    }
    const upgrade: UpgradeRequest = { request, url, docName };
    const checks = async () => {
      for (const extension of extensions) await extension.onUpgrade?.(upgrade);
    };
    // While the (asynchronous) checks run, the client may reset the connection: without a
    // listener that 'error' would crash the process, and a destroyed socket is not upgraded.
    const ignoreError = () => undefined;
    socket.on('error', ignoreError);
    checks().then(
      () => {
        socket.off('error', ignoreError);
        if (socket.destroyed) return;
        wss.handleUpgrade(request, socket, head, (ws) => {
          handleConnection(ws, upgrade).catch((error: unknown) => {
            log.error({ err: error, doc: docName }, 'document connection failed');
            ws.close(CollabCloseCodes.tryAgainLater, 'try again later');
          });
        });
      },
      (error: unknown) => {
        socket.off('error', ignoreError);
        if (socket.destroyed) return;
        if (error instanceof UpgradeRefusal) return refuseUpgrade(socket, error.status, error.statusText);
        log.error({ err: error }, 'upgrade check failed');
        refuseUpgrade(socket, 503, 'Service Unavailable');
      },
    );
  };

  return {
    registry,
    openConnection,
    handles: (pathname) => pathname.startsWith(`${COLLAB_PATH}/`),
    attach: (server) => {
      server.on('upgrade', handleUpgrade);
      attached.push(server);
    },
    close: async () => {
      for (const server of attached.splice(0)) server.off('upgrade', handleUpgrade);
      await registry.shutdown(CollabCloseCodes.goingAway, 'server shutting down');
      for (const client of wss.clients) client.terminate();
      wss.close();
      await hooks.onDestroy();
    },
  };
}
