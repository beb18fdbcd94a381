import { Schema, model, type InferSchemaType } from 'mongoose';

/** A read-only link for the local authority. Only the SHA-256 of its token is stored. */
const shareLinkSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true, index: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    /** Every opening counts here; the audit trail holds one row per viewer per 10 minutes. */
    viewCount: { type: Number, default: 0, min: 0 },
    lastViewedAt: { type: Date, default: null },
  },
  { timestamps: true, strict: true },
);

export type ShareLinkDoc = InferSchemaType<typeof shareLinkSchema>;
export const ShareLink = model('ShareLink', shareLinkSchema);
