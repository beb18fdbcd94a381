import { Schema, model, type InferSchemaType } from 'mongoose';
import { LANGUAGES, LIMITS, PARTICIPANT_ROLES } from '@ehcp/shared';

/**
 * Someone invited to contribute to one review through a personal link. Only the SHA-256 of the
 * link token is stored; resending an invitation replaces it (the old link stops working).
 */
const participantSchema = new Schema(
  {
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true, index: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    name: { type: String, required: true, maxlength: LIMITS.nameMax },
    email: { type: String, required: true, maxlength: LIMITS.emailMax },
    role: { type: String, enum: PARTICIPANT_ROLES, required: true },
    /** YYYY-MM-DD the contribution is needed by. */
    dueDate: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    tokenHash: { type: String, required: true, unique: true, select: false },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    invitedAt: { type: Date, required: true },
    openedAt: { type: Date, default: null },
    invitedBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    /** The language their page is shown in; set by the SENDCo, changeable by them. Older rows: English. */
    language: { type: String, enum: LANGUAGES, default: 'en' },
    /** "I would rather talk to someone": when they asked to be phoned, and where. */
    callRequest: {
      type: new Schema(
        {
          at: { type: Date, required: true },
          phone: { type: String, required: true, maxlength: LIMITS.phoneMax },
          bestTime: { type: String, default: null, maxlength: LIMITS.callNoteMax },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { timestamps: true, strict: true },
);

// One invitation per person per review: a retried "add" cannot invite someone twice.
participantSchema.index({ reviewId: 1, email: 1 }, { unique: true });

export type ParticipantDoc = InferSchemaType<typeof participantSchema>;
export const Participant = model('Participant', participantSchema);
