import { randomUUID } from 'node:crypto';
import type { CollabNotice } from '@ehcp/shared';
import { conflict } from '../../errors/index.ts';
import { DocFreeze } from '../../models/index.ts';
import { batchLoader } from './batch-loader.ts';

/** Why a document is frozen. */
export type FreezeReason = CollabNotice['reason'];

/** One request's freeze of one document. */
export interface FreezeHandle {
  /** Keeps the document frozen for good: the record it was taken for is stored. */
  commit(): Promise<void>;
  /** Ends this freeze (never another request's); editing resumes. Idempotent. */
  release(): Promise<void>;
}

/** A freeze as it is in force. */
export interface FreezeState {
  owner: string;
  reason: FreezeReason;
  /** Epoch ms an uncommitted freeze lapses; null once committed. */
  expiresAt: number | null;
}

/**
 * How freezes reach the deployment's other processes (freeze-replication.ts); absent for a single
 * process. `announce` of a new freeze resolves once every other process holding the document has
 * made everything it accepted durable.
 */
export interface FreezeReplication {
  /**
   * Tells the other processes a document's freeze changed. `released` names the owner whose
   * freeze ended (null: every freeze of the document, when it is reset).
   * @throws AppError document_busy when a new freeze is not confirmed by every process holding the document.
   */
  announce(docName: string, change: FreezeChange): Promise<void>;
}

/** A freeze begun or committed (`state`), or ended (`state` null, with the owner whose freeze ended). */
export type FreezeChange = { state: FreezeState; isNew: boolean } | { state: null; released: string | null };

/** Told when a document's freeze begins or ends (on this process). */
export type FreezeListener = (docName: string, frozen: FreezeState | null) => void;

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

/** A stored freeze record, as `load` reads it. */
type FreezeRecord = { docName: string; owner: string; reason: string; expiresAt?: Date | null; committedAt?: Date | null };

/**
 * Document freezes, kept in the database and mirrored in memory for the documents this process
 * holds, so the message path can check them without a query. A freeze belongs to the request
 * that took it (a random owner id): no other request can release or commit it. An uncommitted
 * freeze lapses after `leaseMs`, so a crash mid-finalisation does not lock a report for ever.
 */
export class DocFreezes {
  private readonly states = new Map<string, FreezeState>();
  /** Bumped on every local change, so a load that raced with one does not overwrite it. */
  private readonly stamps = new Map<string, number>();
  private readonly listeners = new Set<FreezeListener>();
  private replication: FreezeReplication | null = null;
  /** Freezes of documents loaded at once are read in one query (batch-loader.ts). */
  private readonly records = batchLoader<string, FreezeRecord | null>(async (names) => {
    const found = await DocFreeze.find({ docName: { $in: names } }).lean<FreezeRecord[]>();
    const byName = new Map(found.map((record) => [record.docName, record]));
    return names.map((name) => byName.get(name) ?? null);
  });

  constructor(private readonly leaseMs = 60_000) {}

  /** Replicates freezes to other processes from now on. */
  replicateWith(replication: FreezeReplication): void {
    this.replication = replication;
  }

  /** A freeze begun, committed or ended by another process (already in the database). */
  applyRemote(docName: string, change: FreezeChange): void {
    if (change.state === null && change.released !== null && this.states.get(docName)?.owner !== change.released) return;
    this.set(docName, change.state);
  }

  onChange(listener: FreezeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The freeze in force on a document, if any (as this process knows it). */
  stateOf(docName: string): FreezeState | null {
    const state = this.states.get(docName);
    if (!state) return null;
    if (state.expiresAt !== null && state.expiresAt <= Date.now()) {
      this.set(docName, null);
      return null;
    }
    return state;
  }

  isFrozen(docName: string): boolean {
    return this.stateOf(docName) !== null;
  }

  /** Reads a document's freeze from the database (when the document is loaded). */
  async load(docName: string): Promise<void> {
    const stamp = this.stamps.get(docName) ?? 0;
    const record = await this.records.load(docName);
    if ((this.stamps.get(docName) ?? 0) !== stamp) return; // changed locally meanwhile: newer
    const state: FreezeState | null =
      record && (record.committedAt || (record.expiresAt && record.expiresAt.getTime() > Date.now()))
        ? {
            owner: record.owner,
            reason: record.reason as FreezeReason,
            expiresAt: record.committedAt ? null : record.expiresAt!.getTime(),
          }
        : null;
    this.states.delete(docName);
    if (state) this.states.set(docName, state);
  }

  /** Stops mirroring a document that left memory. */
  forget(docName: string): void {
    this.states.delete(docName);
    this.stamps.delete(docName);
  }

  /**
   * Freezes a document for one request.
   * @throws AppError document_busy when another request holds a freeze on it.
   */
  async acquire(docName: string, reason: FreezeReason, now = new Date()): Promise<FreezeHandle> {
    const owner = randomUUID();
    const expiresAt = new Date(now.getTime() + this.leaseMs);
    try {
      await DocFreeze.create({ docName, owner, reason, expiresAt, committedAt: null });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Take over only a lapsed, uncommitted freeze.
      const taken = await DocFreeze.updateOne(
        { docName, committedAt: null, expiresAt: { $lte: now } },
        { $set: { owner, reason, expiresAt } },
      );
      if (taken.modifiedCount !== 1)
        throw conflict('document_busy', 'Someone is finalising or sending this document right now. Try again in a moment.');
    }
    const state = { owner, reason, expiresAt: expiresAt.getTime() };
    this.set(docName, state);
    let ended = false;
    const release = async () => {
      if (ended) return;
      ended = true;
      await DocFreeze.deleteOne({ docName, owner, committedAt: null });
      if (this.states.get(docName)?.owner === owner) this.set(docName, null);
      void this.replication?.announce(docName, { state: null, released: owner });
    };
    try {
      await this.replication?.announce(docName, { state, isNew: true });
    } catch (error) {
      await release(); // not frozen everywhere: not frozen at all
      throw error;
    }
    return {
      commit: async () => {
        const committed = await DocFreeze.updateOne({ docName, owner }, { $set: { committedAt: new Date(), expiresAt: null } });
        if (committed.matchedCount !== 1) throw new Error(`freeze of ${docName} was lost before it was committed`);
        ended = true;
        if (this.states.get(docName)?.owner === owner) this.set(docName, { owner, reason, expiresAt: null });
        void this.replication?.announce(docName, { state: { owner, reason, expiresAt: null }, isNew: false });
      },
      release,
    };
  }

  /** Removes every freeze of a document (when it is reset to new content). */
  async clear(docName: string): Promise<void> {
    await DocFreeze.deleteMany({ docName });
    this.set(docName, null);
    void this.replication?.announce(docName, { state: null, released: null });
  }

  private set(docName: string, state: FreezeState | null): void {
    const had = this.states.has(docName);
    this.stamps.set(docName, (this.stamps.get(docName) ?? 0) + 1);
    if (state) this.states.set(docName, state);
    else this.states.delete(docName);
    if (!had && !state) return;
    for (const listener of this.listeners) listener(docName, state);
  }
}
