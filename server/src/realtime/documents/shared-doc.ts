import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CollabCloseCodes, CollabCloseReasons } from '@ehcp/shared';
import type { Logger } from '../../logging/index.ts';
import type { Connection } from './connection.ts';
import type { Extension, MessageVerdict } from './extension.ts';
import {
  decodeAwarenessUpdate,
  parseAwarenessState,
  decodeClientMessage,
  encodeAwareness,
  encodeAwarenessUpdate,
  encodeGeneration,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  type ClientMessage,
} from './protocol.ts';
import { analyseUpdate, type UpdateAnalysis } from './update-analysis.ts';

/** The hooks the document core runs on its own paths (the server runs the others). */
export type DocHooks = Required<
  Pick<Extension, 'beforeHandleMessage' | 'beforeHandleAwareness' | 'onChange' | 'onAwarenessUpdate'>
>;

export interface SharedDocOptions {
  /** Unsent bytes queued to one connection before it is closed (it reconnects and resyncs). */
  maxBufferedBytes: number;
  /** Deepest nesting of shared types an update is analysed to (see update-analysis.ts). */
  maxNestingDepth: number;
  /** How long to wait for an answer to a sync step 1 before asking again. */
  stateRequestRetryMs: number;
}

/** Origin of updates applied while loading stored state: not broadcast, not stored again. */
export const LOAD_ORIGIN = Symbol('load');

/** Origin of what another process accepted and sent (it stores it too): applied and shown here, never published again. */
export const REMOTE_ORIGIN = Symbol('remote');

/**
 * One live document: its Y.Doc, its Awareness and the connections on it. The core of the
 * y-websocket protocol and nothing else: it answers sync step 1, applies updates whose
 * dependencies are all present (asking the sender for its state otherwise), broadcasts what was
 * applied, and relays awareness. What may be applied, by whom, and what happens to it afterwards
 * is decided by the extensions through the hooks.
 */
