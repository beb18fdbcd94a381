import type { StaffRole } from '@ehcp/shared';

/** A signed-in staff member. */
export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  schoolId: string;
  role: StaffRole;
  name: string;
}

/** Someone holding a local-authority read-only link to one review. */
export interface ShareLinkPrincipal {
  kind: 'share-link';
  linkId: string;
  reviewId: string;
  schoolId: string;
  name: string;
}

export type Principal = StaffPrincipal | ShareLinkPrincipal;
