import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';

/** Request to create a read-only link for the local authority. */
export const CreateShareLinkRequestSchema = z.object({
  /** Days until the link stops working. */
  expiresInDays: z.coerce
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(LIMITS.shareLinkMaxDays, `must be at most ${LIMITS.shareLinkMaxDays} days`)
    .default(LIMITS.shareLinkDefaultDays),
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

/** Route params naming one LA link of one review. */
export const ShareLinkParamsSchema = z.object({ reviewId: IdSchema, linkId: IdSchema });

/** Where an LA link stands: working, past its expiry, or withdrawn by the school. */
export type ShareLinkStatus = 'active' | 'expired' | 'revoked';

/** One opening of an LA link, as the SENDCo sees it. */
export interface ShareLinkViewEntry {
  at: string;
  /** The browser's User-Agent header, cut to LIMITS.userAgentMax characters; null when none was sent. */
  userAgent: string | null;
  /** The start of the keyed hash of the viewer's address: equal references mean the same address. */
  addressRef: string | null;
}

/** An LA link as listed to the SENDCo (never includes the token). */
export interface ShareLinkSummary {
  id: string;
  status: ShareLinkStatus;
  createdAt: string;
  /** Name of the staff member who created it. */
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  viewCount: number;
  lastViewedAt: string | null;
  /** The latest views, newest first, at most LIMITS.shareLinkViewsListed. */
  recentViews: ShareLinkViewEntry[];
}
