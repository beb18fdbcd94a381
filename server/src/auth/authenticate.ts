import { ShareTokenSchema, type Language, type ParticipantRole } from '@ehcp/shared';
import { Participant, School, Session, ShareLink, User } from '../models/index.ts';
import type { ParticipantPrincipal, ShareLinkPrincipal, StaffPrincipal } from './principal.ts';
import { hashToken } from './tokens.ts';

/** Resolves a session cookie token to the signed-in staff member, or null if unknown or expired. */
export async function authenticateSession(token: string | undefined, now = new Date()): Promise<StaffPrincipal | null> {
  if (!token || token.length > 100) return null;
  const session = await Session.findOne({ tokenHash: hashToken(token), expiresAt: { $gt: now } }).lean();
  if (!session) return null;
  const user = await User.findById(session.userId).lean();
  if (!user || user.removedAt) return null;
  const school = await School.findById(user.schoolId, { staffCaseloadVisibility: 1 }).lean();
  return {
    kind: 'staff',
    userId: String(user._id),
    schoolId: String(user.schoolId),
    role: user.role,
    name: user.name,
    email: user.email,
    seesOnlyInvolved: user.role !== 'sendco' && school?.staffCaseloadVisibility === 'involved',
    sessionId: String(session._id),
    expiresAt: session.expiresAt,
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
    expiresAt: link.expiresAt,
  };
}

/** Resolves a participant-link token to its principal, or null when malformed, unknown, expired or revoked. */
export async function authenticateParticipant(token: string | undefined, now = new Date()): Promise<ParticipantPrincipal | null> {
  // Same token format as share links: 32 random bytes, base64url.
  if (!ShareTokenSchema.safeParse(token).success) return null;
  const participant = await Participant.findOne({ tokenHash: hashToken(token!) }).lean();
  if (!participant || participant.revokedAt || participant.expiresAt <= now) return null;
  return {
    kind: 'participant',
    participantId: String(participant._id),
    reviewId: String(participant.reviewId),
    schoolId: String(participant.schoolId),
    role: participant.role as ParticipantRole,
    name: participant.name,
    dueDate: participant.dueDate,
    expiresAt: participant.expiresAt,
    language: (participant.language ?? 'en') as Language,
  };
}
