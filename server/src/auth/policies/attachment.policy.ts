import type { ParticipantPrincipal, Principal } from '../principal.ts';
import { canViewReview, type ReviewAccessFacts } from './review.policy.ts';

/** The facts about one attached file that access decisions depend on. */
export interface AttachmentAccessFacts {
  reviewId: string;
  schoolId: string;
  kind: 'papers' | 'contribution';
  /** The contribution's participant (contribution files only). */
  participantId: string | null;
}

/**
 * Only the school's SENDCo attaches files to the papers and removes attached files (papers or
 * contributions: a file that should not be there), and only while the review is open. Any staff
 * member who sees the review reads them (canViewReview).
 */
export function canManageAttachments(principal: Principal, review: ReviewAccessFacts): boolean {
  return principal.kind === 'staff' && principal.role === 'sendco' && canViewReview(principal, review);
}

/** What the circulated papers of the participant's review hold, as far as files go. */
export interface CirculatedFacts {
  /** Whether the papers have been circulated at all. */
  isCirculated: boolean;
  /** Participants whose contributions are in the latest circulated pack. */
  packParticipantIds: readonly string[];
}

/**
 * A participant reads their own contribution's files at any time, and, once the papers are
 * circulated, the files attached to the papers and to the contributions in the latest pack
 * (what everyone invited reads, decision 22). Never another participant's file before it is
 * circulated, and never another review's.
 */
export function participantMayReadAttachment(
  participant: ParticipantPrincipal,
  file: AttachmentAccessFacts,
  circulated: CirculatedFacts,
): boolean {
  if (file.reviewId !== participant.reviewId || file.schoolId !== participant.schoolId) return false;
  if (file.kind === 'contribution' && file.participantId === participant.participantId) return true;
  if (!circulated.isCirculated) return false;
  if (file.kind === 'papers') return true;
  return file.participantId !== null && circulated.packParticipantIds.includes(file.participantId);
}

/**
 * A participant attaches files to, and removes them from, their own contribution only, and
 * only until they send it (it is then locked, like the text) or the review is finalised.
 */
export function participantMayChangeAttachments(
  participant: ParticipantPrincipal,
  contribution: { isSubmitted: boolean; isReviewFinalised: boolean },
): boolean {
  return !contribution.isSubmitted && !contribution.isReviewFinalised && participant.kind === 'participant';
}

/** Whether a file of this review is the participant's own (for removal). */
export const isOwnAttachment = (participant: ParticipantPrincipal, file: AttachmentAccessFacts) =>
  file.kind === 'contribution' &&
  file.participantId === participant.participantId &&
  file.reviewId === participant.reviewId &&
  file.schoolId === participant.schoolId;
