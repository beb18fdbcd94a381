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

/**
 * The bytes of attached files, in GridFS: MongoDB's own way of storing files larger than a
 * document may be (chunks of 255 KiB), through the driver mongoose carries.
 */
export const AttachmentFiles = {
  /** Stores the bytes and answers the new file's id. */
  async put(bytes: Buffer, filename: string, contentType: string): Promise<mongoose.Types.ObjectId> {
    const upload = bucket().openUploadStream(filename, { metadata: { contentType } });
    await pipeline(Readable.from([bytes]), upload);
    return upload.id;
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
