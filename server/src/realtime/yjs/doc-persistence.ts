import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DocSnapshot, DocUpdate } from '../../models/index.ts';

/** Bytes of a binary field, whether the driver returned a Buffer or a BSON Binary (lean queries). */
function bytesOf(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  const inner = (value as { buffer?: unknown }).buffer;
  if (inner instanceof Uint8Array) return inner;
  throw new Error('stored document state is not binary');
}

/** Stored state of one document: its snapshot (if any) then the updates logged after it. */
export interface StoredDoc {
  updates: Uint8Array[];
  generation: string | null;
}

/**
 * MongoDB persistence for Yjs documents: an append-only update log plus one snapshot per
 * document. Works without multi-document transactions (FerretDB has none): a crash between
 * snapshot write and log deletion only leaves updates that Yjs re-applies idempotently.
 */
export class DocPersistence {
  /** Reads the snapshot and every logged update, oldest first. */
  async load(docName: string): Promise<StoredDoc> {
    const [snapshot, logged] = await Promise.all([
      DocSnapshot.findOne({ docName }).lean(),
      DocUpdate.find({ docName }).sort({ _id: 1 }).lean(),
    ]);
    const updates = logged.map((entry) => bytesOf(entry.update));
    if (snapshot) updates.unshift(bytesOf(snapshot.state));
    return { updates, generation: snapshot?.generation ?? null };
  }

  /** Appends one (merged) update to the log. Resolves only once the database acknowledged it. */
  async append(docName: string, update: Uint8Array): Promise<void> {
    await DocUpdate.create({ docName, update: Buffer.from(update) });
  }

  /**
   * Stores initial content for a document that has never existed, exactly once even if two
   * loads race (conditional upsert). Returns false when the document already had state.
   */
  async seedIfAbsent(docName: string, state: Uint8Array): Promise<boolean> {
    if (await DocUpdate.exists({ docName })) return false;
    const result = await DocSnapshot.updateOne(
      { docName },
      { $setOnInsert: { docName, state: Buffer.from(state), version: 0, generation: randomUUID(), includesUpTo: null } },
      { upsert: true },
    );
    return result.upsertedCount === 1;
  }

  /**
   * Folds the update log into the snapshot: builds a real Y.Doc from snapshot + log, writes
   * the new snapshot only if nobody else did meanwhile (version check), then deletes exactly
   * the log entries it included.
   */
  async compact(docName: string): Promise<{ compacted: number }> {
    const snapshot = await DocSnapshot.findOne({ docName }).lean();
    const logged = await DocUpdate.find({ docName }).sort({ _id: 1 }).lean();
    if (logged.length === 0) return { compacted: 0 };
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
        if (written.modifiedCount !== 1) return { compacted: 0 };
      } else {
        try {
          await DocSnapshot.create({ docName, state, version: 1, generation: randomUUID(), includesUpTo: lastId });
        } catch (error) {
          if ((error as { code?: number }).code === 11000) return { compacted: 0 };
          throw error;
        }
      }
      await DocUpdate.deleteMany({ docName, _id: { $in: logged.map((entry) => entry._id) } });
      return { compacted: logged.length };
    } finally {
      doc.destroy();
    }
  }
}
