import { Schema, model, type InferSchemaType } from 'mongoose';

/** One annual review cycle of a pupil's plan. */
const reviewSchema = new Schema(
  {
    schoolId: { type: Schema.Types.ObjectId, ref: 'School', required: true, index: true },
    pupilId: { type: Schema.Types.ObjectId, ref: 'Pupil', required: true, index: true },
    status: { type: String, enum: ['open', 'finalised'], default: 'open', required: true },
    finalisedAt: { type: Date, default: null },
  },
  { timestamps: true, strict: true },
);

export type ReviewDoc = InferSchemaType<typeof reviewSchema>;
export const Review = model('Review', reviewSchema);
