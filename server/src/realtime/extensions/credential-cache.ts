import { LRUCache } from 'lru-cache';
import type { ParticipantPrincipal, Principal } from '../../auth/index.ts';
import type { DomainEventBus } from '../../events/index.ts';
import type { ReviewFacts } from '../../services/index.ts';

type AnyPrincipal = Principal | ParticipantPrincipal;

/** How long a resolved credential or review is reused. Access changes invalidate at once. */
const PRINCIPAL_TTL_MS = 30_000;
const REVIEW_TTL_MS = 10_000;

/**
 * A short cache of what authorising a document connection looks up: the principal behind a
 * credential (session, participant link, LA link) and a review's access facts. Joining a meeting
 * otherwise costs about four queries per connection, and a whole room reconnecting after a
 * restart asks for the same few records hundreds of times. Every access change arrives as a
 * domain event (in every process) and drops the affected entries at once, so the cache never
 * grants what was withdrawn; an expiry is checked on every hit; and nothing negative is cached
 * (a credential that failed is looked up again next time). Lookups of one key already under way
 * are shared: a meeting whose five participants connect in the same instant asks once, not five
 * times. Built on lru-cache (bounded size, per-entry TTL) rather than a home-made map.
 */
export class CredentialCache {
  private readonly principals = new LRUCache<string, AnyPrincipal>({ max: 10_000, ttl: PRINCIPAL_TTL_MS });
  private readonly reviews = new LRUCache<string, ReviewFacts>({ max: 10_000, ttl: REVIEW_TTL_MS });
  /** Lookups under way, by key, with the epoch they began in (only those of the current epoch are shared). */
  private readonly inFlight = new Map<string, { epoch: number; result: Promise<unknown> }>();
  private readonly unsubscribers: (() => void)[];
  /**
   * Bumped by every access change: a lookup that was under way when one arrived may have read
   * the old state, so its result is used once but never cached.
   */
  private epoch = 0;

  constructor(events: DomainEventBus) {
    const dropPrincipals = (matches: (principal: AnyPrincipal) => boolean) => {
      this.epoch++;
      for (const [key, principal] of this.principals.entries()) if (matches(principal)) this.principals.delete(key);
    };
    this.unsubscribers = [
      events.on('session.ended', ({ sessionId }) => dropPrincipals((p) => p.kind === 'staff' && p.sessionId === sessionId)),
      // A staff member's access changed (removed, visibility setting, review assignment): the
      // reviews' involvement facts may be stale too, so they go with the principal.
      events.on('user.access-changed', ({ userId }) => {
        dropPrincipals((p) => p.kind === 'staff' && p.userId === userId);
        this.reviews.clear();
      }),
      events.on('participant.access-changed', ({ participantId, reviewId }) => {
        dropPrincipals((p) => p.kind === 'participant' && p.participantId === participantId);
        this.reviews.delete(reviewId); // who is invited decides involved-only visibility
      }),
      events.on('share-link.revoked', ({ linkId }) => dropPrincipals((p) => p.kind === 'share-link' && p.linkId === linkId)),
      ...(['review.finalised', 'review.deleted'] as const).map((name) =>
        events.on(name, ({ reviewId }) => {
          this.epoch++;
          this.reviews.delete(reviewId);
        }),
      ),
    ];
  }

  /** The principal for a credential, from the cache while it is fresh and unexpired, else from `load`. */
  async principal(key: string, load: () => Promise<AnyPrincipal | null>): Promise<AnyPrincipal | null> {
    const cached = this.principals.get(key);
    if (cached && cached.expiresAt.getTime() > Date.now()) return cached;
    return this.shared(`principal:${key}`, load, (loaded, isCurrent) => {
      if (loaded && isCurrent) this.principals.set(key, loaded);
      else this.principals.delete(key);
    });
  }

  /** A review's access facts, from the cache while fresh, else from `load`. */
  async review(reviewId: string, load: () => Promise<ReviewFacts>): Promise<ReviewFacts> {
    const cached = this.reviews.get(reviewId);
    if (cached) return cached;
    return this.shared(`review:${reviewId}`, load, (loaded, isCurrent) => {
      if (isCurrent) this.reviews.set(reviewId, loaded);
    });
  }

  /**
   * Runs `load` once for every caller asking for `key` in the current epoch; `store` sees the
   * result once, with whether no access change arrived while it was being looked up.
   */
  private shared<T>(key: string, load: () => Promise<T>, store: (loaded: T, isCurrent: boolean) => void): Promise<T> {
    const running = this.inFlight.get(key);
    if (running && running.epoch === this.epoch) return running.result as Promise<T>;
    const epoch = this.epoch;
    const result = load().then((loaded) => {
      store(loaded, epoch === this.epoch);
      return loaded;
    });
    const entry = { epoch, result };
    this.inFlight.set(key, entry);
    const done = () => {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
    };
    result.then(done, done);
    return result;
  }

  /** Forgets everything (access changes may have been missed, e.g. while the link to other processes was down). */
  clear(): void {
    this.epoch++;
    this.principals.clear();
    this.reviews.clear();
    this.inFlight.clear();
  }

  dispose(): void {
    this.unsubscribers.splice(0).forEach((unsubscribe) => unsubscribe());
  }
}
