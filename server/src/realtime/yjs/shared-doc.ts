import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CollabCloseCodes } from '@ehcp/shared';
import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { ConnectionIdentity, DocConnection } from './connection.ts';
import type { DocPersistence, StoredDoc } from './doc-persistence.ts';
import {
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeGeneration,
  encodePersisted,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MessageType,
  SyncType,
} from './protocol.ts';
import { WriteQueue } from './write-queue.ts';

interface ConnectionState {
  identity: ConnectionIdentity;
  /** Awareness client ids this connection speaks for (only its own). */
  awarenessIds: Set<number>;
}

export type SharedDocLimits = Pick<
  RealtimeLimits,
  'persistBatchMs' | 'maxBufferedBytes' | 'maxDocBytes' | 'maxConnectionsPerDoc' | 'compactAfterUpdates' | 'compactAfterBytes'
>;

/** A message that must close its connection, with the close code to use. */
class RefusedMessage extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const LOAD_ORIGIN = Symbol('load');

/**
 * Editors are told what is durable at most this often (leading and trailing edge): enough for
 * an honest "Saved" within a fraction of a second, without a message per batch per editor.
 */
const ACK_INTERVAL_MS = 250;

/**
 * One live document: the Y.Doc, its Awareness, the connections on it, and the write-behind
 * queue to the update log. Every accepted update is queued synchronously when applied, so a
 * "persisted" acknowledgement names exactly what is durable.
 */
