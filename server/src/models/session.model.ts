import { Schema, model } from 'mongoose';

/** A signed-in browser session. Only the SHA-256 of the cookie token is stored. */
const sessionSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: true, strict: true },
);

export const Session = model('Session', sessionSchema);
