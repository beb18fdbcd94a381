import type { IncomingMessage } from 'node:http';
import { CollabCloseCodes, PARTICIPANT_TOKEN_PARAM, parseDocName, type ParsedDocName } from '@ehcp/shared';
import {
  authenticateParticipant,
  authenticateSession,
  authenticateShareLink,
  contributionRoleFor,
  participantReportRoleFor,
  readCookie,
  reportRoleFor,
  SESSION_COOKIE,
  type DocRole,
  type ParticipantPrincipal,
  type Principal,
} from '../auth/index.ts';
import { getParticipantReviewId, isContributionSubmitted, loadReviewFacts } from '../services/index.ts';
import type { AuthorizeConnection } from './yjs/index.ts';

const CARET_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'];

/** A stable caret colour per user, chosen from colours with good contrast on white. */
export function colourFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CARET_COLOURS[hash % CARET_COLOURS.length]!;
}

async function principalFor(req: IncomingMessage): Promise<Principal | ParticipantPrincipal | null> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const shareToken = url.searchParams.get('share');
  if (shareToken !== null) return authenticateShareLink(shareToken);
  const participantToken = url.searchParams.get(PARTICIPANT_TOKEN_PARAM);
  if (participantToken !== null) return authenticateParticipant(participantToken);
  return authenticateSession(readCookie(req.headers.cookie, SESSION_COOKIE));
}

async function roleFor(principal: Principal | ParticipantPrincipal, doc: ParsedDocName): Promise<DocRole | null> {
  const review = await loadReviewFacts(doc.reviewId).catch(() => null);
  if (!review) return null;
  if (doc.kind === 'report')
    return principal.kind === 'participant' ? participantReportRoleFor(principal, review) : reportRoleFor(principal, review);
  const [participantReviewId, isSubmitted] = await Promise.all([
    getParticipantReviewId(doc.participantId),
    isContributionSubmitted(doc.participantId),
  ]);
  return contributionRoleFor(principal, {
    reviewId: review.id,
    schoolId: review.schoolId,
    participantId: doc.participantId,
    participantReviewId,
    isSubmitted,
    isReviewFinalised: review.status === 'finalised',
  });
}

function userIdOf(principal: Principal | ParticipantPrincipal): string {
  if (principal.kind === 'staff') return principal.userId;
  if (principal.kind === 'participant') return `participant:${principal.participantId}`;
  return `share:${principal.linkId}`;
}

/**
 * Authorises a document connection: staff by session cookie, the LA by its link token
 * (`?share=`), a participant by their personal link token (`?participant=`).
 */
export const authorizeCollabConnection: AuthorizeConnection = async (req, docName) => {
  const parsed = parseDocName(docName);
  if (!parsed) return { refuse: CollabCloseCodes.notFound, reason: 'unknown document' };
  const principal = await principalFor(req);
  if (!principal) return { refuse: CollabCloseCodes.unauthorized, reason: 'sign in required' };
  const role = await roleFor(principal, parsed);
  if (!role) return { refuse: CollabCloseCodes.forbidden, reason: 'no access to this document' };
  const userId = userIdOf(principal);
  return { identity: { role, userId, name: principal.name, color: colourFor(userId) } };
};
