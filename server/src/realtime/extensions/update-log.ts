import * as Y from 'yjs';
import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import { encodePersisted, REMOTE_ORIGIN, type DocumentServerApi, type Extension, type SharedDoc } from '../documents/index.ts';
import type { DocPersistence } from '../persistence/doc-persistence.ts';
import { WriteQueue } from '../persistence/write-queue.ts';

/**
 * Editors are told what is durable at most this often (leading and trailing edge): enough for
 * an honest "Saved" within a fraction of a second, without a message per batch per editor.
 */
const ACK_INTERVAL_MS = 250;

interface LogState {
  queue: WriteQueue;
  /** Encoded snapshot of what the database holds. */
  persisted: Uint8Array;
  ackTimer: NodeJS.Timeout | null;
  lastAckAt: number;
}

/** The update log, with what the document-content adapter needs from it. */
export interface UpdateLogExtension extends Extension {
  /** Resolves once every update accepted so far is durable; rejects if the database keeps refusing. */
  whenDurable(doc: SharedDoc): Promise<void>;
}

/**
 * Persistence and "Saved". `onLoadDocument`: the stored state (snapshot and log), seeding a
 * brand-new document once on the server. `onChange`: every applied update is queued at once;
 * batches are appended to the update log (within `PERSIST_BATCH_MS` of an edit made here, within
 * `ACK_INTERVAL_MS` of one another process accepted and stores too), and only after the database
 * acknowledged a write are connections told (message 100) the Yjs snapshot that is now durable,
 * which is what the client's "Saved" means. `beforeUnloadDocument`: nothing leaves memory unwritten.
 */
export function updateLog(
  persistence: DocPersistence,
  options: Pick<RealtimeLimits, 'persistBatchMs'> & { initialContent: (docName: string) => Promise<Uint8Array> },
  log: Logger,
): UpdateLogExtension {
  const states = new Map<string, LogState>();
  let server: DocumentServerApi;

  const sendAck = (doc: SharedDoc, state: LogState) => {
    state.ackTimer = null;
    state.lastAckAt = performance.now();
    const message = encodePersisted(state.persisted);
    for (const conn of doc.connections) doc.sendOrDrop(conn, message);
  };
  const scheduleAck = (doc: SharedDoc, state: LogState) => {
    if (state.ackTimer) return;
    const wait = Math.max(0, state.lastAckAt + ACK_INTERVAL_MS - performance.now());
    state.ackTimer = setTimeout(() => sendAck(doc, state), wait);
  };

  return {
    name: 'update-log',
    onConfigure: (api) => {
      server = api;
    },
    onLoadDocument: async (doc) => {
      let stored = await persistence.load(doc.name);
      if (stored.generation === null) {
        const seeded = await persistence.ensureSnapshot(doc.name, await options.initialContent(doc.name), stored.loggedCount > 0);
        // Created here: it is exactly what we wrote. Created by a racing load: read what it wrote.
        stored = seeded.inserted
          ? {
              updates: [seeded.state, ...stored.updates],
              generation: seeded.generation,
              loggedCount: stored.loggedCount,
              loggedBytes: stored.loggedBytes,
            }
          : await persistence.load(doc.name);
      }
      if (stored.generation === null) throw new Error(`document ${doc.name} has no snapshot after seeding`);
      doc.applyStored(stored.updates);
      doc.generation = stored.generation;
      const state: LogState = {
        persisted: Y.encodeSnapshot(Y.snapshot(doc.doc)),
        ackTimer: null,
        lastAckAt: 0,
        queue: new WriteQueue({
          batchMs: options.persistBatchMs,
          relaxedBatchMs: Math.max(options.persistBatchMs, ACK_INTERVAL_MS),
          write: (merged) => persistence.append(doc.name, merged),
          takeSnapshot: () => Y.encodeSnapshot(Y.snapshot(doc.doc)),
          onDurable: (snapshot, bytes) => {
            state.persisted = snapshot;
            scheduleAck(doc, state);
            server.notifyDurable(doc, { snapshot, bytes });
          },
          log,
        }),
      };
      states.set(doc.name, state);
    },
    onConnect: (conn, doc) => {
      const state = states.get(doc.name);
      if (state) conn.send(encodePersisted(state.persisted));
    },
    // Another process's edit is stored there too (and acknowledged there): stored here in fewer,
    // larger writes, so a meeting spread over processes does not multiply the database's work.
    onChange: (doc, update, origin) => states.get(doc.name)?.queue.push(update, { relaxed: origin === REMOTE_ORIGIN }),
    beforeUnloadDocument: async (doc) => {
      await states.get(doc.name)?.queue.whenDurable();
    },
    afterUnloadDocument: (docName) => {
      const state = states.get(docName);
      if (!state) return;
      state.queue.dispose();
      if (state.ackTimer) clearTimeout(state.ackTimer);
      states.delete(docName);
      persistence.forget(docName);
    },
    whenDurable: async (doc) => {
      await states.get(doc.name)?.queue.whenDurable();
    },
  };
}
