import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CollabCloseCodes } from '@ehcp/shared';
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
import { originCheck } from './extensions/origin-check.ts';
import { rateLimits } from './extensions/rate-limits.ts';
import { roleGate } from './extensions/role-gate.ts';
import { updateLog } from './extensions/update-log.ts';
import { DocFreezes } from './persistence/doc-freezes.ts';
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
}

/**
 * Builds the document server. Its behaviour is this list of extensions, run in this order
 * (docs/architecture.md, "The document server"); a new concern is a new file in extensions/ and
 * one line here.
 */
export function buildDocumentServer(options: { config: Readonly<Config>; events: DomainEventBus; log: Logger }): DocumentLayer {
  const { config, events } = options;
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
      rateLimits(limits, log),
      authenticate(),
      heartbeat({ pingIntervalMs: limits.pingIntervalMs }, log),
      accessChanges(events, log),
      roleGate(freezes, log),
      awarenessIdentity(),
      memoryBudget(limits, yjsLog),
      fieldRoles(log),
      updateLogExtension,
      compaction(persistence, limits, yjsLog),
      draftActivity(yjsLog),
    ],
    limits,
    yjsLog,
  );
  return { documents, reportContent: createReportContent(documents.registry, updateLogExtension, freezes), freezes, persistence };
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
  /** Stops accepting, flushes every document, closes Socket.io. */
  close(): Promise<void>;
}

const SOCKET_IO_PATH = '/socket.io/';

/** Composition root of the realtime layer: the document server, Socket.io, and the upgrade hygiene between them. */
export function createRealtime(options: { config: Readonly<Config>; events: DomainEventBus; log: Logger }): Realtime {
  const { config, events } = options;
  const log = options.log.child({ module: 'realtime' });
  const { documents, reportContent, freezes, persistence } = buildDocumentServer(options);
  const closers: (() => Promise<void> | void)[] = [];

  return {
    documents,
    reportContent,
    resetDocument: async (docName) => {
      await documents.registry.evict(docName, CollabCloseCodes.documentReset, 'document was reset');
      await freezes.clear(docName);
      await persistence.reset(docName, await initialContentFor(docName));
    },
    attach: (server) => {
      documents.attach(server);
      const io = createIo(server, config.http.allowedOrigins, log);
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
