import type { Language, ParticipantRole, StaffRole } from '@ehcp/shared';

/** A signed-in staff member. */
export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  schoolId: string;
  role: StaffRole;
  name: string;
  /** Their sign-in email (lower case): how participant invitations name them. */
  email: string;
  /**
   * True for a teacher or TA in a school whose SENDCo set involved-only visibility: they see only
   * reviews they are invited to or assigned to (policies/visibility.policy.ts).
   */
  seesOnlyInvolved: boolean;
  /** The session this principal signed in with (access changes end its connections). */
  sessionId: string;
  /** When that session expires. */
  expiresAt: Date;
}

/** Someone holding a local-authority read-only link to one review. */
export interface ShareLinkPrincipal {
  kind: 'share-link';
  linkId: string;
  reviewId: string;
  schoolId: string;
  name: string;
  /** When the link stops working. */
  expiresAt: Date;
}

export type Principal = StaffPrincipal | ShareLinkPrincipal;

/**
 * Someone holding a personal participant link to one review. Deliberately not part of
 * `Principal`: participants reach only their own contribution, the circulated papers and the
 * meeting report of their one review (each by its own policy), never the review's other records,
 * so no review policy can grant them anything by accident.
 */
export interface ParticipantPrincipal {
  kind: 'participant';
  participantId: string;
  reviewId: string;
  schoolId: string;
  role: ParticipantRole;
  name: string;
  /** YYYY-MM-DD their contribution is due. */
  dueDate: string;
  /** When their link stops working. */
  expiresAt: Date;
  /** The language their page is shown in. */
  language: Language;
}
