import { z } from 'zod';
import { LIMITS } from './limits.ts';
import type { ReviewOutcome } from './review.schema.ts';

/** Request to create a read-only link for the local authority. */
export const CreateShareLinkRequestSchema = z.object({
  /** Days until the link stops working. */
  expiresInDays: z.coerce.number().int().min(1).max(LIMITS.shareLinkMaxDays).default(LIMITS.shareLinkDefaultDays),
});
export type CreateShareLinkRequest = z.infer<typeof CreateShareLinkRequestSchema>;

/** Share-link tokens are 32 random bytes in base64url (43 characters). */
export const ShareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a valid link');
export const ShareTokenParamsSchema = z.object({ token: ShareTokenSchema });

/** A created link; the token is shown once and stored only as a hash. */
export interface CreatedShareLink {
  id: string;
  url: string;
  expiresAt: string;
}

/** What the LA sees behind a link. */
export interface SharedOutcomeView {
  pupilName: string;
  schoolName: string;
  reviewDueBy: string;
  outcome: ReviewOutcome;
  reportDocName: string;
}
