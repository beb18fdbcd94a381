import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS } from '@ehcp/shared';

/**
 * The immutable outcome of a finalised review. One per review (unique index), so a second
 * finalisation attempt fails at the database even if two requests race.
 */
const outcomeSchema = new Schema(
  {
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true, unique: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    recommendation: { type: String, enum: ['maintain', 'amend', 'cease'], required: true },
    reasons: { type: String, required: true, maxlength: LIMITS.reasonsMax },
    /** Tiptap JSON of the report at finalisation, serialised (kept verbatim, never re-derived). */
    reportJson: { type: String, required: true },
    finalisedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    finalisedAt: { type: Date, required: true },
  },
  { timestamps: true, strict: true },
);

export type OutcomeDoc = InferSchemaType<typeof outcomeSchema>;
export const Outcome = model('Outcome', outcomeSchema);
