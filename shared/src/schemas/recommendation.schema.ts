import { z } from 'zod';

/** The three decisions an annual review can recommend (CFA 2014 s44; SEND Regs 2014 reg 20). */
export const RecommendationSchema = z.enum(['maintain', 'amend', 'cease']);
export type Recommendation = z.infer<typeof RecommendationSchema>;
