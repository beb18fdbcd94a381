import type { ParticipantPrincipal, Principal } from '../principal.ts';
import type { DocRole } from './review.policy.ts';

/** The facts about a contribution draft that access decisions depend on. */
export interface ContributionAccessFacts {
  reviewId: string;
  schoolId: string;
  participantId: string;
  /** The review the named participant was invited to; null when there is no such participant. */
  participantReviewId: string | null;
  isSubmitted: boolean;
  isReviewFinalised: boolean;
}

/**
 * The role on a contribution draft: its own participant writes it until it is submitted (or
 * the review is finalised), then reads it; staff of the school read it; nobody else, and
 * never an LA link, sees it.
 */
export function contributionRoleFor(principal: Principal | ParticipantPrincipal, draft: ContributionAccessFacts): DocRole | null {
  // A draft exists only for a participant of its own review: any other name is refused, never
  // opened (or seeded with that participant's prompts) under a review they do not belong to.
  if (draft.participantReviewId !== draft.reviewId) return null;
  if (principal.kind === 'participant') {
    const isOwn =
      principal.participantId === draft.participantId &&
      principal.reviewId === draft.reviewId &&
      principal.schoolId === draft.schoolId;
    if (!isOwn) return null;
    return draft.isSubmitted || draft.isReviewFinalised ? 'viewer' : 'editor';
  }
  if (principal.kind === 'staff') return principal.schoolId === draft.schoolId ? 'viewer' : null;
  return null;
}

/**
 * The role of a participant on their review's meeting report: everyone invited takes part in
 * the meeting, so they co-edit the report while the review is open and read it once finalised.
 * Never another review's report.
 */
export function participantReportRoleFor(
  participant: ParticipantPrincipal,
  review: { id: string; schoolId: string; status: 'open' | 'finalised' },
): DocRole | null {
  if (participant.reviewId !== review.id || participant.schoolId !== review.schoolId) return null;
  return review.status === 'finalised' ? 'viewer' : 'editor';
}
