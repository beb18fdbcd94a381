import { Schema, model } from 'mongoose';

/** A SENDCo's ICS calendar feed. Only the SHA-256 of its token is stored, like share links. */
const calendarFeedSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true, strict: true },
);

export const CalendarFeed = model('CalendarFeed', calendarFeedSchema);
