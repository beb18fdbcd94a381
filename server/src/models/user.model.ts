import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS } from '@ehcp/shared';

/** A staff account (SENDCo or other school staff). */
const userSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    email: { type: String, required: true, lowercase: true, trim: true, maxlength: LIMITS.emailMax, unique: true },
    role: { type: String, enum: ['sendco', 'staff'], required: true },
    /** scrypt hash in PHC-like form; never selected unless asked for. */
    passwordHash: { type: String, required: true, select: false },
  },
  { timestamps: true, strict: true },
);

export type UserDoc = InferSchemaType<typeof userSchema>;
export const User = model('User', userSchema);
