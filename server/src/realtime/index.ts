import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CollabCloseCodes } from '@ehcp/shared';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Cluster } from '../cluster/index.ts';
import type { Config } from '../config/index.ts';
import type { DomainEventBus } from '../events/index.ts';
import type { Logger } from '../logging/index.ts';
import type { ReportContentPort } from '../services/index.ts';
import { initialContentFor } from './content/initial-content.ts';
import { createDocumentServer, type DocumentServer } from './documents/index.ts';
import { accessChanges } from './extensions/access-changes.ts';
import { authenticate } from './extensions/authenticate.ts';
import { awarenessIdentity } from './extensions/awareness-identity.ts';
import { compaction } from './extensions/compaction.ts';
import { draftActivity } from './extensions/draft-activity.ts';
import { fieldRoles } from './extensions/field-roles.ts';
import { heartbeat } from './extensions/heartbeat.ts';
import { memoryBudget } from './extensions/memory-budget.ts';
import { docChannel, redisFanout } from './extensions/redis-fanout.ts';
import { originCheck } from './extensions/origin-check.ts';
import { rateLimits, type AttemptLimiter } from './extensions/rate-limits.ts';
import { roleGate } from './extensions/role-gate.ts';
import { updateLog } from './extensions/update-log.ts';
import { DocFreezes } from './persistence/doc-freezes.ts';
import { replicateFreezes } from './persistence/freeze-replication.ts';
import { DocPersistence } from './persistence/doc-persistence.ts';
import { createReportContent } from './report-content.ts';
import { registerSocketAccessChanges } from './socketio/access-changes.ts';
import { registerBroadcasts } from './socketio/broadcast.ts';
import { registerPresenceHandlers } from './socketio/handlers/presence.handlers.ts';
import { createIo } from './socketio/io.ts';

export { DocPersistence } from './persistence/doc-persistence.ts';
export { colourFor } from './extensions/caret-colours.ts';

/** The document server and what the rest of the app uses of it. */
export interface DocumentLayer {
  documents: DocumentServer;
  reportContent: ReportContentPort;
  freezes: DocFreezes;
  persistence: DocPersistence;
  /** Joins the other processes (subscriptions); resolves at once for one process. */
  start(): Promise<void>;
}

/**
 * Builds the document server. Its behaviour is this list of extensions, run in this order
 * (docs/architecture.md, "The document server"); a new concern is a new file in extensions/ and
 * one line here.
 */
export function buildDocumentServer(options: RealtimeOptions): DocumentLayer {
  const { config, events } = options;
  const bus = options.cluster?.bus ?? null;
  const limits = config.realtime;
  const log = options.log.child({ module: 'realtime' });
  const yjsLog = options.log.child({ module: 'yjs' });
  const persistence = new DocPersistence();
  const freezes = new DocFreezes();
  const updateLogExtension = updateLog(
    persistence,
    { persistBatchMs: limits.persistBatchMs, initialContent: initialContentFor },
    yjsLog,
  );
  const documents = createDocumentServer(
    [
      originCheck(config.http.allowedOrigins, log),
      rateLimits(limits, { trustProxy: config.http.trustProxy, sharedAttempts: options.sharedAttempts ?? null }, log),
      authenticate(events, bus),
      heartbeat({ pingIntervalMs: limits.pingIntervalMs }, log),
      accessChanges(events, log),
      roleGate(freezes, log),
      awarenessIdentity(),
      memoryBudget(limits, yjsLog),
      fieldRoles(log),
      updateLogExtension,
      ...(bus ? [redisFanout(bus, { healIntervalMs: FANOUT_HEAL_MS, maxNestingDepth: limits.maxNestingDepth }, yjsLog)] : []),
      compaction(persistence, limits, yjsLog, bus),
      draftActivity(yjsLog),
    ],
    limits,
    yjsLog,
  );
  const reportContent = createReportContent(documents.registry, updateLogExtension, freezes, persistence);
  const start = async () => {
    if (!bus) return;
    // Back from a lost link to the other processes: freezes and access changes published
    // meanwhile never arrived here. Read the freezes again, and make every connection
    // authorise afresh (4000: the client reconnects at once and keeps its edits).
    bus.onReconnect(() => {
      for (const doc of Array.from(documents.registry.documents())) {
        freezes.load(doc.name).catch((error: unknown) => log.warn({ err: error, doc: doc.name }, 'could not re-read a freeze'));
        for (const conn of Array.from(doc.connections)) doc.drop(conn, CollabCloseCodes.accessChanged, 'access changed');
      }
    });
    const replication = await replicateFreezes(
      bus,
      freezes,
      {
        flushLocal: async (docName) => {
          const doc = documents.registry.loaded(docName);
          if (!doc) return false;
          await updateLogExtension.whenDurable(doc);
          return true;
        },
        holdersElsewhere: async (docName) =>
          (await bus.subscriberCount(docChannel(docName))) - (documents.registry.loaded(docName) ? 1 : 0),
        ackTimeoutMs: FREEZE_ACK_TIMEOUT_MS,
      },
      log,
    );
    freezes.replicateWith(replication);
  };
  return { documents, reportContent, freezes, persistence, start };
}

