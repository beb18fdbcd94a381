import { EMPTY_REVIEW_CYCLE_FACTS, type ReviewCycleFacts } from '@ehcp/shared';

/** The cycle facts stored on a review document. */
export function cycleFactsOf(review: Partial<Record<keyof ReviewCycleFacts, unknown>>): ReviewCycleFacts {
  const facts = { ...EMPTY_REVIEW_CYCLE_FACTS };
  for (const key of Object.keys(facts) as (keyof ReviewCycleFacts)[]) {
    const value = review[key];
    if (value !== undefined && value !== null) (facts as Record<string, unknown>)[key] = value;
  }
  return facts;
}
