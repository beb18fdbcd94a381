import type { Server } from 'node:http';
import type { Config } from '../config/index.ts';
import type { DomainEventBus } from '../events/index.ts';
import type { Logger } from '../logging/index.ts';
import { registerBroadcasts } from './broadcast.ts';
import { authorizeCollabConnection } from './collab-access.ts';
import { createDocumentStoredHandler, initialContentFor } from './collab-content.ts';
import { registerPresenceHandlers } from './handlers/presence.handlers.ts';
import { createIo } from './io.ts';
import { attachCollabServer, DocPersistence, DocRegistry } from './yjs/index.ts';

export { DocRegistry, DocPersistence } from './yjs/index.ts';
export { colourFor } from './collab-access.ts';

/** The realtime layer: the y-websocket document endpoint and Socket.io presence, on one HTTP server. */
export interface Realtime {
  registry: DocRegistry;
  /** Stops accepting, flushes every document, closes Socket.io. */
  close(): Promise<void>;
}

/** Creates the document registry; separate so the HTTP layer can be given it before the server exists. */
export function createDocRegistry(config: Readonly<Config>, log: Logger): DocRegistry {
  const yjsLog = log.child({ module: 'yjs' });
  return new DocRegistry(
    new DocPersistence(),
    { ...config.realtime, initialContent: initialContentFor, onDocumentStored: createDocumentStoredHandler(yjsLog) },
    yjsLog,
  );
}

/** Attaches the realtime layer to an HTTP server. */
export function attachRealtime(options: {
  server: Server;
  config: Readonly<Config>;
  events: DomainEventBus;
  registry: DocRegistry;
  log: Logger;
}): Realtime {
  const log = options.log.child({ module: 'realtime' });
  const collab = attachCollabServer({
    server: options.server,
    registry: options.registry,
    authorize: authorizeCollabConnection,
    limits: options.config.realtime,
    log,
  });
  const io = createIo(options.server);
  registerPresenceHandlers(io, log);
  const stopBroadcasts = registerBroadcasts({ io, events: options.events, registry: options.registry, log });
  return {
    registry: options.registry,
    close: async () => {
      stopBroadcasts();
      collab.close();
      await options.registry.shutdown();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
