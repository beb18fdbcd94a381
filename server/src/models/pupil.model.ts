import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS } from '@ehcp/shared';

const isoDate = { type: String, match: /^\d{4}-\d{2}-\d{2}$/ };

/** A pupil with an EHC plan. Calendar dates are stored as YYYY-MM-DD facts, never derived dates. */
const pupilSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    dateOfBirth: { ...isoDate, required: true },
    /** Date the final EHC plan was first issued. */
    planIssuedDate: { ...isoDate, required: true },
    /** Date of the last annual review meeting, if any (previous cycle). */
    lastReviewMeetingDate: { ...isoDate, default: null },
  },
  { timestamps: true, strict: true },
);

export type PupilDoc = InferSchemaType<typeof pupilSchema>;
export const Pupil = model('Pupil', pupilSchema);
