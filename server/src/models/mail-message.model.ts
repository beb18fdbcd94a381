import { Schema, model, type InferSchemaType } from 'mongoose';
import { LIMITS } from '@ehcp/shared';

/**
 * The outbox: every email the app sends is recorded here first. With SMTP configured it is also
 * sent and its status updated; without, it stays `queued` for the SENDCo to see and forward.
 */
const mailMessageSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    to: { type: String, required: true, maxlength: LIMITS.emailMax },
    subject: { type: String, required: true, maxlength: 300 },
    /** The body without its personal links (they are in `sealedLinks`). */
    text: { type: String, required: true, maxlength: 20_000 },
    /**
     * Where each personal link goes in `text`, encrypted under a key derived from OUTBOX_SECRET;
     * `sealed` is null once the message was sent (the link is then not kept at all).
     */
    sealedLinks: {
      type: [
        new Schema({ at: { type: Number, required: true, min: 0 }, sealed: { type: String, default: null } }, { _id: false }),
      ],
      default: [],
    },
    html: { type: String, default: null, maxlength: 40_000 },
    status: { type: String, enum: ['queued', 'sent', 'failed'], required: true, default: 'queued' },
    error: { type: String, default: null, maxlength: 500 },
    sentAt: { type: Date, default: null },
  },
  { timestamps: true, strict: true },
);
mailMessageSchema.index({ schoolId: 1, _id: -1 });

export type MailMessageDoc = InferSchemaType<typeof mailMessageSchema>;
export const MailMessage = model('MailMessage', mailMessageSchema);
