import { Schema, model } from 'mongoose';

/** A signed-in browser session. Only the SHA-256 of the cookie token is stored. */
const sessionSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    /** After this the session no longer works; the housekeeping sweep deletes it. */
    expiresAt: { type: Date, required: true, index: true },
  },
  { timestamps: true, strict: true },
);

export const Session = model('Session', sessionSchema);
