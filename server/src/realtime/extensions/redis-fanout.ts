import { createHash } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { ClusterBus } from '../../cluster/index.ts';
import type { Logger } from '../../logging/index.ts';
import { analyseUpdate, REMOTE_ORIGIN, type DocumentServerApi, type Extension, type SharedDoc } from '../documents/index.ts';

const Kind = { update: 0, awareness: 1, syncRequest: 2, syncReply: 3 } as const;

/** The Redis channel of one document. */
export const docChannel = (docName: string) => `doc:${docName}`;

function encode(kind: number, from: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarString(encoder, from);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A digest of a document's delete set, so two processes can tell their deletions differ without sending them. */
function deleteSetDigest(doc: Y.Doc): string {
  return createHash('sha1')
    .update(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))
    .digest('base64');
}

/** Whether `ours` holds structs that `theirs` (a decoded state vector) lacks. */
function isAhead(ours: Map<number, number>, theirs: Map<number, number>): boolean {
  for (const [client, clock] of ours) if ((theirs.get(client) ?? 0) < clock) return true;
  return false;
}

/**
 * Documents across processes (the design of Hocuspocus's Redis extension). Every process that
 * holds a document subscribes to its channel: each update applied here (from a connection of this
 * process) and each awareness change is published there, and what other processes publish is
 * applied here, broadcast to this process's connections, and — like everything applied — stored
 * by this process's update log, so "Saved" still means "in the database" wherever the edit came
 * from (duplicates in the log are harmless: Yjs applies them idempotently, compaction folds them).
 * Pub/sub is at most once, so on subscribe and then every `healIntervalMs` each process publishes
 * its state vector and a digest of its deletions; a process that holds more, or other deletions,
 * answers with the difference. An update whose dependencies are missing (a message was lost) is
 * not applied: a state exchange is asked for instead, as for clients.
 */
export function redisFanout(
  bus: ClusterBus,
  options: { healIntervalMs: number; maxNestingDepth: number },
  log: Logger,
): Extension {
  const me = bus.processId;
  const listeners = new Map<string, (message: Buffer) => void>();
  let server: DocumentServerApi;
  let timer: NodeJS.Timeout | null = null;

  const requestSync = (doc: SharedDoc) => {
    const sv = Y.encodeStateVector(doc.doc);
    const digest = deleteSetDigest(doc.doc);
    bus.publish(
      docChannel(doc.name),
      encode(Kind.syncRequest, me, (encoder) => {
        encoding.writeVarUint8Array(encoder, sv);
        encoding.writeVarString(encoder, digest);
      }),
    );
  };

  const applyFromPeer = (doc: SharedDoc, update: Uint8Array) => {
    const analysis = analyseUpdate(doc.doc, update, options.maxNestingDepth);
    if (analysis.isMalformed) return; // never produced by a peer, which analysed it before applying
    if (analysis.hasMissingDependencies || !doc.applyRemote(update)) requestSync(doc);
  };

  const handle = (docName: string, message: Buffer) => {
    const doc = server.loaded(docName);
    if (!doc) return;
    const decoder = decoding.createDecoder(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
    const kind = decoding.readVarUint(decoder);
    const from = decoding.readVarString(decoder);
    if (from === me) return;
    if (kind === Kind.update) applyFromPeer(doc, decoding.readVarUint8Array(decoder));
    else if (kind === Kind.awareness)
      awarenessProtocol.applyAwarenessUpdate(doc.awareness, decoding.readVarUint8Array(decoder), REMOTE_ORIGIN);
    else if (kind === Kind.syncRequest) {
      const theirs = decoding.readVarUint8Array(decoder);
      const digest = decoding.readVarString(decoder);
      if (
        !isAhead(Y.decodeStateVector(Y.encodeStateVector(doc.doc)), Y.decodeStateVector(theirs)) &&
        digest === deleteSetDigest(doc.doc)
      )
        return;
      const diff = Y.encodeStateAsUpdate(doc.doc, theirs);
      bus.publish(
        docChannel(docName),
        encode(Kind.syncReply, me, (encoder) => {
          encoding.writeVarString(encoder, from);
          encoding.writeVarUint8Array(encoder, diff);
        }),
      );
    } else if (kind === Kind.syncReply) {
      const target = decoding.readVarString(decoder);
      if (target === me) applyFromPeer(doc, decoding.readVarUint8Array(decoder));
    }
  };

  return {
    name: 'redis-fanout',
    onConfigure: (api) => {
      server = api;
      timer = setInterval(() => {
        for (const doc of server.documents()) requestSync(doc);
      }, options.healIntervalMs);
      timer.unref();
      // Updates published while the link was down never arrived: compare states at once.
      bus.onReconnect(() => {
        for (const doc of server.documents()) requestSync(doc);
      });
    },
    onLoadDocument: async (doc) => {
      const listener = (message: Buffer) => {
        try {
          handle(doc.name, message);
        } catch (error) {
          log.warn({ err: error, doc: doc.name }, 'ignoring a message from another process that could not be applied');
        }
      };
      listeners.set(doc.name, listener);
      await bus.subscribe(docChannel(doc.name), listener);
      requestSync(doc); // whatever other processes hold that the database does not have yet
    },
    onChange: (doc, update, origin) => {
      if (origin === REMOTE_ORIGIN) return;
      bus.publish(
        docChannel(doc.name),
        encode(Kind.update, me, (encoder) => encoding.writeVarUint8Array(encoder, update)),
      );
    },
    onAwarenessUpdate: (doc, changed, origin) => {
      if (origin === REMOTE_ORIGIN || changed.length === 0) return;
      const update = awarenessProtocol.encodeAwarenessUpdate(doc.awareness, changed);
      bus.publish(
        docChannel(doc.name),
        encode(Kind.awareness, me, (encoder) => encoding.writeVarUint8Array(encoder, update)),
      );
    },
    afterUnloadDocument: (docName) => {
      const listener = listeners.get(docName);
      listeners.delete(docName);
      if (listener) bus.unsubscribe(docChannel(docName), listener).catch(() => undefined);
    },
    onDestroy: async () => {
      if (timer) clearInterval(timer);
      for (const [docName, listener] of listeners) await bus.unsubscribe(docChannel(docName), listener).catch(() => undefined);
      listeners.clear();
    },
  };
}
