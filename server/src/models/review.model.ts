import { Schema, model, type InferSchemaType } from 'mongoose';
import { DEFAULT_MEETING_MINUTES, LIMITS } from '@ehcp/shared';
import { REVIEW_DECISIONS } from '@ehcp/shared/deadlines';

const isoDate = { type: String, match: /^\d{4}-\d{2}-\d{2}$/, default: null };

/**
 * One annual review cycle of a pupil's plan. The cycle's facts (dates that happened or are
 * booked) are stored; every deadline is derived from them by the engine when read.
 */
const reviewSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    pupilId: { type: Schema.Types.ObjectId, ref: 'Pupil', required: true, index: true },
    status: { type: String, enum: ['open', 'finalised'], default: 'open', required: true },
    finalisedAt: { type: Date, default: null },
    meetingDate: isoDate,
    meetingHeld: { type: Boolean, default: false },
    /** HH:MM in England's time, once the SENDCo sets it. */
    meetingTime: { type: String, match: /^([01]\d|2[0-3]):[0-5]\d$/, default: null },
    meetingDurationMinutes: { type: Number, min: 15, max: 480, default: DEFAULT_MEETING_MINUTES },
    meetingPlace: { type: String, maxlength: LIMITS.meetingPlaceMax, default: null },
    /** https link for joining online. */
    meetingVideoLink: { type: String, maxlength: LIMITS.videoLinkMax, default: null },
    papersCirculatedDate: isoDate,
    reportSentDate: isoDate,
    decision: { type: String, enum: [...REVIEW_DECISIONS, null], default: null },
    decisionNotifiedDate: isoDate,
    proposedAmendmentsSentDate: isoDate,
    finalPlanIssuedDate: isoDate,
    /** Staff the SENDCo assigned to this review (they see it under involved-only visibility). */
    assignedStaffIds: { type: [{ type: Schema.Types.ObjectId, ref: 'User' }], default: [] },
    /** The import that created this review, if any. */
    importId: { type: String, default: null },
  },
  { timestamps: true, strict: true },
);

export type ReviewDoc = InferSchemaType<typeof reviewSchema>;
export const Review = model('Review', reviewSchema);
