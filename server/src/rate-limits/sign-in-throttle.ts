import { addressKey, type RateLimitDecision, type RateLimiter, type RateLimits } from './rate-limits.ts';
import { RATE_LIMIT_RULES } from './rules.ts';

/** One sign-in attempt as the throttle sees it. */
export interface SignInAttempt {
  /** The email typed (normalised by the schema); unknown accounts are counted like real ones. */
  email: string;
  /** The client address (`req.ip`). */
  address: string | undefined;
  /** Id of the known-browser record when the request carries a cookie proving an earlier sign-in to this account. */
  knownDeviceId: string | null;
}

/** Which limit refused an attempt, for the audit trail. */
export type SignInLimitScope = 'account-address' | 'account' | 'address' | 'known-browser';

/** A refusal: how long to wait, and which limit it was. */
export interface SignInRefusal {
  retryAfterSeconds: number;
  scope: SignInLimitScope;
}

/** The sign-in throttle of decision 37. */
export interface SignInThrottle {
  /** Before the password is checked: a refusal when a limit for this attempt is already reached. */
  check(attempt: SignInAttempt): Promise<SignInRefusal | null>;
  /** After a wrong password: counts it; a refusal when this failure reached a limit. */
  recordFailure(attempt: SignInAttempt): Promise<SignInRefusal | null>;
  /** After a right password: forgets this pair's (or browser's) failures. */
  recordSuccess(attempt: SignInAttempt): Promise<void>;
}

/**
 * Failed sign-ins are limited so that guessing is slow and so that nobody can keep the real
 * owner out for long:
 * - from a browser that has signed in to the account before, only that browser's own failures
 *   count (10 per 15 minutes): an attacker anywhere else, even behind the same school address,
 *   cannot lock it out;
 * - from any other browser: 10 per 15 minutes for the account from one address, 30 per 15
 *   minutes for the account from everywhere (then a short 5-minute pause), and 100 per 15
 *   minutes from one address to any account.
 * Refused attempts are not counted and never reach the password check (no scrypt, no audit row).
 */
export function createSignInThrottle(rateLimits: RateLimits): SignInThrottle {
  const pair = rateLimits.limiter(RATE_LIMIT_RULES.signInPair);
  const account = rateLimits.limiter(RATE_LIMIT_RULES.signInAccount);
  const address = rateLimits.limiter(RATE_LIMIT_RULES.signInAddress);
  const device = rateLimits.limiter(RATE_LIMIT_RULES.signInKnownDevice);

  /** The limiters and keys that apply to an attempt, strictest first. */
  const limitsFor = (attempt: SignInAttempt): [RateLimiter, string, SignInLimitScope][] => {
    if (attempt.knownDeviceId) return [[device, `${attempt.email}|${attempt.knownDeviceId}`, 'known-browser']];
    const from = addressKey(attempt.address);
    return [
      [pair, `${attempt.email}|${from}`, 'account-address'],
      [account, attempt.email, 'account'],
      [address, from, 'address'],
    ];
  };
  /** Asks every limit of the attempt (peek or consume); the refusal that lasts longest, if any. */
  const longestRefusal = async (
    attempt: SignInAttempt,
    ask: (limiter: RateLimiter, key: string) => Promise<RateLimitDecision>,
  ): Promise<SignInRefusal | null> => {
    const limits = limitsFor(attempt);
    const decisions = await Promise.all(limits.map(([limiter, key]) => ask(limiter, key)));
    const refused = decisions
      .map((decision, index) => ({ decision, scope: limits[index]![2] }))
      .filter(({ decision }) => !decision.allowed)
      .sort((a, b) => b.decision.retryAfterSeconds - a.decision.retryAfterSeconds)[0];
    return refused ? { retryAfterSeconds: refused.decision.retryAfterSeconds, scope: refused.scope } : null;
  };

  return {
    check: (attempt) => longestRefusal(attempt, (limiter, key) => limiter.peek(key)),
    recordFailure: (attempt) => longestRefusal(attempt, (limiter, key) => limiter.consume(key)),
    async recordSuccess(attempt) {
      // The account-wide and address-wide counts stay: the owner signing in says nothing about
      // whoever else is guessing. Only this pair's (or browser's) own mistakes are forgiven.
      const [[limiter, key]] = limitsFor(attempt) as [[RateLimiter, string, SignInLimitScope]];
      await limiter.reset(key);
    },
  };
}
