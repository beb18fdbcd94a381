import { Schema, model, type InferSchemaType } from 'mongoose';
import { LANGUAGES } from '@ehcp/shared';

/**
 * One participant's contribution to a review: when drafting started, and, once submitted, the
 * locked snapshot. The draft text itself lives in the contribution's Yjs document. One per
 * participant (unique index), so a racing second submission fails at the database.
 */
const contributionSchema = new Schema(
  {
    participantId: { type: Schema.Types.ObjectId, ref: 'Participant', required: true, unique: true },
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true, index: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true },
    /** First time an edit by the participant was stored. */
    draftStartedAt: { type: Date, default: null },
    /** Set once, on submission; the draft is read-only from then on. */
    submittedAt: { type: Date, default: null },
    /** Tiptap JSON of the draft at submission, serialised and never re-derived. */
    contentJson: { type: String, default: null },
    /** The language it was written in: the participant's page language when they sent it. */
    language: { type: String, enum: LANGUAGES, default: null },
  },
  { timestamps: true, strict: true },
);

export type ContributionDoc = InferSchemaType<typeof contributionSchema>;
export const Contribution = model('Contribution', contributionSchema);
