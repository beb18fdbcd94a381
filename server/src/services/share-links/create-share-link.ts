import type { CreatedShareLink, CreateShareLinkRequest } from '@ehcp/shared';
import { createToken, hashToken } from '../../auth/index.ts';
import { ShareLink } from '../../models/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { recordAuditEvent, staffActor } from '../audit/index.ts';

/**
 * Creates a read-only local-authority link to a finalised review.
 * @returns the link URL with its token; the token is not stored and cannot be shown again.
 */
export async function createShareLink(
  review: ReviewFacts,
  input: CreateShareLinkRequest,
  actorId: string,
  publicUrl: string,
  now = new Date(),
): Promise<CreatedShareLink> {
  const token = createToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  const link = await ShareLink.create({
    tokenHash: hashToken(token),
    reviewId: review.id,
    schoolId: review.schoolId,
    createdBy: actorId,
    expiresAt,
  });
  await recordAuditEvent({
    schoolId: review.schoolId,
    action: 'share_link.created',
    actor: await staffActor(actorId),
    target: { kind: 'share-link', id: String(link._id) },
    details: { reviewId: review.id, expiresAt: expiresAt.toISOString() },
  });
  return { id: String(link._id), url: `${publicUrl.replace(/\/$/, '')}/la/${token}`, expiresAt: expiresAt.toISOString() };
}
