import { LIMITS, type ShareLinkStatus, type ShareLinkSummary } from '@ehcp/shared';
import { User, type ShareLinkDoc } from '../../models/index.ts';
import { listEventsAbout } from '../audit/index.ts';

type StoredShareLink = ShareLinkDoc & { _id: unknown; createdAt: Date };

/** Characters of the address hash shown to the SENDCo: enough to tell addresses apart. */
const ADDRESS_REF_LENGTH = 12;

/** Withdrawn wins over expired: a withdrawn link stays withdrawn whatever its date. */
export function shareLinkStatus(link: { revokedAt?: Date | null; expiresAt: Date }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return 'revoked';
  return link.expiresAt <= now ? 'expired' : 'active';
}

/**
 * LA links as the SENDCo sees them: status, who created or withdrew them, and their views from
 * the audit trail (count, last, and the latest few with browser and address reference).
 */
export async function presentShareLinks(links: StoredShareLink[], now: Date): Promise<ShareLinkSummary[]> {
  const userIds = [...new Set(links.flatMap((link) => (link.revokedBy ? [link.createdBy, link.revokedBy] : [link.createdBy])))];
  const [users, views] = await Promise.all([
    User.find({ _id: { $in: userIds } })
      .select('name')
      .lean(),
    Promise.all(
      links.map((link) =>
        listEventsAbout(
          String(link.schoolId),
          'share_link.viewed',
          { kind: 'share-link', id: String(link._id) },
          LIMITS.shareLinkViewsListed,
        ),
      ),
    ),
  ]);
  const nameOf = (id: unknown) => users.find((user) => String(user._id) === String(id))?.name ?? 'Unknown staff member';
  return links.map((link, index) => {
    const { count, latest } = views[index]!;
    return {
      id: String(link._id),
      status: shareLinkStatus(link, now),
      createdAt: link.createdAt.toISOString(),
      createdBy: nameOf(link.createdBy),
      expiresAt: link.expiresAt.toISOString(),
      revokedAt: link.revokedAt ? link.revokedAt.toISOString() : null,
      revokedBy: link.revokedBy ? nameOf(link.revokedBy) : null,
      // Counted on the link; the trail holds one row per visit (decision 37), so rows ≤ views.
      viewCount: Math.max(link.viewCount ?? 0, count),
      lastViewedAt: link.lastViewedAt ? link.lastViewedAt.toISOString() : (latest[0]?.at ?? null),
      recentViews: latest.map((view) => ({
        at: view.at,
        userAgent: typeof view.details.userAgent === 'string' ? view.details.userAgent : null,
        addressRef: typeof view.details.addressHash === 'string' ? view.details.addressHash.slice(0, ADDRESS_REF_LENGTH) : null,
      })),
    };
  });
}
