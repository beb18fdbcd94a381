import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimitCounter } from '../models/index.ts';
import { connectTestDatabase, dropTestDatabase } from '../test/test-app.ts';
import { addressKey, createRateLimits, type RateLimitStore } from './rate-limits.ts';
import { KeyedQueue } from './keyed-queue.ts';

beforeAll(async () => {
  await connectTestDatabase();
});
afterAll(async () => {
  await dropTestDatabase();
});

const rule = (name: string, points = 3, durationSeconds = 60, blockSeconds = 0) => ({
  name,
  points,
  durationSeconds,
  blockSeconds,
});

describe.each<RateLimitStore>(['mongo', 'memory'])('rate limits over the %s store', (store) => {
  const limits = () => createRateLimits({ store, secret: 'x'.repeat(32) });

  it('allows `points` events per window, then refuses with the time to wait', async () => {
    const limiter = limits().limiter(rule(`${store}-window`, 3, 60));
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limiter.consume('198.51.100.7'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[0]!.isFirstInWindow).toBe(true);
    expect(decisions[1]!.isFirstInWindow).toBe(false);
    expect(decisions[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(decisions[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await limiter.peek('198.51.100.7')).allowed).toBe(false);
    expect((await limiter.peek('198.51.100.8')).allowed).toBe(true);
  });

  it('blocks for blockSeconds once over, and reset forgets the key', async () => {
    const limiter = limits().limiter(rule(`${store}-block`, 1, 10, 900));
    await limiter.consume('k');
    const over = await limiter.consume('k');
    expect(over.allowed).toBe(false);
    expect(over.retryAfterSeconds).toBeGreaterThan(10 * 60);
    await limiter.reset('k');
    expect((await limiter.peek('k')).allowed).toBe(true);
    expect((await limiter.consume('k')).allowed).toBe(true);
  });

  it('counts concurrent events exactly: of 40 at once with 10 allowed, exactly 10 pass', async () => {
    const limiter = limits().limiter(rule(`${store}-concurrent`, 10, 60));
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.consume('one-key')));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });
});

describe('the mongo store', () => {
  it('stores a keyed hash, never the counted value, and the sweep deletes expired counters', async () => {
    const limits = createRateLimits({ store: 'mongo', secret: 'y'.repeat(32) });
    await limits.limiter(rule('stored-keys', 5, 1)).consume('203.0.113.9');
    const stored = await RateLimitCounter.find({ key: /^stored-keys:/ }).lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.key).toMatch(/^stored-keys:[0-9a-f]{64}$/);
    expect(JSON.stringify(await mongoose.connection.db!.collection('ratelimits').find().toArray())).not.toContain('203.0.113.9');
    expect(await limits.sweep(new Date(Date.now() + 5_000))).toBeGreaterThanOrEqual(1);
    expect(await RateLimitCounter.countDocuments({ key: /^stored-keys:/ })).toBe(0);
  });
});

describe('addressKey', () => {
  it('keys IPv4 by address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('KeyedQueue', () => {
  it('runs one task at a time per key, keeps going after a failure, and forgets idle keys', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const task =
      (label: string, fail = false) =>
      async () => {
        order.push(`start ${label}`);
        await new Promise((resolve) => setImmediate(resolve));
        order.push(`end ${label}`);
        if (fail) throw new Error(label);
        return label;
      };
    const results = await Promise.allSettled([
      queue.run('a', task('a1', true)),
      queue.run('a', task('a2')),
      queue.run('b', task('b1')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(order.indexOf('end a1')).toBeLessThan(order.indexOf('start a2'));
    expect(order.indexOf('start b1')).toBeLessThan(order.indexOf('end a1'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(queue.size).toBe(0);
  });
});
