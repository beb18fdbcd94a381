import { z } from 'zod';

/** The three decisions an annual review can recommend (CFA 2014 s44; SEND Regs 2014 reg 20). */
export const RecommendationSchema = z.enum(['maintain', 'amend', 'cease']);
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** The recommendations as people read them, in the order they are offered. */
export const RECOMMENDATION_OPTIONS: readonly { value: Recommendation; label: string }[] = [
  { value: 'maintain', label: 'Maintain the plan' },
  { value: 'amend', label: 'Amend the plan' },
  { value: 'cease', label: 'Cease the plan' },
];

/** The label of the option with this value, or `fallback` when none is chosen or it is unknown. */
export function optionLabel(
  options: readonly { value: string; label: string }[],
  value: string | null,
  fallback = 'Not recorded',
): string {
  return options.find((option) => option.value === value)?.label ?? fallback;
}
