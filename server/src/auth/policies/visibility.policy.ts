import { Participant } from '../../models/index.ts';
import type { StaffPrincipal } from '../principal.ts';

/**
 * Who is involved in a review, for involved-only visibility: the staff the SENDCo assigned, and
 * the emails of everyone invited as a participant whose link is not withdrawn.
 */
export interface ReviewInvolvement {
  assignedStaffIds: readonly string[];
  /** Lower case. */
  participantEmails: readonly string[];
}

/**
 * THE visibility rule for staff, used by every review policy (`canViewReview`) and, as a query,
 * by the caseload and This week ({@link visibleReviewFilter}): a SENDCo, or any staff member of a
 * school whose setting is `all`, sees every review of the school; under `involved` a teacher or
 * TA sees a review only when assigned to it or invited to it by their sign-in email.
 */
export function staffSeesReview(staff: StaffPrincipal, review: { schoolId: string } & Partial<ReviewInvolvement>): boolean {
  if (staff.schoolId !== review.schoolId) return false;
  if (!staff.seesOnlyInvolved) return true;
  return (
    (review.assignedStaffIds ?? []).includes(staff.userId) || (review.participantEmails ?? []).includes(staff.email.toLowerCase())
  );
}

/**
 * The same rule as a MongoDB filter on the `reviews` collection, for listing queries (the
 * caseload, This week): the school's reviews, narrowed to those the staff member is involved in
 * under involved-only visibility. Involvement by invitation is looked up first (one query),
 * because FerretDB has no `$lookup`.
 */
export async function visibleReviewFilter(staff: StaffPrincipal): Promise<Record<string, unknown>> {
  const base = { schoolId: staff.schoolId };
  if (!staff.seesOnlyInvolved) return base;
  const invited = await Participant.find(
    { schoolId: staff.schoolId, email: staff.email.toLowerCase(), revokedAt: null },
    { reviewId: 1 },
  ).lean();
  return { ...base, $or: [{ assignedStaffIds: staff.userId }, { _id: { $in: invited.map((p) => p.reviewId) } }] };
}
