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
    /** The structured meeting report (MeetingReport) at finalisation, serialised. */
    reportJson: { type: String, required: true },
    /** The report document itself at finalisation (every fragment, field and row), verbatim. */
    documentJson: { type: String, required: true },
    /** The submitted contributions quoted in the report (QuotedContribution[]), serialised. */
    contributionsJson: { type: String, required: true },
    /** The rendered HTML record and its SHA-256 (hex): what the LA is given, provably unchanged. */
    html: { type: String, required: true },
    htmlSha256: { type: String, required: true, match: /^[0-9a-f]{64}$/ },
    /** Post-meeting statutory dates computed at finalisation (YYYY-MM-DD or null). */
    dates: {
      meetingDate: { type: String, default: null },
      reportDueBy: { type: String, default: null },
      decisionDueBy: { type: String, default: null },
    },
    finalisedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    finalisedAt: { type: Date, required: true },
  },
  { timestamps: true, strict: true },
);

export type OutcomeDoc = InferSchemaType<typeof outcomeSchema>;
export const Outcome = model('Outcome', outcomeSchema);
