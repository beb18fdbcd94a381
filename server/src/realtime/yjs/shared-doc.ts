import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CollabCloseCodes } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import type { ConnectionIdentity, DocConnection } from './connection.ts';
import type { DocPersistence } from './doc-persistence.ts';
import {
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodePersisted,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MessageType,
  SyncType,
} from './protocol.ts';

interface ConnectionState {
  identity: ConnectionIdentity;
  /** Awareness client ids this connection speaks for (only its own). */
  awarenessIds: Set<number>;
}

export interface SharedDocOptions {
  persistBatchMs: number;
  /** Close a connection whose unsent data exceeds this many bytes (it will resync on reconnect). */
  maxBufferedBytes: number;
  isFrozen: () => boolean;
}

const LOAD_ORIGIN = Symbol('load');
const MAX_WRITE_ATTEMPTS = 5;

/**
 * One live document: the Y.Doc, its Awareness, the connections on it, and the write-behind
 * queue to the update log. Every accepted update is queued synchronously when applied, so a
 * "persisted" acknowledgement can name exactly what is durable.
 */
export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<DocConnection, ConnectionState>();
  private pending: Uint8Array[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private writeChain: Promise<void> = Promise.resolve();
  private persistedSnapshot: Uint8Array;

  constructor(
    readonly name: string,
    stored: Uint8Array[],
    private readonly persistence: DocPersistence,
    private readonly options: SharedDocOptions,
    private readonly log: Logger,
  ) {
    // Nobody else's awareness: the server itself is not a participant.
    this.awareness.setLocalState(null);
    Y.transact(this.doc, () => stored.forEach((update) => Y.applyUpdate(this.doc, update)), LOAD_ORIGIN);
    this.persistedSnapshot = Y.encodeSnapshot(Y.snapshot(this.doc));
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  /** Number of updates accepted but not yet durable. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Adds a connection and starts the sync handshake. */
  addConnection(conn: DocConnection, identity: ConnectionIdentity): void {
    this.connections.set(conn, { identity, awarenessIds: new Set() });
    // Editors get our state vector so they send what we lack (offline edits); viewers never
    // send content, so they are not asked.
    if (identity.role === 'editor') conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const states = Array.from(this.awareness.getStates().keys());
    if (states.length > 0) conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    if (identity.role === 'editor') conn.send(encodePersisted(this.persistedSnapshot));
  }

  /** Removes a connection and its awareness states. */
  removeConnection(conn: DocConnection): void {
    const state = this.connections.get(conn);
    if (!state) return;
    this.connections.delete(conn);
    awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(state.awarenessIds), null);
  }

  /**
   * Handles one binary message. Anything malformed closes only this connection and is never
   * applied, broadcast or stored.
   */
  handleMessage(conn: DocConnection, message: Uint8Array): void {
    const state = this.connections.get(conn);
    if (!state) return;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === MessageType.sync) this.handleSync(conn, state, decoder);
      else if (type === MessageType.awareness) this.handleAwareness(conn, state, decoding.readVarUint8Array(decoder));
      else if (type === MessageType.queryAwareness) {
        conn.send(
          encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, Array.from(this.awareness.getStates().keys()))),
        );
      } else throw new Error(`unknown message type ${type}`);
    } catch (error) {
      this.log.warn({ doc: this.name, userId: state.identity.userId, err: error }, 'closing connection after bad message');
      conn.close(CollabCloseCodes.badMessage, 'bad message');
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
    if (state.identity.role !== 'editor' || this.options.isFrozen()) {
      // Read-only: dropped without being applied, broadcast or stored.
      this.log.debug({ doc: this.name, userId: state.identity.userId }, 'dropped update from read-only connection');
      return;
    }
    this.applyClientUpdate(conn, payload);
  }

  private applyClientUpdate(conn: DocConnection, update: Uint8Array): void {
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

  private handleAwareness(conn: DocConnection, state: ConnectionState, update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update).filter((entry) => {
      // A connection speaks only for its own client id: the first one it uses.
      if (state.awarenessIds.size === 0) state.awarenessIds.add(entry.clientId);
      return state.awarenessIds.has(entry.clientId);
    });
    if (entries.length === 0) return;
    const { name, color, role } = { ...state.identity };
    // User fields are set by the server: nobody can appear under another name.
    const rewritten = entries.map((entry) => ({
      ...entry,
      state: entry.state === null ? null : { ...entry.state, user: { name, color, role } },
    }));
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(rewritten), conn);
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.pending.push(update);
    this.scheduleFlush();
    const message = encodeUpdate(update);
    for (const conn of this.connections.keys()) if (conn !== origin) this.sendOrDrop(conn, message);
  };

  private readonly handleAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const message = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const conn of this.connections.keys()) this.sendOrDrop(conn, message);
  };

  private sendOrDrop(conn: DocConnection, message: Uint8Array): void {
    if (conn.bufferedAmount() > this.options.maxBufferedBytes) {
      this.log.warn({ doc: this.name }, 'closing slow connection (send buffer over limit)');
      conn.close(CollabCloseCodes.accessChanged, 'too slow, reconnect');
      this.removeConnection(conn);
      return;
    }
    conn.send(message);
  }

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, this.options.persistBatchMs);
  }

  /** Writes everything queued so far; resolves when it is durable (or the retries ran out). */
  flush(): Promise<void> {
    this.writeChain = this.writeChain.then(() => this.writePending());
    return this.writeChain;
  }

  /** Resolves once nothing accepted is waiting to be written. */
  async whenDurable(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
    for (let round = 0; round < 10 && (this.pending.length > 0 || round === 0); round++) await this.flush();
    if (this.pending.length > 0) throw new Error(`could not persist ${this.name}`);
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending.splice(0);
    // Everything applied so far is in this batch or already durable, so once the batch is
    // written this snapshot is exactly what the database holds.
    const snapshot = Y.encodeSnapshot(Y.snapshot(this.doc));
    const merged = Y.mergeUpdates(batch);
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      try {
        await this.persistence.append(this.name, merged);
        this.persistedSnapshot = snapshot;
        const message = encodePersisted(snapshot);
        for (const [conn, state] of this.connections) if (state.identity.role === 'editor') conn.send(message);
        return;
      } catch (error) {
        this.log.error({ doc: this.name, attempt, err: error }, 'update log write failed');
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
    // Keep the batch (in front, order does not matter to Yjs) and try again later; never drop it.
    this.pending.unshift(...batch);
    this.scheduleFlush();
  }

  /** Closes every connection with the given code (e.g. access changed, shutting down). */
  closeAll(code: number, reason: string): void {
    for (const conn of Array.from(this.connections.keys())) {
      conn.close(code, reason);
      this.removeConnection(conn);
    }
  }

  /** Frees the Y.Doc and Awareness (their timers would otherwise leak). */
  destroy(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
