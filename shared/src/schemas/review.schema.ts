import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';

/** The three decisions an annual review can recommend (CFA 2014 s44; SEND Regs 2014 reg 20). */
export const RecommendationSchema = z.enum(['maintain', 'amend', 'cease']);
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** Path parameters naming one review. */
export const ReviewParamsSchema = z.object({ reviewId: IdSchema });

/** What the SENDCo submits to finalise a review. */
export const FinaliseReviewRequestSchema = z.object({
  /** The recommendation to the local authority. */
  recommendation: RecommendationSchema,
  /** Why; shown to the LA with the outcome. */
  reasons: z.string().trim().min(1, 'is required').max(LIMITS.reasonsMax),
});
export type FinaliseReviewRequest = z.infer<typeof FinaliseReviewRequestSchema>;

/** A ProseMirror/Tiptap JSON node, as stored in snapshots and sent to read-only viewers. */
export interface DocJsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJsonNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** The finalised outcome of a review. */
export interface ReviewOutcome {
  recommendation: Recommendation;
  reasons: string;
  finalisedAt: string;
  finalisedBy: string;
  report: DocJsonNode;
}

/** A review as the workspace page sees it. */
export interface ReviewDetail {
  id: string;
  pupilName: string;
  yearGroup: number;
  reviewDueBy: string;
  status: 'open' | 'finalised';
  reportDocName: string;
  canFinalise: boolean;
  outcome: ReviewOutcome | null;
}