export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Changes only when the document is reset; set by whoever loads it. */
  generation = '';
  /** Bumped on every applied change, so an unload can tell that something happened meanwhile. */
  changeCount = 0;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly hooks: DocHooks,
    private readonly options: SharedDocOptions,
    private readonly log: Logger,
  ) {
    this.awareness.setLocalState(null); // the server is not a participant
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /**
   * Applies an update that another process accepted (it checked and stored it there): broadcast to
   * this process's connections and run the `onChange` hooks, like any applied update.
   */
  applyRemote(update: Uint8Array): boolean {
    return this.applyWithoutPending(update, REMOTE_ORIGIN);
  }

  /**
   * Applies an update and reports whether it integrated completely. The analysis before applying
   * refuses what cannot be integrated; this is the safety net behind it: should Yjs still keep
   * structs or deletions pending (they would sit in memory and be re-tried on every later update),
   * they are dropped, and the caller asks for the state again, whose answer carries them with
   * what they need.
   */
  private applyWithoutPending(update: Uint8Array, origin: unknown): boolean {
    Y.applyUpdate(this.doc, update, origin);
    const { store } = this.doc;
    if (store.pendingStructs === null && store.pendingDs === null) return true;
    store.pendingStructs = null;
    store.pendingDs = null;
    this.log.warn({ doc: this.name }, 'an update left pending structs: dropped, asking for state');
    return false;
  }

  /** Applies stored state while loading: one transaction, nothing broadcast or stored again. */
  applyStored(updates: readonly Uint8Array[]): void {
    Y.transact(this.doc, () => updates.forEach((update) => Y.applyUpdate(this.doc, update)), LOAD_ORIGIN);
  }

  /** Adds a connection and tells it the document's generation (the handshake starts with `startSync`). */
  addConnection(conn: Connection): void {
    this.connections.add(conn);
    conn.send(encodeGeneration(this.generation));
  }

  /**
   * Starts the sync handshake: editors get our state vector so they send what we lack (edits
   * made offline, or lost in a crash); everyone gets the current awareness states.
   */
  startSync(conn: Connection): void {
    if (conn.isClosed) return;
    if (conn.isEditor) this.requestState(conn);
    if (!conn.identity.takesPartInPresence) return;
    const states = Array.from(this.awareness.getStates().keys());
    if (states.length > 0) conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
  }

  /** Removes a connection and the awareness states it set. */
  removeConnection(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(conn.awarenessIds), null);
  }

  /**
   * Asks a client for everything it has that we lack (sync step 1 with our state vector). Its
   * answer, a sync step 2, carries every edit it holds that is missing here; messages it sends
   * before that answer were made before it, so they are covered by it. One request at a time.
   */
  requestState(conn: Connection, force = false): void {
    const now = performance.now();
    if (!force && conn.awaitingStateSince !== null && now - conn.awaitingStateSince < this.options.stateRequestRetryMs) return;
    conn.awaitingStateSince = now;
    conn.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
  }

  /**
   * Handles one binary message from a connection. Anything malformed closes only that
   * connection (4400) and is never applied, broadcast or stored.
   */
  handleMessage(conn: Connection, bytes: Uint8Array): void {
    if (!this.connections.has(conn)) return;
    let message: ClientMessage;
    let analysis: UpdateAnalysis | null = null;
    try {
      message = decodeClientMessage(bytes);
      const analyse = () => {
        if (message.kind !== 'update') throw new Error('only updates are analysed');
        analysis ??= analyseUpdate(this.doc, message.update, this.options.maxNestingDepth);
        return analysis;
      };
      const verdict = this.hooks.beforeHandleMessage(conn, this, message, analyse);
      if (this.applyVerdict(conn, verdict)) return;
      if (message.kind === 'sync-step1') conn.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
      else if (message.kind === 'update') this.applyClientUpdate(conn, message, analyse());
      else if (message.kind === 'awareness') this.applyAwareness(conn, message.update);
      else if (conn.identity.takesPartInPresence) {
        const ids = Array.from(this.awareness.getStates().keys());
        conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
      }
    } catch (error) {
      this.log.warn({ doc: this.name, userId: conn.identity.userId, err: error }, 'closing connection after a bad message');
      this.drop(conn, CollabCloseCodes.badMessage, CollabCloseReasons.badMessage);
    }
  }

  /** True when the verdict ended the message's handling. */
  private applyVerdict(conn: Connection, verdict: MessageVerdict): boolean {
    if (!verdict) return false;
    if ('close' in verdict) this.drop(conn, verdict.close.code, verdict.close.reason);
    return true;
  }

  private applyClientUpdate(conn: Connection, message: { update: Uint8Array; isStep2: boolean }, analysis: UpdateAnalysis) {
    if (message.isStep2) conn.awaitingStateSince = null;
    if (analysis.isMalformed) throw new Error('malformed update (impossible references)');
    if (analysis.hasMissingDependencies) {
      // Normal traffic from a client that holds edits we lack (typed offline, lost in a crash,
      // or refused while frozen): not an error. Yjs would keep such structs pending in memory
      // indefinitely; instead nothing is applied and the client is asked for its state, whose
      // answer carries this update's content together with what it depends on.
      this.log.debug({ doc: this.name, userId: conn.identity.userId }, 'update with missing dependencies: asking for state');
      this.requestState(conn);
      return;
    }
    if (!this.applyWithoutPending(message.update, conn)) this.requestState(conn, true);
  }

  private applyAwareness(conn: Connection, update: Uint8Array): void {
    const entries = this.hooks.beforeHandleAwareness(conn, this, decodeAwarenessUpdate(update));
    if (entries.length === 0) return;
    for (const entry of entries) parseAwarenessState(entry.json); // what is applied must be a valid state
    for (const entry of entries) conn.awarenessIds.add(entry.clientId);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(entries), conn);
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.changeCount++;
    const message = encodeUpdate(update);
    for (const conn of this.connections) if (conn !== origin) this.sendOrDrop(conn, message);
    this.hooks.onChange(this, update, origin);
  };

  private readonly handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    const message = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    for (const conn of this.connections) if (conn.identity.takesPartInPresence) this.sendOrDrop(conn, message);
    this.hooks.onAwarenessUpdate(this, changed, origin);
  };

  /** Sends, or closes a connection whose send buffer is over the bound: it reconnects and resyncs. */
  sendOrDrop(conn: Connection, message: Uint8Array): void {
    if (conn.transport.bufferedAmount() > this.options.maxBufferedBytes) {
      this.log.warn({ doc: this.name }, 'closing slow connection (send buffer over limit)');
      this.drop(conn, CollabCloseCodes.slowConnection, 'too slow, reconnect');
      return;
    }
    conn.send(message);
  }

  /** Closes one connection and forgets it at once (its close event may come later). */
  drop(conn: Connection, code: number, reason: string): void {
    conn.close(code, reason);
    this.removeConnection(conn);
  }

  /** Closes every connection with the given code (e.g. access changed, shutting down). */
  closeAll(code: number, reason: string): void {
    for (const conn of Array.from(this.connections)) this.drop(conn, code, reason);
  }

  /** Frees the Y.Doc and Awareness (their timers would otherwise leak). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
