import { Schema, model } from 'mongoose';

/**
 * Append-only log of accepted Yjs updates per document. Order is the ObjectId, allocated by
 * the server at insert; a batch of updates from one flush is stored as one merged update.
 */
const docUpdateSchema = new Schema(
  {
    docName: { type: String, required: true },
    update: { type: Buffer, required: true },
  },
  { strict: true, versionKey: false },
);
docUpdateSchema.index({ docName: 1, _id: 1 });

export const DocUpdate = model('DocUpdate', docUpdateSchema);
