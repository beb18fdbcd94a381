import type { Request, RequestHandler } from 'express';
import { tooManyRequests } from '../../errors/index.ts';
import { addressKey, type RateLimiter } from '../../rate-limits/index.ts';

/** The client address as rate limits count it (`req.ip`, IPv6 by /64). */
export const clientAddressKey = (req: Request): string => addressKey(req.ip);

/**
 * Counts one event for `key`; over the limit, throws 429 rate_limited with `Retry-After`.
 * @param what the sentence the refusal starts with, e.g. "Too many requests from your network."
 */
export async function enforceRateLimit(limiter: RateLimiter, key: string, what: string): Promise<void> {
  const decision = await limiter.consume(key);
  if (!decision.allowed) throw tooManyRequests(what, decision.retryAfterSeconds);
}

/** Middleware form of `enforceRateLimit`, keyed by `keyOf(req)`, before any work is done. */
export function rateLimit(limiter: RateLimiter, keyOf: (req: Request) => string, what: string): RequestHandler {
  return async (req, _res, next) => {
    await enforceRateLimit(limiter, keyOf(req), what);
    next();
  };
}
