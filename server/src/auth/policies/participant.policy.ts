import type { Principal } from '../principal.ts';
import { canViewReview, type ReviewAccessFacts } from './review.policy.ts';

/** Only the school's SENDCo adds, lists, revokes, resends and removes a review's participants. */
export function canManageParticipants(principal: Principal, review: ReviewAccessFacts): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review);
}

/** Only the SENDCo sees the school's outbox and audit trail. */
export function canSeeSchoolRecords(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco';
}

/** Only the SENDCo keeps the school's address book (teachers and TAs do not invite people). */
export function canManageAddressBook(principal: Principal): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco';
}
