import { CollabCloseCodes, contributionDocName } from '@ehcp/shared';
import { LRUCache } from 'lru-cache';
import type { DomainEventBus } from '../../events/index.ts';
import type { Logger } from '../../logging/index.ts';
import type { Connection, DocumentServerApi, Extension, SharedDoc } from '../documents/index.ts';

/** setTimeout's longest delay; later expiries are re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;
const REASON = 'access changed';
/** How long an access change is remembered for connections still being authorised (see onConnect). */
const REMEMBER_CHANGES_MS = 5 * 60_000;

/**
 * Access changes take effect on open connections at once. Each connection is indexed by the
 * keys of the credential it came with (session, user, participant link, LA link; see
 * authenticate.ts). A domain event for a change (a link withdrawn, removed or re-sent, an LA
 * link withdrawn, a sign-out, a role change, a report finalised or deleted, a contribution sent) closes
 * every affected connection with 4000: the client reconnects at once and is authorised afresh,
 * so it comes back with its new role, or is refused for good if access is gone. A credential's
 * expiry closes its connections the same way, on a timer. Connections are dropped from their
 * document synchronously, so nothing they send after the change is applied.
 */
export function accessChanges(events: DomainEventBus, log: Logger): Extension {
  const byKey = new Map<string, Set<Connection>>();
  const expiryTimers = new Map<Connection, NodeJS.Timeout>();
  const docOf = new WeakMap<Connection, SharedDoc>();
  const unsubscribers: (() => void)[] = [];
  let server: DocumentServerApi;
  /**
   * When each key last changed (`performance.now()`), and each review was finalised: a connection
   * authorised before that but added only after it (its document was loading) missed the event.
   */
  const changedAt = new LRUCache<string, number>({ max: 50_000, ttl: REMEMBER_CHANGES_MS });

  const close = (conn: Connection, why: string) => {
    log.info({ doc: conn.docName, userId: conn.identity.userId, why }, 'closing a connection whose access changed');
    const doc = docOf.get(conn);
    if (doc) doc.drop(conn, CollabCloseCodes.accessChanged, REASON);
    else conn.close(CollabCloseCodes.accessChanged, REASON);
  };
  const closeByKey = (key: string, why: string) => {
    changedAt.set(key, performance.now());
    for (const conn of Array.from(byKey.get(key) ?? [])) close(conn, why);
  };
  const closeDocuments = (matches: (docName: string) => boolean, why: string) => {
    for (const doc of Array.from(server.documents()))
      if (matches(doc.name)) for (const conn of Array.from(doc.connections)) close(conn, why);
  };
  const armExpiry = (conn: Connection, expiresAt: Date) => {
    const wait = expiresAt.getTime() - Date.now();
    if (wait <= 0) return close(conn, 'credential expired');
    const timer = setTimeout(() => armExpiry(conn, expiresAt), Math.min(wait, MAX_TIMER_MS));
    timer.unref();
    expiryTimers.set(conn, timer);
  };

  return {
    name: 'access-changes',
    onConfigure: (api) => {
      server = api;
      unsubscribers.push(
        events.on('participant.access-changed', ({ participantId, change }) =>
          closeByKey(`participant:${participantId}`, `participant link ${change}`),
        ),
        events.on('share-link.revoked', ({ linkId }) => closeByKey(`share-link:${linkId}`, 'LA link withdrawn')),
        events.on('session.ended', ({ sessionId }) => closeByKey(`session:${sessionId}`, 'signed out')),
        events.on('user.access-changed', ({ userId }) => closeByKey(`user:${userId}`, 'staff access changed')),
        events.on('review.finalised', ({ reviewId }) => {
          changedAt.set(`review:${reviewId}`, performance.now());
          closeDocuments((name) => name.startsWith(`review:${reviewId}:`), 'review finalised');
        }),
        events.on('review.deleted', ({ reviewId }) => {
          changedAt.set(`review:${reviewId}`, performance.now());
          closeDocuments((name) => name.startsWith(`review:${reviewId}:`), 'review deleted');
        }),
        events.on('contribution.submitted', ({ reviewId, participantId }) =>
          closeDocuments((name) => name === contributionDocName(reviewId, participantId), 'contribution sent'),
        ),
      );
    },
    onConnect: (conn, doc) => {
      docOf.set(conn, doc);
      const { authorisedAt } = conn.identity;
      const reviewKey = /^review:([^:]+):/.exec(doc.name)?.[0].slice(0, -1);
      const missed = [...conn.identity.accessKeys, ...(reviewKey ? [reviewKey] : [])].some(
        (key) => authorisedAt !== undefined && (changedAt.get(key) ?? -Infinity) >= authorisedAt,
      );
      if (missed) return close(conn, 'access changed while connecting');
      for (const key of conn.identity.accessKeys) {
        let set = byKey.get(key);
        if (!set) byKey.set(key, (set = new Set()));
        set.add(conn);
      }
      if (conn.identity.expiresAt) armExpiry(conn, conn.identity.expiresAt);
    },
    onDisconnect: (conn) => {
      for (const key of conn.identity.accessKeys) {
        const set = byKey.get(key);
        set?.delete(conn);
        if (set?.size === 0) byKey.delete(key);
      }
      clearTimeout(expiryTimers.get(conn));
      expiryTimers.delete(conn);
    },
    onDestroy: () => {
      unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe());
      for (const timer of expiryTimers.values()) clearTimeout(timer);
      expiryTimers.clear();
    },
  };
}
