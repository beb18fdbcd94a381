import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS } from '@ehcp/shared';
import { TRANSFER_TYPES } from '@ehcp/shared/deadlines';

const isoDate = { type: String, match: /^\d{4}-\d{2}-\d{2}$/ };

/**
 * The natural key a pupil is matched on within a school when a caseload is imported: the UPN
 * when known, otherwise the name (case and spacing ignored) with the date of birth.
 */
export function pupilMatchKey(pupil: { upn?: string | null; name: string; dateOfBirth: string }): string {
  if (pupil.upn) return `upn:${pupil.upn.toUpperCase()}`;
  return `name:${pupil.name.trim().replace(/\s+/g, ' ').toLowerCase()}|${pupil.dateOfBirth}`;
}

/** A pupil with an EHC plan. Calendar dates are stored as YYYY-MM-DD facts, never derived dates. */
const pupilSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    dateOfBirth: { ...isoDate, required: true },
    /** Unique pupil number (DfE), when the school gave one. */
    upn: { type: String, default: null, match: /^[A-Z]\d{11}[0-9A-Z]$/ },
    /** Local authority that maintains the plan. */
    la: { type: String, default: null, maxlength: LIMITS.laNameMax },
    /** Date the final EHC plan was first issued. */
    planIssuedDate: { ...isoDate, required: true },
    /** Date of the last annual review meeting, if any (previous cycle). */
    lastReviewMeetingDate: { ...isoDate, default: null },
    /** Actual year group on the day it was recorded, for pupils taught out of cohort (R3, A8). */
    yearGroupOverride: { type: Number, default: null, min: -5, max: 20 },
    /** Phase transfer ahead, if any (R13, R14). */
    transfer: {
      type: new Schema(
        { type: { type: String, enum: TRANSFER_TYPES, required: true }, transferDate: { ...isoDate, required: true } },
        { _id: false },
      ),
      default: null,
    },
    /** Natural key for imports, see {@link pupilMatchKey}; unique within the school. */
    matchKey: { type: String, required: true },
    /** The import that created this pupil, if any. */
    importId: { type: String, default: null },
  },
  { timestamps: true, strict: true },
);
pupilSchema.index({ schoolId: 1, matchKey: 1 }, { unique: true });
// Pupils created one by one (demo data, tests) get their key here; imports set it explicitly.
pupilSchema.pre('validate', function setMatchKey() {
  if (!this.matchKey) this.matchKey = pupilMatchKey(this);
});

export type PupilDoc = InferSchemaType<typeof pupilSchema>;
export const Pupil = model('Pupil', pupilSchema);
