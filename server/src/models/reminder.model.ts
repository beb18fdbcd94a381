import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * One reminder to one participant, and the job state of sending it. Inserting the row is the
 * claim: the unique `{participantId, key}` index lets exactly one process (or one request) win,
 * so a reminder is never sent twice, across restarts and server processes. `mailStatus` stays
 * null while the claim is being sent; a row left so by a crash is never sent again (at most once,
 * decision 22).
 */
const reminderSchema = new Schema(
  {
    participantId: { type: Schema.Types.ObjectId, ref: 'Participant', required: true },
    reviewId: { type: Schema.Types.ObjectId, ref: 'Review', required: true, index: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true },
    /** A `REMINDER_SCHEDULE` key, or `nudge:<YYYY-MM-DD>` for a SENDCo's nudge. */
    key: { type: String, required: true, maxlength: 64 },
    kind: { type: String, enum: ['automatic', 'nudge'], required: true },
    /** The due date the reminder stated (YYYY-MM-DD). */
    dueDate: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    /** The staff member who nudged; null for automatic reminders. */
    requestedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    claimedAt: { type: Date, required: true },
    /** What happened to the email; null while it is being sent (or if sending was interrupted). */
    mailStatus: { type: String, enum: ['queued', 'sent', 'failed', null], default: null },
    completedAt: { type: Date, default: null },
  },
  { strict: true, versionKey: false },
);
reminderSchema.index({ participantId: 1, key: 1 }, { unique: true });

export type ReminderDoc = InferSchemaType<typeof reminderSchema>;
export const Reminder = model('Reminder', reminderSchema);
