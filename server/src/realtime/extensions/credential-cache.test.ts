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
});
