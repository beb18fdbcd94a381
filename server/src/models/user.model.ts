import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS, STAFF_POSITIONS } from '@ehcp/shared';

/** A staff account (SENDCo or other school staff). */
const userSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    email: { type: String, required: true, lowercase: true, trim: true, maxlength: LIMITS.emailMax, unique: true },
    role: { type: String, enum: ['sendco', 'staff'], required: true },
    /** What they do (teacher, teaching assistant, SENDCo); null for accounts made before it was asked. */
    position: { type: String, enum: [...STAFF_POSITIONS, null], default: null },
    /** scrypt hash in PHC-like form; null until an invited member sets one. Never selected unless asked for. */
    passwordHash: { type: String, default: null, select: false },
    /** SHA-256 of the single-use set-password token from the invitation email; null once used. */
    passwordTokenHash: { type: String, default: null, select: false, index: true },
    /** When that token stops working. */
    passwordTokenExpiresAt: { type: Date, default: null, select: false },
    /** When the SENDCo removed the account: no sign-in, no session. Kept so names in records still resolve. */
    removedAt: { type: Date, default: null },
  },
  { timestamps: true, strict: true },
);

export type UserDoc = InferSchemaType<typeof userSchema>;
export const User = model('User', userSchema);
