import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS, PARTICIPANT_ROLES } from '@ehcp/shared';
import { refuseChanges } from './append-only.ts';

/** One contribution in a pack: who sent it, and a reference to its write-once snapshot. */
const packEntrySchema = new Schema(
  {
    contributionId: { type: Schema.Types.ObjectId, ref: 'Contribution', required: true },
    participantId: { type: Schema.Types.ObjectId, ref: 'Participant', required: true },
    /** Name and role as they were when the papers were circulated. */
    authorName: { type: String, required: true, maxlength: LIMITS.nameMax },
    role: { type: String, enum: PARTICIPANT_ROLES, required: true },
    submittedAt: { type: Date, required: true },
  },
  { _id: false },
);

/** A participant whose contribution had not been submitted when the papers were circulated. */
const missingSchema = new Schema(
  {
    participantId: { type: Schema.Types.ObjectId, ref: 'Participant', required: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    role: { type: String, enum: PARTICIPANT_ROLES, required: true },
    status: { type: String, required: true },
  },
  { _id: false },
);

/**
 * One circulation of a review's papers: an immutable pack of the contributions submitted by then.
 * Circulating again adds the next version (unique `{reviewId, version}`, so two racing
 * circulations cannot both take the same number); the latest version is the one participants
 * read, earlier ones are kept. Append-only: updates and deletes are refused.
 */
const circulationSchema = new Schema(
  {
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    version: { type: Number, required: true, min: 1 },
    /** YYYY-MM-DD (England) of circulation, compared with the statutory date. */
    circulatedOn: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    circulatedAt: { type: Date, required: true },
    circulatedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    circulatedByName: { type: String, required: true, maxlength: LIMITS.nameMax },
    /** The booked meeting and its statutory circulation date at the time, when a meeting was booked. */
    meetingDate: { type: String, default: null },
    adviceCirculatedBy: { type: String, default: null },
    contributions: { type: [packEntrySchema], default: [] },
    missing: { type: [missingSchema], default: [] },
  },
  { strict: true, versionKey: false },
);
circulationSchema.index({ reviewId: 1, version: 1 }, { unique: true });

refuseChanges(circulationSchema, 'Circulated packs are immutable.');

export type CirculationDoc = InferSchemaType<typeof circulationSchema>;
export const Circulation = model('Circulation', circulationSchema);
