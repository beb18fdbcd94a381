import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DocFreeze, DocSnapshot, DocUpdate } from '../../models/index.ts';
import { batchLoader } from './batch-loader.ts';

/** Bytes of a binary field, whether the driver returned a Buffer or a BSON Binary (lean queries). */
function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const inner = (value as { buffer?: unknown }).buffer;
  if (inner instanceof Uint8Array) return inner;
  throw new Error('stored document state is not binary');
}

/** Entries and bytes in a document's update log. */
export interface LogStats {
  count: number;
  bytes: number;
}

const MAX_LOAD_ATTEMPTS = 5;

/** A new document's snapshot to create, unless it has one. */
interface Seed {
  docName: string;
  state: Uint8Array;
  generation: string;
}

/** One refused write of a bulk insert, as the driver reports it. */
interface WriteError {
  index: number;
  code?: number;
  errmsg?: string;
}

/** Whether `ensureSnapshot` created the snapshot, with the state and generation it would have written. */
export interface SeedResult {
  inserted: boolean;
  state: Uint8Array;
  generation: string;
}

/** What one read of a document found: its snapshot, its log oldest first, and the snapshot's version read again after the log. */
interface DocRead {
  snapshot: { state: unknown; version: number; generation: string } | null;
  logged: { update: unknown }[];
  versionAfter: number | null;
}

/** Stored state of one document: its snapshot then the updates logged after it. */
export interface StoredDoc {
  updates: Uint8Array[];
  /** Changes only when the document is reset; null when the document has no snapshot yet. */
  generation: string;
  /** Entries and bytes in the update log (not yet compacted). */
  loggedCount: number;
  loggedBytes: number;
}

/**
 * MongoDB persistence for Yjs documents: an append-only update log plus one snapshot per
 * document. Works without multi-document transactions (FerretDB has none): a crash between
 * snapshot write and log deletion only leaves updates that Yjs re-applies idempotently.
 */
export class DocPersistence {
  private readonly stats = new Map<string, LogStats>();

  /** Entries and bytes in a loaded document's update log (not yet compacted). */
  logStats(docName: string): LogStats {
    return this.stats.get(docName) ?? { count: 0, bytes: 0 };
  }

  /** Stops tracking a document that left memory. */
  forget(docName: string): void {
    this.stats.delete(docName);
  }

  /** Reads of documents asked for at once go to the database together (batch-loader.ts, `readMany`). */
  private readonly reads = batchLoader<string, DocRead>((names) => this.readMany(names));

  /**
   * Reads the snapshot and every logged update after it, oldest first, as one consistent
   * state. A compaction (or a reset) between reading the snapshot and reading the log could
   * make a naive read miss updates (folded into a snapshot we did not read, then deleted from
   * the log) or mix generations, so the snapshot's version is read again afterwards and the
   * whole read is retried if it moved.
   */
  async load(docName: string): Promise<Omit<StoredDoc, 'generation'> & { generation: string | null }> {
    for (let attempt = 1; ; attempt++) {
      const { snapshot, logged, versionAfter } = await this.reads.load(docName);
      if (versionAfter !== (snapshot?.version ?? null)) {
        if (attempt < MAX_LOAD_ATTEMPTS) continue;
        throw new Error(`document ${docName} kept changing while loading`);
      }
      const updates = logged.map((entry) => bytesOf(entry.update));
      const loggedBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
      this.stats.set(docName, { count: logged.length, bytes: loggedBytes });
      if (snapshot) updates.unshift(bytesOf(snapshot.state));
      return { updates, generation: snapshot?.generation ?? null, loggedCount: logged.length, loggedBytes };
    }
  }

