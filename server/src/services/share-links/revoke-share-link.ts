import type { ShareLinkSummary } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { notFound } from '../../errors/index.ts';
import { ShareLink } from '../../models/index.ts';
import { recordAuditEvent, principalActor } from '../audit/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { presentShareLinks } from './present-share-link.ts';

/**
 * Withdraws an LA link: from now on it answers "no longer available", and pages open with it
 * lose their live connection at once. Idempotent: withdrawing
 * twice keeps the first time and records one audit event. An expired link can be withdrawn too.
 * @throws AppError share_link_not_found when the link is not one of this review's.
 */
export async function revokeShareLink(
  deps: { events: DomainEventBus },
  review: ReviewFacts,
  linkId: string,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<ShareLinkSummary> {
  const changed = await ShareLink.updateOne(
    { _id: linkId, reviewId: review.id, revokedAt: null },
    { $set: { revokedAt: now, revokedBy: staff.userId } },
  );
  const link = await ShareLink.findOne({ _id: linkId, reviewId: review.id }).lean();
  if (!link) throw notFound('link', 'share_link_not_found');
  if (changed.modifiedCount === 1)
    deps.events.emit('share-link.revoked', { reviewId: review.id, schoolId: review.schoolId, linkId });
  if (changed.modifiedCount === 1)
    await recordAuditEvent({
      schoolId: review.schoolId,
      action: 'share_link.revoked',
      actor: principalActor(staff),
      target: { kind: 'share-link', id: linkId },
      details: { reviewId: review.id },
      at: now,
    });
  const [summary] = await presentShareLinks([link], now);
  return summary!;
}
