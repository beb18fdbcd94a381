import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DocFreeze, DocSnapshot, DocUpdate } from '../../models/index.ts';

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

  /**
   * Reads the snapshot and every logged update after it, oldest first, as one consistent
   * state. A compaction (or a reset) between reading the snapshot and reading the log could
   * make a naive read miss updates (folded into a snapshot we did not read, then deleted from
   * the log) or mix generations, so the snapshot's version is read again afterwards and the
   * whole read is retried if it moved.
   */
  async load(docName: string): Promise<Omit<StoredDoc, 'generation'> & { generation: string | null }> {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await DocSnapshot.findOne({ docName }).lean();
      const logged = await DocUpdate.find({ docName }).sort({ _id: 1 }).lean();
      // Nothing stored at all (a new document): nothing a compaction could have moved meanwhile.
      const after =
        snapshot === null && logged.length === 0 ? null : await DocSnapshot.findOne({ docName }, { version: 1 }).lean();
      if ((after?.version ?? null) !== (snapshot?.version ?? null) && attempt < MAX_LOAD_ATTEMPTS) continue;
      if ((after?.version ?? null) !== (snapshot?.version ?? null))
        throw new Error(`document ${docName} kept changing while loading`);
      const updates = logged.map((entry) => bytesOf(entry.update));
      const loggedBytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
      this.stats.set(docName, { count: logged.length, bytes: loggedBytes });
      if (snapshot) updates.unshift(bytesOf(snapshot.state));
      return { updates, generation: snapshot?.generation ?? null, loggedCount: logged.length, loggedBytes };
    }
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

  /**
   * Creates the document's snapshot if it has none, exactly once even if two loads race
   * (conditional upsert); says whether this call created it (then its state and generation are
   * what is stored, and the caller need not read them back). A brand-new document gets `initial` (server-side seeding, so no
   * client ever seeds and duplicates text); one that already has logged updates gets an empty
   * state, so seed content is never added to existing text.
   */
  async ensureSnapshot(
    docName: string,
    initial: Uint8Array,
    hasUpdates?: boolean,
  ): Promise<{ inserted: boolean; state: Uint8Array; generation: string }> {
    const logged = hasUpdates ?? (await DocUpdate.exists({ docName })) !== null;
    const state = logged ? Y.encodeStateAsUpdate(new Y.Doc()) : initial;
    const generation = randomUUID();
    try {
      const written = await DocSnapshot.updateOne(
        { docName },
        { $setOnInsert: { docName, state: Buffer.from(state), version: 0, generation, includesUpTo: null } },
        { upsert: true },
      );
      return { inserted: written.upsertedCount === 1, state, generation };
    } catch (error) {
      // Two processes creating it at once: the unique index refuses the second upsert (FerretDB
      // and MongoDB may report the race this way instead of matching). The other one's is kept.
      if ((error as { code?: number }).code === 11000) return { inserted: false, state, generation };
      throw error;
    }
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
