import type { Principal } from '../principal.ts';
import { canViewReview, type ReviewAccessFacts } from './review.policy.ts';

/**
 * Only the school's SENDCo circulates a review's papers; any staff member of the school reads
 * the circulated pack (canViewReview), and each participant reads it through their own link.
 */
export function canCirculatePapers(principal: Principal, review: ReviewAccessFacts): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review);
}
