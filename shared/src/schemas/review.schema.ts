import { z } from 'zod';
import { IdSchema } from './common.schema.ts';

export * from './recommendation.schema.ts';
export type * from './doc-json.ts';

/** Path parameters naming one review. */
export const ReviewParamsSchema = z.object({ reviewId: IdSchema });

/**
 * What the SENDCo submits to finalise a review: nothing, deliberately. The recommendation,
 * reasons and everything else come from the co-edited meeting report, so what is finalised is
 * exactly what the meeting wrote.
 */
export const FinaliseReviewRequestSchema = z.object({}).strict();
export type FinaliseReviewRequest = z.infer<typeof FinaliseReviewRequestSchema>;
