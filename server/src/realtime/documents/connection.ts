import type { CollabRole } from '@ehcp/shared';

/**
 * The transport under one document connection. The y-websocket endpoint adapts `ws` to it;
 * the same core could carry these binary messages over Socket.io later.
 */
export interface Transport {
  send(message: Uint8Array): void;
  /** Closes with a WebSocket close code (the peer sees it). */
  close(code: number, reason: string): void;
  /** Drops the connection without a closing handshake (a peer that stopped answering). */
  terminate(): void;
  /** Bytes queued but not yet sent, for backpressure. */
  bufferedAmount(): number;
  /** Sends a protocol-level ping; `onPong` is told when it is answered. */
  ping(): void;
  onPong(listener: () => void): void;
}

/** Who is on a connection and what they may do, decided by the server when it connects. */
export interface ConnectionIdentity extends CollabRole {
  userId: string;
  name: string;
  /** Caret colour, derived from the user id so it is stable across reconnects. */
  color: string;
  /**
   * Keys by which an access change finds this connection, e.g. `session:<id>`, `user:<id>`,
   * `participant:<id>`, `share-link:<id>`.
   */
  accessKeys: readonly string[];
  /** When the credential stops working (a link's or a session's expiry), if it does. */
  expiresAt: Date | null;
  /** Whether this person sends and receives presence (an LA link does not). */
  takesPartInPresence: boolean;
  /**
   * For an editor of a meeting report (with `writer`, which parts they may write): what they are
   * called there, "Parent or carer", "SENDCo" (field-roles.ts records it with their choices).
   */
  writerLabel?: string;
  /**
   * When authorising began (`performance.now()`): an access change after it, while the document
   * was still loading, is applied as the connection is added (see access-changes.ts).
   */
  authorisedAt?: number;
}

let nextConnectionId = 1;

/** One open connection to one document. */
export class Connection {
  readonly id = nextConnectionId++;
  /** Awareness client ids whose states this connection has set (removed when it closes). */
  readonly awarenessIds = new Set<number>();
  /** Set when the server asked this client for its state (sync step 1) and no answer came yet. */
  awaitingStateSince: number | null = null;
  /** When something was last sent on this connection (heartbeats fill the silences). */
  lastSentAt = performance.now();
  private closed = false;

  constructor(
    readonly docName: string,
    readonly identity: ConnectionIdentity,
    readonly transport: Transport,
  ) {}

  get isEditor(): boolean {
    return this.identity.role === 'editor';
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    this.lastSentAt = performance.now();
    this.transport.send(message);
  }

  /** Closes once; later calls do nothing. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.transport.close(code, reason);
  }

  terminate(): void {
    this.closed = true;
    this.transport.terminate();
  }
}
