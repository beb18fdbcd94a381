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

/** "Given Family", the display name every reader uses (caseload, emails, report, match key). */
export const displayNameOf = (givenName: string, familyName: string): string =>
  [givenName, familyName]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');

/**
 * Given and family name from a display name stored before the two were separate ("Aisha
 * Mohammed" → "Aisha", "Mohammed"): the last word is the family name. A single word is a given
 * name with no family name. Used by the startup migration and for pupils created with `name` only.
 */
export function splitDisplayName(name: string): { givenName: string; familyName: string } {
  const tidy = name.replace(/\s+/g, ' ').trim();
  const at = tidy.lastIndexOf(' ');
  return at < 0 ? { givenName: tidy, familyName: '' } : { givenName: tidy.slice(0, at), familyName: tidy.slice(at + 1) };
}

/**
 * A pupil with an EHC plan. Calendar dates are stored as YYYY-MM-DD facts, never derived dates.
 * `givenName` and `familyName` are the facts; `name` is their display form, recomputed on every
 * save (decision 63), so every existing reader keeps reading `name`.
 */
const pupilSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    /** Display name "Given Family", derived from the two parts on save. */
    name: { type: String, required: true, maxlength: LIMITS.nameMax * 2 + 1 },
    /** Forename(s). */
    givenName: { type: String, maxlength: LIMITS.nameMax, default: null },
    /** Surname; empty for a pupil known by one name only. */
    familyName: { type: String, maxlength: LIMITS.nameMax, default: null },
    /** When the SENDCo archived the pupil: off the caseload and this week, records kept. */
    archivedAt: { type: Date, default: null },
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
// The display name follows the two parts; a pupil created with `name` only (tests, older code)
// gets the parts from it. Pupils created one by one get their key here; imports set it explicitly.
pupilSchema.pre('validate', function deriveNameAndKey() {
  if (this.givenName) this.name = displayNameOf(this.givenName, this.familyName ?? '');
  else if (this.name) Object.assign(this, splitDisplayName(this.name));
  if (!this.matchKey) this.matchKey = pupilMatchKey(this);
});

export type PupilDoc = InferSchemaType<typeof pupilSchema>;
export const Pupil = model('Pupil', pupilSchema);
