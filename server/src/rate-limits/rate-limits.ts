import mongoose from 'mongoose';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterMongo,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { keyedHash } from '../auth/index.ts';
import { RateLimitCounter } from '../models/index.ts';
import { KeyedQueue } from './keyed-queue.ts';
import type { RateLimitRule } from './rules.ts';

/**
 * Where counters live. `redis`: shared by every server process of a deployment with REDIS_URL
 * (atomic in Redis, expiring by itself). `mongo`: the `ratelimits` collection, shared by every
 * server process (atomic on MongoDB). `memory`: this process only, lost on restart.
 */
export type RateLimitStore = 'redis' | 'mongo' | 'memory';

/** The answer for one key. */
export interface RateLimitDecision {
  /** False when the key is over its limit (or blocked). */
  allowed: boolean;
  /** Whole seconds until a refused key may try again (for `Retry-After`); 0 when allowed. */
  retryAfterSeconds: number;
  /** Events still allowed in the current window. */
  remaining: number;
  /** True for the first event counted in a fresh window (coalescing: "first view in 10 minutes"). */
  isFirstInWindow: boolean;
}

/** One rule applied to many keys. Keys are HMAC'd before they are stored. */
export interface RateLimiter {
  readonly rule: RateLimitRule;
  /** Counts one event for `key` and says whether it is within the limit. */
  consume(key: string): Promise<RateLimitDecision>;
  /** Whether `key` is over the limit now, without counting anything. */
  peek(key: string): Promise<RateLimitDecision>;
  /** Forgets `key`'s count and any block (e.g. after a successful sign-in). */
  reset(key: string): Promise<void>;
}

/** The rate limits of one server process over one store. */
export interface RateLimits {
  readonly store: RateLimitStore;
  /** The limiter for a rule (one per rule name, created on first use). */
  limiter(rule: RateLimitRule): RateLimiter;
  /** Deletes expired counters (FerretDB has no TTL indexes); returns how many. */
  sweep(now?: Date): Promise<number>;
}

export interface RateLimitOptions {
  store: RateLimitStore;
  /** Key of the HMAC stored in place of every counted value (addresses and emails are never stored). */
  secret: string;
  /** The Redis connection, for the `redis` store. */
  redis?: Redis;
}

const toDecision = (rule: RateLimitRule, res: RateLimiterRes | null, allowed: boolean): RateLimitDecision => ({
  allowed,
  retryAfterSeconds: allowed || !res ? 0 : Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  remaining: res ? Math.max(rule.points - res.consumedPoints, 0) : rule.points,
  isFirstInWindow: allowed && res !== null && res.isFirstInDuration,
});

function createStoreLimiter(store: RateLimitStore, rule: RateLimitRule, redis: Redis | undefined): RateLimiterAbstract {
  const options = {
    keyPrefix: rule.name,
    points: rule.points,
    duration: rule.durationSeconds,
    blockDuration: rule.blockSeconds,
  };
  if (store === 'memory') return new RateLimiterMemory(options);
  if (store === 'redis') {
    if (!redis) throw new Error('the redis rate-limit store needs a Redis connection');
    return new RateLimiterRedis({
      ...options,
      storeClient: redis,
      keyPrefix: `rl:${rule.name}`,
      // If Redis fails, count in this process rather than refuse everyone or no one.
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }
  return new RateLimiterMongo({
    ...options,
    storeClient: mongoose.connection,
    tableName: RateLimitCounter.collection.collectionName,
    // Indexes come from the model (unique key; FerretDB refuses the library's TTL index).
    disableIndexesCreation: true,
    // If the database fails, count in this process rather than refuse everyone or no one.
    insuranceLimiter: new RateLimiterMemory(options),
  });
}

/** Builds the rate limits over the configured store. */
export function createRateLimits(options: RateLimitOptions): RateLimits {
  const queue = new KeyedQueue();
  const limiters = new Map<string, RateLimiter>();

  const build = (rule: RateLimitRule): RateLimiter => {
    const store = createStoreLimiter(options.store, rule, options.redis);
    const hashed = (key: string) => keyedHash(key, options.secret);
    const serialised = <T>(key: string, task: (storedKey: string) => Promise<T>) =>
      queue.run(`${rule.name}:${key}`, () => task(hashed(key)));
    return {
      rule,
      consume: (key) =>
        serialised(key, async (storedKey) => {
          try {
            return toDecision(rule, await store.consume(storedKey), true);
          } catch (refusal) {
            if (refusal instanceof RateLimiterRes) return toDecision(rule, refusal, false);
            throw refusal;
          }
        }),
      peek: (key) =>
        serialised(key, async (storedKey) => {
          const res = await store.get(storedKey);
          return toDecision(rule, res, !res || res.consumedPoints <= rule.points);
        }),
      reset: (key) => serialised(key, async (storedKey) => void (await store.delete(storedKey))),
    };
  };

  return {
    store: options.store,
    limiter(rule) {
      const existing = limiters.get(rule.name);
      if (existing) return existing;
      const created = build(rule);
      limiters.set(rule.name, created);
      return created;
    },
    async sweep(now = new Date()) {
      if (options.store !== 'mongo') return 0;
      return (await RateLimitCounter.deleteMany({ expire: { $lte: now } })).deletedCount;
    },
  };
}

/**
 * The part of a client address that identifies one client for rate limiting: an IPv4 address
 * (also when written `::ffff:a.b.c.d`), or the /64 prefix of an IPv6 address, since one
 * subscriber usually holds a whole /64 and could otherwise rotate through it.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  if (address.startsWith('::ffff:') && address.includes('.')) return address.slice('::ffff:'.length);
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
