import { Schema, model } from 'mongoose';

/**
 * A document frozen by one request (finalising a report, submitting a contribution). Kept in
 * the database, not in one process's memory, so every process holding the document can learn
 * of it and a crash cannot leave a document frozen for ever: an uncommitted freeze lapses at
 * `expiresAt`. Once the record it was taken for is stored, the freeze is committed and lasts.
 */
const docFreezeSchema = new Schema(
  {
    docName: { type: String, required: true, unique: true },
    /** Random id of the request holding the freeze; only it may release or commit it. */
    owner: { type: String, required: true },
    /** What the freeze is for, shown to the people whose edits pause. */
    reason: { type: String, required: true, enum: ['finalising', 'submitting'] },
    /** When an uncommitted freeze lapses; null once committed. */
    expiresAt: { type: Date, default: null },
    committedAt: { type: Date, default: null },
  },
  { strict: true, versionKey: false },
);

export const DocFreeze = model('DocFreeze', docFreezeSchema);
