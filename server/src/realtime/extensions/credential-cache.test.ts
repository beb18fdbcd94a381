import { describe, expect, it } from 'vitest';
import type { ParticipantPrincipal } from '../../auth/index.ts';
import { DomainEventBus } from '../../events/index.ts';
import { CredentialCache } from './credential-cache.ts';

const parent = { kind: 'participant', participantId: 'p-1', expiresAt: new Date(Date.now() + 3_600_000) } as ParticipantPrincipal;

describe('the credential cache', () => {
  it('never caches a lookup that was under way when an access change arrived (it may have read the old state)', async () => {
    const events = new DomainEventBus();
    const cache = new CredentialCache(events);
    let lookups = 0;
    let finishLookup = () => {};
    const load = () => {
      lookups++;
      return new Promise<ParticipantPrincipal>((resolve) => (finishLookup = () => resolve(parent)));
    };
    const first = cache.principal('participant:x', load);
    events.emit('participant.access-changed', { reviewId: 'r', schoolId: 's', participantId: 'p-1', change: 'withdrawn' });
    finishLookup();
    expect(await first).toBe(parent); // used once, by the connection that asked
    const second = cache.principal('participant:x', load);
    finishLookup();
    await second;
    expect(lookups).toBe(2); // looked up again, not answered from the cache
    await cache.principal('participant:x', load);
    expect(lookups).toBe(2); // a lookup with no change meanwhile is cached
    cache.dispose();
  });
  it('shares one lookup among connections asking at once, but not across an access change', async () => {
    const events = new DomainEventBus();
    const cache = new CredentialCache(events);
    const finishers: (() => void)[] = [];
    let lookups = 0;
    const load = () => {
      lookups++;
      return new Promise<ParticipantPrincipal>((resolve) => finishers.push(() => resolve(parent)));
    };
    const together = [cache.principal('participant:x', load), cache.principal('participant:x', load)];
    expect(lookups).toBe(1);
    events.emit('participant.access-changed', { reviewId: 'r', schoolId: 's', participantId: 'p-1', change: 'withdrawn' });
    const afterChange = cache.principal('participant:x', load);
    expect(lookups).toBe(2); // may have read the state before the change: not shared
    finishers.forEach((finish) => finish());
    expect(await Promise.all([...together, afterChange])).toEqual([parent, parent, parent]);
    await cache.principal('participant:x', load);
    expect(lookups).toBe(2); // the lookup begun after the change was cached
    cache.dispose();
  });

  it('shares a failed lookup with those waiting for it, then looks up again', async () => {
    const cache = new CredentialCache(new DomainEventBus());
    let lookups = 0;
    const failing = () => {
      lookups++;
      return Promise.reject(new Error('database unavailable'));
    };
    const results = await Promise.allSettled([cache.review('r-1', failing), cache.review('r-1', failing)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(lookups).toBe(1);
    await expect(cache.review('r-1', failing)).rejects.toThrow('database unavailable');
    expect(lookups).toBe(2);
    cache.dispose();
  });
});
