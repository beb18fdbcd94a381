import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CLIENT_SILENCE_TIMEOUT_MS,
  COLLAB_PATH,
  CollabCloseCodes,
  GENERATION_PARAM,
  MESSAGE_GENERATION,
  MESSAGE_HEARTBEAT,
  MESSAGE_NOTICE,
  MESSAGE_PERSISTED,
  MESSAGE_ROLE,
  PARTICIPANT_TOKEN_PARAM,
  type CollabNotice,
  type CollabRole,
} from '@ehcp/shared';
import { closedBecauseOf, INITIAL_STATE, type CollabState } from './collab-status.ts';
import { openLocalCopy, type LocalCopy } from './local-copy.ts';
import { isCoveredBy } from './persisted-state.ts';

export interface CollabSessionOptions {
  shareToken?: string;
  participantToken?: string;
  /** Keep a copy in this browser so offline edits survive a closed tab (not for LA links). */
  keepLocalCopy: boolean;
  /** Called when this copy must be thrown away (the document was reset, or the person discarded it). */
  onDiscarded: () => void;
  /** Base WebSocket URL; defaults to this page's origin. */
  url?: string;
}

function defaultUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${COLLAB_PATH}`;
}

/**
 * One live document in the browser: its Y.Doc, the y-websocket provider, a local copy in
 * IndexedDB, and an honest state for the screen. "Saved" means the server acknowledged that
 * everything in this copy is durable in the database. Whether it is editable comes from the role
 * the server gives the connection, never from page data. A connection that hears nothing for
 * CLIENT_SILENCE_TIMEOUT_MS (the server sends at least a heartbeat every 2 s) is treated as dead:
 * the screen says "Offline" and the provider reconnects.
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private state: CollabState = INITIAL_STATE;
  private readonly listeners = new Set<(state: CollabState) => void>();
  private persisted: Y.Snapshot | null = null;
  private local: LocalCopy | null = null;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  private destroyed = false;

  constructor(
    readonly docName: string,
    private readonly options: CollabSessionOptions,
  ) {
    this.provider = new WebsocketProvider(options.url ?? defaultUrl(), docName, this.doc, {
      connect: false,
      params: {
        ...(options.shareToken ? { share: options.shareToken } : {}),
        ...(options.participantToken ? { [PARTICIPANT_TOKEN_PARAM]: options.participantToken } : {}),
      },
      maxBackoffTime: 5000,
      disableBc: true,
    });
    this.registerMessageHandlers();
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.update({ connection: 'online' });
      else if (status === 'disconnected' || this.state.connection === 'online') this.update({ connection: 'offline' });
    });
    this.provider.on('sync', () => this.recompute());
    this.provider.on('connection-close', (event) => {
      if (event?.code === CollabCloseCodes.documentReset) void this.discard();
    });
    this.provider.on('closed', ({ code, reason }) => {
      if (code === CollabCloseCodes.documentReset) return;
      this.update({ closedBecause: closedBecauseOf(code, reason) });
    });
    this.doc.on('update', this.recompute);
    void this.start();
  }

  getState(): CollabState {
    return this.state;
  }

  subscribe(listener: (state: CollabState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Throws this copy away (the person chose to, after "not saved"): the next copy starts from the server's. */
  async discard(): Promise<void> {
    if (this.destroyed) return;
    await this.local?.clear();
    this.local = null;
    this.options.onDiscarded();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    this.local?.close();
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private async start(): Promise<void> {
    if (this.options.keepLocalCopy && typeof indexedDB !== 'undefined') {
      try {
        this.local = openLocalCopy(this.docName, this.doc);
        await this.local.loaded;
        // Present the generation of what we hold: a reset document refuses it (4410) and we start afresh.
        const generation = await this.local.generation();
        if (generation) this.provider.params[GENERATION_PARAM] = generation;
      } catch {
        this.local = null; // private browsing or storage blocked: work without a local copy
      }
    }
    if (this.destroyed) return;
    this.provider.connect();
    this.watchdog = setInterval(this.checkSilence, 500);
  }

  private registerMessageHandlers(): void {
    const handlers = this.provider.messageHandlers;
    handlers[MESSAGE_PERSISTED] = (_encoder, decoder) => {
      this.persisted = Y.decodeSnapshot(decoding.readVarUint8Array(decoder));
      this.recompute();
    };
    handlers[MESSAGE_GENERATION] = (_encoder, decoder) => {
      const generation = decoding.readVarString(decoder);
      this.provider.params[GENERATION_PARAM] = generation;
      void this.local?.setGeneration(generation);
    };
    handlers[MESSAGE_ROLE] = (_encoder, decoder) => {
      const role = JSON.parse(decoding.readVarString(decoder)) as CollabRole;
      this.update({ role, paused: null });
    };
    handlers[MESSAGE_NOTICE] = (_encoder, decoder) => {
      const notice = JSON.parse(decoding.readVarString(decoder)) as CollabNotice;
      this.update({ paused: notice.kind === 'paused' ? notice.reason : null });
    };
    handlers[MESSAGE_HEARTBEAT] = () => {};
  }

  private readonly checkSilence = () => {
    if (!this.provider.wsconnected) return;
    if (Date.now() - this.provider.wsLastMessageReceived < CLIENT_SILENCE_TIMEOUT_MS) return;
    // The connection is dead even if the browser has not noticed: say so, and reconnect.
    this.update({ connection: 'offline' });
    // Not ws.close(): on a dead link the browser waits for a closing handshake that never comes
    // before reporting the close. disconnect() lets go of the socket at once; connect() starts anew.
    this.provider.disconnect();
    this.provider.connect();
  };

  private readonly recompute = () => {
    const hasUnsavedChanges = this.persisted === null || !isCoveredBy(Y.snapshot(this.doc), this.persisted);
    if (hasUnsavedChanges !== this.state.hasUnsavedChanges) this.update({ hasUnsavedChanges });
  };

  private update(change: Partial<CollabState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}
