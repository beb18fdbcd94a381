import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import {
  MESSAGE_GENERATION,
  MESSAGE_HEARTBEAT,
  MESSAGE_NOTICE,
  MESSAGE_PERSISTED,
  MESSAGE_ROLE,
  type CollabNotice,
  type CollabRole,
} from '@ehcp/shared';
import { buildConfig, type RealtimeLimits } from '../config/index.ts';
import { DomainEventBus } from '../events/index.ts';
import { createLogger } from '../logging/index.ts';
import type { ConnectionIdentity, OpenConnection, Transport } from '../realtime/documents/index.ts';
import { buildDocumentServer, type DocumentLayer } from '../realtime/index.ts';

/**
 * The production document server (every extension, the real database) without sockets: each
 * client is an in-process transport and a Y.Doc that answers the server exactly as a y-websocket
 * client does (sync step 1 → step 2, local updates sent at once). Deterministic: nothing waits
 * on the network, so protocol cases (missing dependencies, freezes) can be driven step by step.
 */
export interface DocumentHarness {
  layer: DocumentLayer;
  events: DomainEventBus;
  /** A client on a document; not connected until `connect()`. */
  client(docName: string, identity?: Partial<ConnectionIdentity>): HarnessClient;
  stop(): Promise<void>;
}

export interface HarnessClient {
  doc: Y.Doc;
  /** Opens a connection (again); resolves when the server has sent its greeting. */
  connect(): Promise<void>;
  /** Closes the transport as a client would. */
  disconnect(): void;
  /** While offline, local updates are kept (as y-websocket keeps them in its Y.Doc) and not sent. */
  readonly isConnected: boolean;
  role(): CollabRole | null;
  notices: CollabNotice[];
  closes: { code: number; reason: string }[];
  persisted(): Y.Snapshot | null;
  /** Raw messages the server sent on the current connection, oldest first. */
  received: Uint8Array[];
  /** Sends raw bytes as this client. */
  send(bytes: Uint8Array): void;
  /**
   * Delivers bytes on the last connection even after the server closed it: a message that was
   * already on the wire when the close happened.
   */
  sendInFlight(bytes: Uint8Array): void;
  /** Sends a local update before the handshake completes, as y-websocket does right after opening. */
  sendUpdate(update: Uint8Array): void;
}

export const identityFor = (overrides: Partial<ConnectionIdentity> = {}): ConnectionIdentity => ({
  role: 'editor',
  reason: 'open',
  userId: 'user',
  name: 'Test User',
  color: '#000000',
  accessKeys: [],
  expiresAt: null,
  takesPartInPresence: true,
  ...overrides,
});

function syncMessage(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** An update message (sync type 2) carrying `update`. */
export const updateMessage = (update: Uint8Array) => syncMessage(2, update);

export async function startDocumentHarness(realtime: Partial<RealtimeLimits> = {}): Promise<DocumentHarness> {
  const base = buildConfig({ NODE_ENV: 'test', MONGODB_URI: 'mongodb://unused', LOG_LEVEL: 'silent' });
  const config = Object.freeze({ ...base, realtime: { ...base.realtime, persistBatchMs: 5, ...realtime } });
  const events = new DomainEventBus();
  const layer = buildDocumentServer({ config, events, log: createLogger({ level: 'silent', pretty: false }) });
  const clients: HarnessClient[] = [];
  return {
    layer,
    events,
    client: (docName, overrides = {}) => {
      const client = createClient(layer, docName, identityFor(overrides));
      clients.push(client);
      return client;
    },
    stop: async () => {
      clients.forEach((client) => client.disconnect());
      await layer.documents.close();
    },
  };
}

function createClient(layer: DocumentLayer, docName: string, identity: ConnectionIdentity): HarnessClient {
  const doc = new Y.Doc();
  let open: OpenConnection | null = null;
  let last: OpenConnection | null = null;
  let role: CollabRole | null = null;
  let persisted: Y.Snapshot | null = null;
  let generation: string | null = null;
  const notices: CollabNotice[] = [];
  const closes: { code: number; reason: string }[] = [];
  const received: Uint8Array[] = [];

  const handleServerMessage = (message: Uint8Array) => {
    received.push(message);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === 0) queueMicrotask(() => open?.receive(syncMessage(1, Y.encodeStateAsUpdate(doc, payload))));
      else Y.applyUpdate(doc, payload, 'server');
    } else if (type === MESSAGE_ROLE) role = JSON.parse(decoding.readVarString(decoder)) as CollabRole;
    else if (type === MESSAGE_NOTICE) notices.push(JSON.parse(decoding.readVarString(decoder)) as CollabNotice);
    else if (type === MESSAGE_PERSISTED) persisted = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
    else if (type === MESSAGE_GENERATION) generation = decoding.readVarString(decoder);
    else if (type !== MESSAGE_HEARTBEAT && type !== 1) throw new Error(`unexpected server message ${type}`);
  };
  const transport = (): Transport => {
    let isOpen = true;
    return {
      // Deliver asynchronously, as a socket would, so the server never re-enters itself.
      send: (message) => {
        if (isOpen) queueMicrotask(() => isOpen && handleServerMessage(message));
      },
      close: (code, reason) => {
        if (!isOpen) return;
        isOpen = false;
        closes.push({ code, reason });
        const current = open;
        open = null;
        queueMicrotask(() => current?.closed());
      },
      terminate: () => transportClose(),
      bufferedAmount: () => 0,
      ping: () => {},
      onPong: () => {},
    };
  };
  let transportClose = () => {};
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server' && open) open.receive(updateMessage(update));
  });
  return {
    doc,
    notices,
    closes,
    received,
    role: () => role,
    persisted: () => persisted,
    get isConnected() {
      return open !== null;
    },
    connect: async () => {
      received.length = 0;
      role = null;
      const t = transport();
      transportClose = () => t.close(1006, 'terminated');
      open = await layer.documents.openConnection(docName, identity, t, generation);
      last = open;
      // As y-websocket does on open: ask the server for what this copy lacks.
      open?.receive(syncMessage(0, Y.encodeStateVector(doc)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    disconnect: () => {
      const current = open;
      open = null;
      current?.closed();
    },
    send: (bytes) => open?.receive(bytes),
    sendInFlight: (bytes) => last?.receive(bytes),
    sendUpdate: (update) => open?.receive(updateMessage(update)),
  };
}
