import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS } from '@ehcp/shared';

/** A school: the tenant boundary. Nothing of one school is visible to another. */
const schoolSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    /** Marks the fictional demo school created on first start. */
    isDemo: { type: Boolean, default: false },
  },
  { timestamps: true, strict: true },
);

export type SchoolDoc = InferSchemaType<typeof schoolSchema>;
export const School = model('School', schoolSchema);