export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<DocConnection, ConnectionState>();
  readonly generation: string;
  private readonly queue: WriteQueue;
  private persistedSnapshot: Uint8Array;
  /** Approximate encoded size: loaded bytes plus accepted updates (reset by compaction). */
  private approxBytes: number;
  private logged = { count: 0, bytes: 0 };
  private compaction: Promise<void> | null = null;
  private ackTimer: NodeJS.Timeout | null = null;
  private lastAckAt = 0;
  private destroyed = false;

  constructor(
    readonly name: string,
    stored: StoredDoc,
    private readonly persistence: DocPersistence,
    private readonly limits: SharedDocLimits & { isFrozen: () => boolean; onDurable?: () => void },
    private readonly log: Logger,
  ) {
    this.generation = stored.generation;
    this.awareness.setLocalState(null); // the server is not a participant
    Y.transact(this.doc, () => stored.updates.forEach((update) => Y.applyUpdate(this.doc, update)), LOAD_ORIGIN);
    this.approxBytes = stored.updates.reduce((sum, update) => sum + update.byteLength, 0);
    this.logged = { count: stored.loggedCount, bytes: stored.loggedBytes };
    this.persistedSnapshot = Y.encodeSnapshot(Y.snapshot(this.doc));
    this.queue = new WriteQueue({
      batchMs: limits.persistBatchMs,
      write: (merged) => persistence.append(name, merged),
      takeSnapshot: () => Y.encodeSnapshot(Y.snapshot(this.doc)),
      onDurable: (snapshot, bytes) => this.handleDurable(snapshot, bytes),
      log,
    });
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  /** Number of updates accepted but not yet durable. */
  get pendingCount(): number {
    return this.queue.size;
  }

  /** Resolves once every accepted update is durable. */
  whenDurable(): Promise<void> {
    return this.queue.whenDurable();
  }

  /** Resolves once no compaction is running. */
  async whenCompacted(): Promise<void> {
    while (this.compaction) await this.compaction;
  }

  /** Adds a connection (if there is room) and starts the sync handshake. */
  addConnection(conn: DocConnection, identity: ConnectionIdentity): boolean {
    if (this.connections.size >= this.limits.maxConnectionsPerDoc) {
      conn.close(CollabCloseCodes.rateLimited, 'too many connections to this document');
      return false;
    }
    this.connections.set(conn, { identity, awarenessIds: new Set() });
    conn.send(encodeGeneration(this.generation));
    // Editors get our state vector so they send what we lack (offline edits); viewers never
    // send content, so they are not asked.
    if (identity.role === 'editor') conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = Array.from(this.awareness.getStates().keys());
    if (states.length > 0) conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    if (identity.role === 'editor') conn.send(encodePersisted(this.persistedSnapshot));
    return true;
  }

  /** Removes a connection and its awareness states. */
  removeConnection(conn: DocConnection): void {
    const state = this.connections.get(conn);
    if (!state) return;
    this.connections.delete(conn);
    awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(state.awarenessIds), null);
  }

  /**
   * Handles one binary message. Anything malformed, oversized or inconsistent closes only this
   * connection and is never applied, broadcast or stored.
   */
  handleMessage(conn: DocConnection, message: Uint8Array): void {
    const state = this.connections.get(conn);
    if (!state) return;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.sync) this.handleSync(conn, state, decoder);
      else if (type === MessageType.awareness) this.handleAwareness(state, decoding.readVarUint8Array(decoder), conn);
      else if (type === MessageType.queryAwareness) {
        const ids = Array.from(this.awareness.getStates().keys());
        conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
      } else throw new Error(`unknown message type ${type}`);
    } catch (error) {
      const code = error instanceof RefusedMessage ? error.code : CollabCloseCodes.badMessage;
      this.log.warn(
        { doc: this.name, userId: state.identity.userId, code, err: error },
        'closing connection after refused message',
      );
      conn.close(code, code === CollabCloseCodes.tooLarge ? 'document too large' : 'bad message');
      this.removeConnection(conn);
    }
  }

  private handleSync(conn: DocConnection, state: ConnectionState, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === SyncType.step1) {
      conn.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, payload)));
      return;
    }
    if (syncType !== SyncType.step2 && syncType !== SyncType.update) throw new Error(`unknown sync type ${syncType}`);
    if (state.identity.role !== 'editor' || this.limits.isFrozen()) {
      // Read-only: dropped without being applied, broadcast or stored.
      this.log.debug({ doc: this.name, userId: state.identity.userId }, 'dropped update from read-only connection');
      return;
    }
    this.applyClientUpdate(conn, payload);
  }

  private applyClientUpdate(conn: DocConnection, update: Uint8Array): void {
    if (this.approxBytes + update.byteLength > this.limits.maxDocBytes) {
      throw new RefusedMessage(CollabCloseCodes.tooLarge, `document would exceed ${this.limits.maxDocBytes} bytes`);
    }
    Y.decodeUpdate(update); // throws on malformed structure before the document is touched
    const hadPending = this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null;
    Y.applyUpdate(this.doc, update, conn);
    if (!hadPending && (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null)) {
      // Missing dependencies: a well-behaved client never sends these. Discard what was held back.
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
      throw new Error('update has missing dependencies');
    }
  }

  private handleAwareness(state: ConnectionState, update: Uint8Array, conn: DocConnection): void {
    const entries = decodeAwarenessUpdate(update).filter((entry) => {
      // A connection speaks only for its own client id: the first one it uses.
      if (state.awarenessIds.size === 0) state.awarenessIds.add(entry.clientId);
      return state.awarenessIds.has(entry.clientId);
    });
    if (entries.length === 0) return;
    const { name, color, role } = state.identity;
    // User fields are set by the server: nobody can appear under another name.
    const rewritten = entries.map((entry) => ({
      ...entry,
      state: entry.state === null ? null : { ...entry.state, user: { name, color, role } },
    }));
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(rewritten), conn);
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.approxBytes += update.byteLength;
    this.queue.push(update);
    const message = encodeUpdate(update);
    for (const conn of this.connections.keys()) if (conn !== origin) this.sendOrDrop(conn, message);
  };

  private readonly handleAwarenessUpdate = (changes: { added: number[]; updated: number[]; removed: number[] }): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    const message = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const conn of this.connections.keys()) this.sendOrDrop(conn, message);
  };

  private handleDurable(snapshot: Uint8Array, bytesWritten: number): void {
    this.persistedSnapshot = snapshot;
    this.scheduleAck();
    this.limits.onDurable?.();
    this.logged.count += 1;
    this.logged.bytes += bytesWritten;
    if (this.logged.count >= this.limits.compactAfterUpdates || this.logged.bytes >= this.limits.compactAfterBytes) {
      void this.compact();
    }
  }

  private scheduleAck(): void {
    if (this.ackTimer) return;
    const wait = Math.max(0, this.lastAckAt + ACK_INTERVAL_MS - performance.now());
    this.ackTimer = setTimeout(() => {
      this.ackTimer = null;
      this.lastAckAt = performance.now();
      const message = encodePersisted(this.persistedSnapshot);
      for (const [conn, state] of this.connections) if (state.identity.role === 'editor') this.sendOrDrop(conn, message);
    }, wait);
  }

  /** Folds the update log into the snapshot (one compaction at a time per document). */
  compact(): Promise<void> {
    this.compaction ??= (async () => {
      const since = { ...this.logged };
      try {
        const result = await this.persistence.compact(this.name);
        this.logged = {
          count: Math.max(0, this.logged.count - result.compacted),
          bytes: Math.max(0, this.logged.bytes - since.bytes),
        };
        if (result.stateBytes !== null) this.approxBytes = result.stateBytes + this.logged.bytes;
      } catch (error) {
        this.log.error({ doc: this.name, err: error }, 'compaction failed; the log is kept');
      } finally {
        this.compaction = null;
      }
    })();
    return this.compaction;
  }

  private sendOrDrop(conn: DocConnection, message: Uint8Array): void {
    if (conn.bufferedAmount() > this.limits.maxBufferedBytes) {
      this.log.warn({ doc: this.name }, 'closing slow connection (send buffer over limit)');
      conn.close(CollabCloseCodes.slowConnection, 'too slow, reconnect');
      this.removeConnection(conn);
      return;
    }
    conn.send(message);
  }

  /** Closes every connection with the given code (e.g. access changed, shutting down). */
  closeAll(code: number, reason: string): void {
    for (const conn of Array.from(this.connections.keys())) {
      conn.close(code, reason);
      this.removeConnection(conn);
    }
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Frees the Y.Doc and Awareness (their timers would otherwise leak). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.queue.dispose();
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