/** How often processes holding one document compare state vectors, to heal lost messages. */
const FANOUT_HEAL_MS = 10_000;
/** How long a freeze waits for another process's "flushed" before going on without it (it died). */
const FREEZE_ACK_TIMEOUT_MS = 3_000;

/** What the realtime layer is built from. */
export interface RealtimeOptions {
  config: Readonly<Config>;
  events: DomainEventBus;
  log: Logger;
  /** The other processes of the deployment (REDIS_URL); absent for one process. */
  cluster?: Cluster | null;
  /** Connection attempts counted for every process (Redis), when there are several. */
  sharedAttempts?: AttemptLimiter | null;
}

/** The realtime layer: the y-websocket document server and Socket.io, on one HTTP server. */
export interface Realtime {
  documents: DocumentServer;
  /** What the services use to read and freeze live documents. */
  reportContent: ReportContentPort;
  /** Replaces a document with its initial content under a new generation (clients holding the old one must discard it). */
  resetDocument(docName: string): Promise<void>;
  /** Takes upgrades and Socket.io on an HTTP server. */
  attach(server: Server): void;
  /** Joins the other processes before the server listens (nothing to do for one process). */
  start(): Promise<void>;
  /** Stops accepting, flushes every document, closes Socket.io. */
  close(): Promise<void>;
}

const SOCKET_IO_PATH = '/socket.io/';

/** Composition root of the realtime layer: the document server, Socket.io, and the upgrade hygiene between them. */
export function createRealtime(options: RealtimeOptions): Realtime {
  const { config, events } = options;
  const log = options.log.child({ module: 'realtime' });
  const { documents, reportContent, freezes, persistence, start } = buildDocumentServer(options);
  const closers: (() => Promise<void> | void)[] = [];

  return {
    documents,
    reportContent,
    start,
    resetDocument: async (docName) => {
      await documents.registry.evict(docName, CollabCloseCodes.documentReset, 'document was reset');
      await freezes.clear(docName);
      await persistence.reset(docName, await initialContentFor(docName));
    },
    attach: (server) => {
      documents.attach(server);
      const io = createIo(server, config.http.allowedOrigins, log);
      // Rooms, presence and emits across processes (WebSocket transport, or sticky sessions for polling).
      if (options.cluster) io.adapter(createAdapter(options.cluster.socketIo.pub, options.cluster.socketIo.sub));
      registerPresenceHandlers(io, log);
      const stopBroadcasts = registerBroadcasts(io, events);
      const stopAccessChanges = registerSocketAccessChanges(io, events, log);
      // Upgrades that no endpoint takes would otherwise stay open for ever (Socket.io is told
      // not to destroy them, so that it leaves /collab alone): refuse them at once.
      const refuseUnknown = (request: { url?: string }, socket: Duplex) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (documents.handles(path) || path.startsWith(SOCKET_IO_PATH)) return;
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () => socket.destroy());
      };
      server.on('upgrade', refuseUnknown);
      closers.push(
        () => {
          server.off('upgrade', refuseUnknown);
        },
        stopBroadcasts,
        stopAccessChanges,
        () => new Promise<void>((resolve) => io.close(() => resolve())),
      );
    },
    close: async () => {
      await documents.close();
      for (const close of closers.splice(0)) await close();
    },
  };
}