  /** One read of several documents: snapshots, then logs, then the versions of the snapshots again. */
  private async readMany(names: readonly string[]): Promise<DocRead[]> {
    const snapshots = await DocSnapshot.find({ docName: { $in: names } }).lean();
    const logged = await DocUpdate.find({ docName: { $in: names } })
      .sort({ _id: 1 })
      .lean();
    const reads = new Map<string, DocRead>(names.map((name) => [name, { snapshot: null, logged: [], versionAfter: null }]));
    for (const snapshot of snapshots) reads.get(snapshot.docName)!.snapshot = snapshot;
    for (const entry of logged) reads.get(entry.docName)!.logged.push(entry);
    // Nothing stored at all (a new document): nothing a compaction could have moved meanwhile.
    const stored = [...reads.keys()].filter((name) => reads.get(name)!.snapshot !== null || reads.get(name)!.logged.length > 0);
    if (stored.length > 0) {
      const after = await DocSnapshot.find({ docName: { $in: stored } }, { docName: 1, version: 1 }).lean();
      for (const snapshot of after) reads.get(snapshot.docName)!.versionAfter = snapshot.version;
    }
    return names.map((name) => reads.get(name)!);
  }

  private appendQueue: { docName: string; update: Uint8Array; resolve: () => void; reject: (error: unknown) => void }[] = [];

