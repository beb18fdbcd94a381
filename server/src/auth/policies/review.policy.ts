import type { Principal } from '../principal.ts';
import { staffSeesReview, type ReviewInvolvement } from './visibility.policy.ts';

/**
 * The facts about a review that access decisions depend on. Without the involvement, a staff
 * member under involved-only visibility is treated as not involved (the safe side).
 */
export interface ReviewAccessFacts extends Partial<ReviewInvolvement> {
  id: string;
  schoolId: string;
  status: 'open' | 'finalised';
}

/** How a principal may use a review's report document. */
export type DocRole = 'editor' | 'viewer';

/**
 * Whether the principal may see the review at all (tenant boundary, link scope, and the school's
 * staff visibility setting: visibility.policy.ts).
 */
export function canViewReview(principal: Principal, review: ReviewAccessFacts): boolean {
  if (principal.kind === 'staff') return staffSeesReview(principal, review);
  return principal.reviewId === review.id && principal.schoolId === review.schoolId;
}

/** Only the school's SENDCo finalises, and only once. */
export function canFinaliseReview(principal: Principal, review: ReviewAccessFacts): boolean {
  return (
    principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review) && review.status === 'open'
  );
}

/** Only the SENDCo shares a finalised review with the local authority. */
export function canShareReview(principal: Principal, review: ReviewAccessFacts): boolean {
  return (
    principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review) && review.status === 'finalised'
  );
}

/** Only the school's SENDCo lists and withdraws a review's LA links, whatever the review's status. */
export function canManageShareLinks(principal: Principal, review: ReviewAccessFacts): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review);
}

/**
 * The role on the report document: staff of the school edit an open report; a finalised
 * report is read-only for everyone; LA links read it only once finalised (the agreed record,
 * never a draft, as on their page). Null means no access.
 */
export function reportRoleFor(principal: Principal, review: ReviewAccessFacts): DocRole | null {
  if (!canViewReview(principal, review)) return null;
  if (principal.kind === 'share-link') return review.status === 'finalised' ? 'viewer' : null;
  return review.status === 'finalised' ? 'viewer' : 'editor';
}
