import { ShareTokenSchema } from '@ehcp/shared';
import { Session, ShareLink, User } from '../models/index.ts';
import type { ShareLinkPrincipal, StaffPrincipal } from './principal.ts';
import { hashToken } from './tokens.ts';

/** Resolves a session cookie token to the signed-in staff member, or null if unknown or expired. */
export async function authenticateSession(token: string | undefined, now = new Date()): Promise<StaffPrincipal | null> {
  if (!token || token.length > 100) return null;
  const session = await Session.findOne({ tokenHash: hashToken(token), expiresAt: { $gt: now } }).lean();
  if (!session) return null;
  const user = await User.findById(session.userId).lean();
  if (!user) return null;
  return {
    kind: 'staff',
    userId: String(user._id),
    schoolId: String(user.schoolId),
    role: user.role,
    name: user.name,
  };
}

/** Resolves a share-link token to its principal, or null when malformed, unknown, expired or revoked. */
export async function authenticateShareLink(token: string | undefined, now = new Date()): Promise<ShareLinkPrincipal | null> {
  if (!ShareTokenSchema.safeParse(token).success) return null;
  const link = await ShareLink.findOne({ tokenHash: hashToken(token!) }).lean();
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  return {
    kind: 'share-link',
    linkId: String(link._id),
    reviewId: String(link.reviewId),
    schoolId: String(link.schoolId),
    name: 'Local authority (read-only)',
  };
}
