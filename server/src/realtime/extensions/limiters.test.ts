import { describe, expect, it } from 'vitest';
import { PerMinuteLimiter, TokenBucket } from './limiters.ts';

describe('TokenBucket', () => {
  it('allows the burst at once, then the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    expect(Array.from({ length: 6 }, () => bucket.take())).toEqual([true, true, true, true, true, false]);
    now += 100; // 10 per second: one token back after 100 ms
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 10_000; // never more than the burst
    expect(Array.from({ length: 6 }, () => bucket.take()).filter(Boolean)).toHaveLength(5);
  });
});

describe('PerMinuteLimiter', () => {
  it('limits each key within a sliding minute and forgets old attempts', () => {
    let now = 0;
    const limiter = new PerMinuteLimiter(2, () => now);
    expect([limiter.attempt('a'), limiter.attempt('a'), limiter.attempt('a')]).toEqual([true, true, false]);
    expect(limiter.attempt('b')).toBe(true);
    now += 60_001;
    expect(limiter.attempt('a')).toBe(true);
  });

  it('keeps memory bounded by evicting the least recently used keys', () => {
    const limiter = new PerMinuteLimiter(1, () => 0, 3);
    ['a', 'b', 'c', 'd'].forEach((key) => limiter.attempt(key));
    expect(limiter.attempt('a')).toBe(true); // 'a' was evicted, so it starts afresh
    expect(limiter.attempt('d')).toBe(false);
  });
});
