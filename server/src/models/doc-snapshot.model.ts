import { Schema, model } from 'mongoose';

/**
 * Compacted state of a document (Y.encodeStateAsUpdate). `version` guards conditional writes;
 * `generation` changes only when a document is reset, so clients holding another generation
 * discard their copy instead of merging it back.
 */
const docSnapshotSchema = new Schema(
  {
    docName: { type: String, required: true, unique: true },
    state: { type: Buffer, required: true },
    version: { type: Number, required: true, default: 0 },
    generation: { type: String, required: true },
    /** The last update-log id included in `state`; updates after it are replayed on load. */
    includesUpTo: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: true, strict: true },
);

export const DocSnapshot = model('DocSnapshot', docSnapshotSchema);
