import type { IncomingMessage } from 'node:http';
import type DataLoader from 'dataloader';
import {
  CollabCloseCodes,
  CollabCloseReasons,
  PARTICIPANT_TOKEN_PARAM,
  parseDocName,
  writerForParticipant,
  writerForStaff,
  writerLabel,
  type CollabRole,
  type ParsedDocName,
} from '@ehcp/shared';
import {
  authenticateParticipant,
  authenticateSession,
  authenticateShareLink,
  contributionRoleFor,
  participantReportRoleFor,
  hashToken,
  readCookie,
  reportRoleFor,
  SESSION_COOKIE,
  type ParticipantPrincipal,
  type Principal,
} from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { getParticipantReviewId, isContributionSubmitted, loadManyReviewFacts, type ReviewFacts } from '../../services/index.ts';
import type { ClusterBus } from '../../cluster/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import { ConnectionRefusal, type ConnectionIdentity, type Extension } from '../documents/index.ts';
import { batchLoader } from '../persistence/batch-loader.ts';
import { CredentialCache } from './credential-cache.ts';
import { colourFor } from './caret-colours.ts';

type AnyPrincipal = Principal | ParticipantPrincipal;

/** The principal behind an upgrade: an LA link (`?share=`), a participant link, or a staff session cookie. */
async function principalFor(request: IncomingMessage, url: URL, cache: CredentialCache): Promise<AnyPrincipal> {
  const shareToken = url.searchParams.get('share');
  const participantToken = url.searchParams.get(PARTICIPANT_TOKEN_PARAM);
  if (shareToken !== null || participantToken !== null) {
    const principal =
      shareToken !== null
        ? await cache.principal(`share:${hashToken(shareToken)}`, () => authenticateShareLink(shareToken))
        : await cache.principal(`participant:${hashToken(participantToken!)}`, () => authenticateParticipant(participantToken!));
    if (!principal) throw new ConnectionRefusal(CollabCloseCodes.unauthorized, CollabCloseReasons.linkUnavailable);
    return principal;
  }
  const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
  const staff = cookie ? await cache.principal(`session:${hashToken(cookie)}`, () => authenticateSession(cookie)) : null;
  if (!staff) throw new ConnectionRefusal(CollabCloseCodes.unauthorized, CollabCloseReasons.signInRequired);
  return staff;
}

const isNotFound = (error: unknown) => error instanceof AppError && error.status === 404;

/** The role on one of our documents, with its reason; null when there is no access. */
async function roleFor(
  principal: AnyPrincipal,
  doc: ParsedDocName,
  cache: CredentialCache,
  reviews: DataLoader<string, ReviewFacts>,
): Promise<CollabRole | null> {
  let review;
  try {
    review = await cache.review(doc.reviewId, () => reviews.load(doc.reviewId));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error; // the database: transient, never a permanent refusal
  }
  const isFinalised = review.status === 'finalised';
  if (doc.kind === 'report') {
    const role =
      principal.kind === 'participant' ? participantReportRoleFor(principal, review) : reportRoleFor(principal, review);
    if (!role) return null;
    if (role === 'editor') return { role, reason: 'open' };
    return { role, reason: principal.kind === 'share-link' ? 'read-only-link' : 'finalised' };
  }
  const [participantReviewId, isSubmitted] = await Promise.all([
    getParticipantReviewId(doc.participantId),
    isContributionSubmitted(doc.participantId),
  ]);
  const role = contributionRoleFor(principal, {
    reviewId: review.id,
    schoolId: review.schoolId,
    participantId: doc.participantId,
    participantReviewId,
    isSubmitted,
    isReviewFinalised: isFinalised,
  });
  if (!role) return null;
  if (role === 'editor') return { role, reason: 'open' };
  if (principal.kind === 'staff') return { role, reason: 'reader' };
  return { role, reason: isSubmitted ? 'submitted' : 'finalised' };
}

/** The keys by which access changes find a principal's connections (see access-changes.ts). */
export function accessKeysOf(principal: AnyPrincipal): string[] {
  if (principal.kind === 'staff') return [`session:${principal.sessionId}`, `user:${principal.userId}`];
  if (principal.kind === 'participant') return [`participant:${principal.participantId}`];
  return [`share-link:${principal.linkId}`];
}

/**
 * Which parts of a meeting report an editor may write, and what they are called there, from the
 * role their credential carries (a staff account's role, a participant's invited role): known at
 * once, with no further query.
 */
function writerOf(principal: AnyPrincipal): Pick<ConnectionIdentity, 'writer' | 'writerLabel'> {
  if (principal.kind === 'staff') {
    const writer = writerForStaff(principal.role);
    return { writer, writerLabel: writerLabel(writer) };
  }
  if (principal.kind === 'participant') {
    const writer = writerForParticipant(principal.role);
    return { writer, writerLabel: writerLabel(writer, principal.role) };
  }
  return {}; // an LA link only reads
}

function userIdOf(principal: AnyPrincipal): string {
  if (principal.kind === 'staff') return principal.userId;
  if (principal.kind === 'participant') return `participant:${principal.participantId}`;
  return `share:${principal.linkId}`;
}

/**
 * `onAuthenticate`: staff by session cookie, the LA by its link (`?share=`), a participant by
 * their personal link (`?participant=`); then the role on this document from the policies.
 * Refusals are permanent close codes (4401 no valid credential, 4403 no access, 4404 not one of
 * our documents); a database error is not a refusal and closes with 1011, so the client tries
 * again instead of being cut off for good. Credentials and review facts are cached briefly
 * (credential-cache.ts), dropped at once by any access change.
 */
export function authenticate(events: DomainEventBus, bus: ClusterBus | null = null): Extension {
  const cache = new CredentialCache(events);
  // Reviews not in the cache, asked for at once, are read together (batching only: caching is
  // the credential cache's, which access changes invalidate).
  const reviews = batchLoader<string, ReviewFacts>(loadManyReviewFacts);
  // Access changes published by other processes while the link was down never arrived.
  bus?.onReconnect(() => cache.clear());
  return {
    name: 'authenticate',
    onAuthenticate: async ({ request, url, docName }): Promise<ConnectionIdentity> => {
      const authorisedAt = performance.now();
      const parsed = parseDocName(docName);
      if (!parsed) throw new ConnectionRefusal(CollabCloseCodes.notFound, 'unknown document');
      const principal = await principalFor(request, url, cache);
      const role = await roleFor(principal, parsed, cache, reviews);
      if (!role) throw new ConnectionRefusal(CollabCloseCodes.forbidden, CollabCloseReasons.forbidden);
      const userId = userIdOf(principal);
      return {
        ...role,
        userId,
        name: principal.name,
        color: colourFor(userId),
        accessKeys: accessKeysOf(principal),
        expiresAt: principal.expiresAt,
        takesPartInPresence: principal.kind !== 'share-link',
        authorisedAt,
        ...(parsed.kind === 'report' && role.role === 'editor' && writerOf(principal)),
      };
    },
    onDestroy: () => cache.dispose(),
  };
}
