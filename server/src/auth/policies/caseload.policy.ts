import type { Principal } from '../principal.ts';
import { canViewReview, type ReviewAccessFacts } from './review.policy.ts';

/** Only the school's SENDCo records what happened in a review cycle. */
export function canRecordReviewFacts(principal: Principal, review: ReviewAccessFacts): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review);
}

/** Only a SENDCo imports a caseload, into their own school. */
export function canImportCaseload(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco';
}

/** Only a SENDCo has calendar feeds of the school's meetings and deadlines. */
export function canManageCalendarFeeds(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco';
}

/** Only a SENDCo adds, changes, archives and deletes pupils. */
export function canManagePupils(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco';
}

/** Only a SENDCo invites and removes staff and changes the school's settings. */
export function canManageStaff(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco';
}