  /**
   * Appends one (merged) update to the log; resolves only once the database acknowledged it.
   * Appends issued in the same turn of the event loop (documents' batch timers are aligned,
   * see write-queue.ts) go to the database as one unordered insertMany through the driver,
   * skipping Mongoose document construction: one round trip for every busy document.
   */
  append(docName: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.appendQueue.push({ docName, update, resolve, reject }) === 1) setImmediate(() => void this.writeAppends());
    });
  }

  private async writeAppends(): Promise<void> {
    const items = this.appendQueue.splice(0);
    try {
      await DocUpdate.collection.insertMany(
        items.map((item) => ({
          docName: item.docName,
          update: Buffer.from(item.update.buffer, item.update.byteOffset, item.update.byteLength),
        })),
        { ordered: false },
      );
      for (const item of items) {
        const stats = this.stats.get(item.docName);
        if (stats) {
          stats.count += 1;
          stats.bytes += item.update.byteLength;
        }
        item.resolve();
      }
    } catch (error) {
      // Which entries landed is not reliably reported by every server; failing them all is
      // safe: the write queues retry, and a duplicated Yjs update is applied idempotently.
      items.forEach((item) => item.reject(error));
    }
  }

  /** Snapshots of new documents created at once are written together (batch-loader.ts, `seedMany`). */
  private readonly seeds = batchLoader<Seed, SeedResult>((seeds) => this.seedMany(seeds));

  /**
   * Creates the document's snapshot if it has none, exactly once even if two loads race (the
   * unique index, `seedMany`); says whether this call created it (then its state and generation are
   * what is stored, and the caller need not read them back). A brand-new document gets `initial`
   * (server-side seeding, so no client ever seeds and duplicates text); one that already has
   * logged updates (`hasUpdates`) gets an empty state, so seed content is never added to
   * existing text.
   */
  ensureSnapshot(docName: string, initial: Uint8Array, hasUpdates: boolean): Promise<SeedResult> {
    const state = hasUpdates ? Y.encodeStateAsUpdate(new Y.Doc()) : initial;
    return this.seeds.load({ docName, state, generation: randomUUID() });
  }

  /**
   * Creates several new documents' snapshots as one unordered insert: one round trip, and no
   * filtered update, when a room of new meetings opens at once. The unique index on `docName`
   * makes it exactly once: a snapshot that exists already (another process, or another load,
   * created it first) is refused with a duplicate-key error and the one stored is kept.
   */
  private async seedMany(seeds: readonly Seed[]): Promise<(SeedResult | Error)[]> {
    const now = new Date();
    const failed = new Map<number, Error>();
    const refused = new Set<number>();
    try {
      await DocSnapshot.collection.insertMany(
        seeds.map(({ docName, state, generation }) => ({
          docName,
          state: Buffer.from(state),
          version: 0,
          generation,
          includesUpTo: null,
          createdAt: now,
          updatedAt: now,
        })),
        { ordered: false },
      );
    } catch (error) {
      const written = (error as { writeErrors?: WriteError | WriteError[] }).writeErrors;
      if (written === undefined) throw error;
      for (const { index, code, errmsg } of ([] as WriteError[]).concat(written)) {
        if (code === 11000) refused.add(index);
        else failed.set(index, new Error(errmsg ?? 'could not store a new snapshot'));
      }
    }
    return seeds.map(
      (seed, index) => failed.get(index) ?? { inserted: !refused.has(index), state: seed.state, generation: seed.generation },
    );
  }

  /**
   * Replaces a document with `initial` under a new generation: clients holding the old
   * generation are refused and must start from the new state. The log is deleted before the
   * snapshot is replaced: a crash in between leaves the old generation with its snapshot (the
   * reset can simply be repeated), never old log entries replayed onto the new state. The
   * version bump makes any compaction running meanwhile fail its conditional write.
   */
  async reset(docName: string, initial: Uint8Array): Promise<string> {
    const generation = randomUUID();
    await DocUpdate.deleteMany({ docName });
    this.stats.delete(docName);
    await DocSnapshot.updateOne(
      { docName },
      { $set: { state: Buffer.from(initial), generation, includesUpTo: null }, $inc: { version: 1 } },
      { upsert: true },
    );
    return generation;
  }

  /**
   * Deletes everything stored for a document: its log, snapshot and freeze records. Only for a
   * document whose review is gone, after its connections were closed (decision 64).
   */
  async discard(docName: string): Promise<void> {
    this.stats.delete(docName);
    await DocUpdate.deleteMany({ docName });
    await DocSnapshot.deleteMany({ docName });
    await DocFreeze.deleteMany({ docName });
  }

  /**
   * Folds the update log into the snapshot: builds a real Y.Doc from snapshot + log, writes
   * the new snapshot only if nobody else did meanwhile (version check), then deletes exactly
   * the log entries it included.
   */
  async compact(docName: string): Promise<{ compacted: number; stateBytes: number | null }> {
    const snapshot = await DocSnapshot.findOne({ docName }).lean();
    const logged = await DocUpdate.find({ docName }).sort({ _id: 1 }).lean();
    if (logged.length === 0) return { compacted: 0, stateBytes: null };
    const doc = new Y.Doc();
    try {
      if (snapshot) Y.applyUpdate(doc, bytesOf(snapshot.state));
      for (const entry of logged) Y.applyUpdate(doc, bytesOf(entry.update));
      const state = Buffer.from(Y.encodeStateAsUpdate(doc));
      const lastId = logged[logged.length - 1]!._id;
      if (snapshot) {
        const written = await DocSnapshot.updateOne(
          { docName, version: snapshot.version },
          { $set: { state, includesUpTo: lastId }, $inc: { version: 1 } },
        );
        if (written.modifiedCount !== 1) return { compacted: 0, stateBytes: null };
      } else {
        try {
          await DocSnapshot.create({ docName, state, version: 1, generation: randomUUID(), includesUpTo: lastId });
        } catch (error) {
          if ((error as { code?: number }).code === 11000) return { compacted: 0, stateBytes: null };
          throw error;
        }
      }
      await DocUpdate.deleteMany({ docName, _id: { $in: logged.map((entry) => entry._id) } });
      const stats = this.stats.get(docName);
      if (stats) {
        const compactedBytes = logged.reduce((sum, entry) => sum + bytesOf(entry.update).byteLength, 0);
        stats.count = Math.max(0, stats.count - logged.length);
        stats.bytes = Math.max(0, stats.bytes - compactedBytes);
      }
      return { compacted: logged.length, stateBytes: state.byteLength };
    } finally {
      doc.destroy();
    }
  }
}
