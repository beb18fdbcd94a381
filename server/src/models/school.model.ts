import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS, STAFF_CASELOAD_VISIBILITIES } from '@ehcp/shared';

/** A school: the tenant boundary. Nothing of one school is visible to another. */
const schoolSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    /** Marks the fictional demo school created on first start. */
    isDemo: { type: Boolean, default: false },
    /** Which reviews teachers and TAs see: all of the school's, or only those they are involved in. */
    staffCaseloadVisibility: { type: String, enum: STAFF_CASELOAD_VISIBILITIES, default: 'all' },
    /** When its address book was filled from the invitations made before the book existed (decision 72). */
    addressBookFilledAt: { type: Date, default: null },
  },
  { timestamps: true, strict: true },
);

export type SchoolDoc = InferSchemaType<typeof schoolSchema>;
export const School = model('School', schoolSchema);
