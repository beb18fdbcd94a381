import mongoose from 'mongoose';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The GridFS bucket holding attached files' bytes (`attachments.files`, `attachments.chunks`). */
const BUCKET = 'attachments';

function bucket(): mongoose.mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected.');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
}

/** The GridFS files collection itself (its documents' `metadata` is ours). */
const filesCollection = () => {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected.');
  return db.collection<{ _id: mongoose.Types.ObjectId; metadata?: { unlistedSince?: Date } }>(`${BUCKET}.files`);
};

/**
 * The bytes of attached files, in GridFS: MongoDB's own way of storing files larger than a
 * document may be (chunks of 255 KiB), through the driver mongoose carries. A file no
 * `attachments` row names yet (just stored) or any more (being removed) carries
 * `metadata.unlistedSince`, so bytes a crash left between the two writes can be found and
 * swept (services/attachments/sweep-unlisted-files.ts).
 */
export const AttachmentFiles = {
  /** Stores the bytes, marked unlisted until `markListed`, and answers the new file's id. */
  async put(bytes: Buffer, filename: string, contentType: string): Promise<mongoose.Types.ObjectId> {
    const upload = bucket().openUploadStream(filename, { metadata: { contentType, unlistedSince: new Date() } });
    await pipeline(Readable.from([bytes]), upload);
    return upload.id;
  },
  /** A row now names the file. */
  async markListed(fileIds: mongoose.Types.ObjectId[]): Promise<void> {
    if (fileIds.length === 0) return;
    await filesCollection().updateMany({ _id: { $in: fileIds } }, { $unset: { 'metadata.unlistedSince': '' } });
  },
  /** The file's row is about to be deleted. */
  async markUnlisted(fileId: mongoose.Types.ObjectId, now = new Date()): Promise<void> {
    await filesCollection().updateOne({ _id: fileId }, { $set: { 'metadata.unlistedSince': now } });
  },
  /** Files unlisted since before `before` (at most `limit`), oldest first. */
  async findUnlisted(before: Date, limit: number): Promise<mongoose.Types.ObjectId[]> {
    const files = await filesCollection()
      .find({ 'metadata.unlistedSince': { $lt: before } }, { projection: { _id: 1 } })
      .sort({ 'metadata.unlistedSince': 1 })
      .limit(limit)
      .toArray();
    return files.map((file) => file._id);
  },
  /** A stream of the file's bytes. */
  open(fileId: mongoose.Types.ObjectId): Readable {
    return bucket().openDownloadStream(fileId);
  },
  /** Deletes the file's bytes; a file already gone is not an error. */
  async remove(fileId: mongoose.Types.ObjectId): Promise<void> {
    try {
      await bucket().delete(fileId);
    } catch (error) {
      if (!(error instanceof mongoose.mongo.MongoRuntimeError && /not found/i.test(error.message))) throw error;
    }
  },
  /** Whether the file's bytes exist (tests). */
  async exists(fileId: mongoose.Types.ObjectId): Promise<boolean> {
    return (await bucket().find({ _id: fileId }).limit(1).toArray()).length > 0;
  },
};
