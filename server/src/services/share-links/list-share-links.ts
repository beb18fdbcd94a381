import type { ShareLinkSummary } from '@ehcp/shared';
import { ShareLink } from '../../models/index.ts';
import { presentShareLinks } from './present-share-link.ts';

/** A review's LA links, newest first, with status and views; never their tokens (only hashes exist). */
export async function listShareLinks(reviewId: string, now = new Date()): Promise<ShareLinkSummary[]> {
  const links = await ShareLink.find({ reviewId }).sort({ _id: -1 }).lean();
  return presentShareLinks(links, now);
}
