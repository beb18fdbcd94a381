import { Schema, model, type InferSchemaType } from 'mongoose';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES, LIMITS } from '@ehcp/shared';

/**
 * A file attached to a review's papers or to one participant's contribution: what it is and
 * who attached it. The bytes are in GridFS (`attachment-files.ts`, bucket `attachments`) under
 * `fileId`; this row is written after them and deleted before them, so a listed file always has
 * its bytes (a crash between the two can leave bytes without a row; see decision 67).
 */
const attachmentSchema = new Schema(
  {
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true, index: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true },
    kind: { type: String, enum: ATTACHMENT_KINDS, required: true },
    /** The contribution's participant (contribution files only). */
    participantId: { type: Schema.Types.ObjectId, ref: 'Participant', default: null },
    uploadedBy: {
      type: new Schema(
        {
          kind: { type: String, enum: ['staff', 'participant'], required: true },
          id: { type: String, required: true },
          name: { type: String, required: true, maxlength: LIMITS.nameMax },
        },
        { _id: false },
      ),
      required: true,
    },
    /** Cleaned (sanitiseAttachmentName), ending in the detected type's extension. */
    name: { type: String, required: true, maxlength: LIMITS.attachmentNameMax },
    description: { type: String, default: '', maxlength: LIMITS.attachmentDescriptionMax },
    /** The type recognised from the content. */
    mime: { type: String, enum: Object.keys(ATTACHMENT_TYPES), required: true },
    size: { type: Number, required: true, min: 1, max: LIMITS.attachmentMaxBytes },
    sha256: { type: String, required: true, match: /^[0-9a-f]{64}$/ },
    fileId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, strict: true, versionKey: false },
);

export type AttachmentDoc = InferSchemaType<typeof attachmentSchema>;
export const Attachment = model('Attachment', attachmentSchema);
