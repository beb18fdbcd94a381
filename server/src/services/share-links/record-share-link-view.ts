import { LIMITS } from '@ehcp/shared';
import { keyedHash, type ShareLinkPrincipal } from '../../auth/index.ts';
import { ShareLink } from '../../models/index.ts';
import { recordAuditEvent, type LinkViewOptions } from '../audit/index.ts';

/** What the server learns about whoever opens an LA link, as the HTTP layer read it. */
export interface LinkViewer {
  /** The User-Agent header, if any. */
  userAgent: string | undefined;
  /** The client's IP address (Express's `req.ip`; see docs/architecture.md on `trust proxy`). */
  address: string | undefined;
}

/** The same IPv4 address arrives as `::ffff:a.b.c.d` on a dual-stack socket; hash one form. */
function normaliseAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

/** The User-Agent without control characters, cut to LIMITS.userAgentMax; null when empty. */
function cleanUserAgent(userAgent: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = (userAgent ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned ? cleaned.slice(0, LIMITS.userAgentMax) : null;
}

/**
 * Records one view of an LA link: counted on the link (every view), and, unless `recordView` is
 * false (this viewer's visit was recorded moments ago), an audit row with the time, the browser's
 * User-Agent (cut to a limit) and an HMAC of the viewer's address under a server-side secret,
 * never the address.
 */
export async function recordShareLinkView(
  link: Pick<ShareLinkPrincipal, 'linkId' | 'reviewId' | 'schoolId'>,
  viewer: LinkViewer,
  addressSecret: string,
  { recordView = true, now: at = new Date() }: LinkViewOptions = {},
): Promise<void> {
  await ShareLink.updateOne({ _id: link.linkId }, { $inc: { viewCount: 1 }, $set: { lastViewedAt: at } });
  if (!recordView) return;
  await recordAuditEvent({
    schoolId: link.schoolId,
    action: 'share_link.viewed',
    actor: { kind: 'share-link', id: link.linkId, name: 'Local authority (read-only link)' },
    target: { kind: 'share-link', id: link.linkId },
    details: {
      reviewId: link.reviewId,
      userAgent: cleanUserAgent(viewer.userAgent),
      addressHash: viewer.address ? keyedHash(normaliseAddress(viewer.address), addressSecret) : null,
    },
    at,
  });
}
