import { Schema, model } from 'mongoose';

/**
 * A browser that has signed in to an account before, identified by a random token in an
 * httpOnly cookie (only its SHA-256 is stored). Failed sign-ins from a known browser are limited
 * on their own, so an attacker elsewhere, even behind the same school address, cannot lock the
 * account's owner out (docs/architecture.md, decision 37).
 */
const knownDeviceSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    expiresAt: { type: Date, required: true, index: true },
  },
  { timestamps: true, strict: true },
);

export const KnownDevice = model('KnownDevice', knownDeviceSchema);
