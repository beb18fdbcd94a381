import type { IncomingMessage } from 'node:http';
import type { Connection, ConnectionIdentity } from './connection.ts';
import type { AwarenessEntry, ClientMessage } from './protocol.ts';
import type { SharedDoc } from './shared-doc.ts';
import type { UpdateAnalysis } from './update-analysis.ts';

/**
 * The unit of behaviour around the document core, modelled on Hocuspocus's extension hooks
 * (`packages/server/src/types.ts`): each concern (authentication, limits, persistence, access
 * changes…) is one small object implementing the hooks it needs, and the composition root
 * (`realtime/index.ts`) lists them in the order they run. The core (sync, broadcast, the
 * connection and document lifecycle) knows no policy.
 *
 * Hooks on the message path are synchronous, so messages of one connection are handled in
 * order and a keystroke costs no extra turns of the event loop.
 */
export interface Extension {
  /** For logs. */
  readonly name: string;
  /** Once, when the server is built: what the extension may call back. */
  onConfigure?(server: DocumentServerApi): void;
  /** Before the WebSocket upgrade (in order). Throw `UpgradeRefusal` to answer with an HTTP status instead. */
  onUpgrade?(upgrade: UpgradeRequest): void | Promise<void>;
  /**
   * After the upgrade, before the document opens: who is connecting and with which role. The
   * first extension that returns an identity decides. Throw `ConnectionRefusal` to close.
   */
  onAuthenticate?(upgrade: UpgradeRequest): Promise<ConnectionIdentity | undefined>;
  /** A document is being loaded into memory (in order: e.g. stored state first, then its freeze state). */
  onLoadDocument?(doc: SharedDoc): Promise<void>;
  /** A connection joined a loaded document (before the sync handshake starts). */
  onConnect?(connection: Connection, doc: SharedDoc): void;
  /** A decoded message is about to be handled. Return a verdict to drop it or close the connection. */
  beforeHandleMessage?(
    connection: Connection,
    doc: SharedDoc,
    message: ClientMessage,
    analyse: () => UpdateAnalysis,
  ): MessageVerdict;
  /** Awareness entries from a connection are about to be applied: return the ones to apply, rewritten as needed. */
  beforeHandleAwareness?(connection: Connection, doc: SharedDoc, entries: AwarenessEntry[]): AwarenessEntry[];
  /** An update was applied to the document (from a connection, another process, or the server itself). */
  onChange?(doc: SharedDoc, update: Uint8Array, origin: unknown): void;
  /** Awareness states changed (set or removed by a connection, another process, or a disconnect). */
  onAwarenessUpdate?(doc: SharedDoc, changedClientIds: number[], origin: unknown): void;
  /** Accepted updates are now durable in the database. */
  onDurable?(doc: SharedDoc, info: DurableInfo): void;
  /** A connection left its document. */
  onDisconnect?(connection: Connection, doc: SharedDoc): void;
  /** A document with no connections is about to leave memory (or the server is stopping): flush, compact. */
  beforeUnloadDocument?(doc: SharedDoc): Promise<void>;
  /** A document left memory. */
  afterUnloadDocument?(docName: string): void;
  /** The server is stopping, after every document was unloaded. */
  onDestroy?(): Promise<void> | void;
}

/** What extensions can ask of the document server. */
export interface DocumentServerApi {
  /** The document if this process holds it in memory. */
  loaded(docName: string): SharedDoc | undefined;
  /** Every document in memory. */
  documents(): Iterable<SharedDoc>;
  /** Runs the `onDurable` hooks (called by the extension that persists updates). */
  notifyDurable(doc: SharedDoc, info: DurableInfo): void;
}

/** An upgrade request to `/collab/<docName>`. */
export interface UpgradeRequest {
  request: IncomingMessage;
  url: URL;
  docName: string;
}

/** What became durable. */
export interface DurableInfo {
  /** Encoded Yjs snapshot (state vector + delete set) of what the database now holds. */
  snapshot: Uint8Array;
  /** Bytes just written. */
  bytes: number;
}

/** Drop the message silently (it is not applied, broadcast or stored), or close the connection. */
export type MessageVerdict = undefined | { drop: true } | { close: { code: number; reason: string } };

/** Refuses an upgrade with an HTTP status (before any WebSocket exists). */
export class UpgradeRefusal extends Error {
  constructor(
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`${status} ${statusText}`);
  }
}

/** Refuses a connection after the upgrade, with a WebSocket close code the client sees. */
export class ConnectionRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`${code} ${reason}`);
  }
}
