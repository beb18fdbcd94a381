import type { IncomingMessage } from 'node:http';
import { CollabCloseCodes, parseDocName } from '@ehcp/shared';
import {
  authenticateSession,
  authenticateShareLink,
  readCookie,
  reportRoleFor,
  SESSION_COOKIE,
  type Principal,
} from '../auth/index.ts';
import { loadReviewFacts } from '../services/index.ts';
import type { AuthorizeConnection } from './yjs/index.ts';

const CARET_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'];

/** A stable caret colour per user, chosen from colours with good contrast on white. */
export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CARET_COLOURS[hash % CARET_COLOURS.length]!;
}

async function principalFor(req: IncomingMessage): Promise<Principal | null> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const shareToken = url.searchParams.get('share');
  if (shareToken !== null) return authenticateShareLink(shareToken);
  return authenticateSession(readCookie(req.headers.cookie, SESSION_COOKIE));
}

/** Authorises a document connection: staff by session cookie, the LA by its link token (`?share=`). */
export const authorizeCollabConnection: AuthorizeConnection = async (req, docName) => {
  const parsed = parseDocName(docName);
  if (!parsed) return { refuse: CollabCloseCodes.notFound, reason: 'unknown document' };
  const principal = await principalFor(req);
  if (!principal) return { refuse: CollabCloseCodes.unauthorized, reason: 'sign in required' };
  const review = await loadReviewFacts(parsed.reviewId).catch(() => null);
  const role = review ? reportRoleFor(principal, review) : null;
  if (!role) return { refuse: CollabCloseCodes.forbidden, reason: 'no access to this document' };
  const userId = principal.kind === 'staff' ? principal.userId : `share:${principal.linkId}`;
  return { identity: { role, userId, name: principal.name, color: colourFor(userId) } };
};
