import { CollabCloseCodes, CollabCloseReasons } from '@ehcp/shared';
import type { RealtimeLimits } from '../../config/index.ts';
import { clientAddressOf } from '../../auth/index.ts';
import type { Logger } from '../../logging/index.ts';
import { UpgradeRefusal, type Connection, type Extension } from '../documents/index.ts';
import { PerMinuteLimiter, TokenBucket } from './limiters.ts';

type RateLimits = Pick<
  RealtimeLimits,
  | 'maxConnectionAttemptsPerMinute'
  | 'messagesPerSecond'
  | 'messageBurst'
  | 'awarenessPerSecond'
  | 'awarenessBurst'
  | 'bytesPerSecond'
  | 'byteBurst'
>;

/** Counts one connection attempt from an address; false when it is over the limit. */
export type AttemptLimiter = (address: string) => Promise<boolean>;

/**
 * Connection and message budgets. `onUpgrade`: connection attempts per client address per
 * minute (HTTP 429 before any WebSocket exists), the address as Express sees it (TRUST_PROXY),
 * counted in this process, or in Redis for every process (`sharedAttempts`) when there are
 * several. `beforeHandleMessage`: messages and bytes per second per connection (token buckets,
 * in memory: a connection lives on one process); a connection over either is closed with 4429
 * and the rest of the document carries on.
 */
export function rateLimits(
  limits: RateLimits,
  options: { trustProxy: string; sharedAttempts?: AttemptLimiter | null },
  log: Logger,
): Extension {
  const local = new PerMinuteLimiter(limits.maxConnectionAttemptsPerMinute);
  const attempt: AttemptLimiter = options.sharedAttempts ?? (async (address) => local.attempt(address));
  const buckets = new WeakMap<Connection, { messages: TokenBucket; awareness: TokenBucket; bytes: TokenBucket }>();
  const bucketsOf = (conn: Connection) => {
    let found = buckets.get(conn);
    if (!found) {
      found = {
        messages: new TokenBucket(limits.messagesPerSecond, limits.messageBurst),
        awareness: new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst),
        bytes: new TokenBucket(limits.bytesPerSecond, limits.byteBurst),
      };
      buckets.set(conn, found);
    }
    return found;
  };
  return {
    name: 'rate-limits',
    onUpgrade: async ({ request }) => {
      const address = clientAddressOf(request, options.trustProxy);
      if (await attempt(address)) return;
      log.warn({ ip: address }, 'refusing a document connection attempt over the per-address limit');
      throw new UpgradeRefusal(429, 'Too Many Requests');
    },
    beforeHandleMessage: (conn, doc, message) => {
      const size =
        message.kind === 'update' ? message.update.byteLength : message.kind === 'awareness' ? message.update.byteLength : 16;
      const bucket = bucketsOf(conn);
      const messages = message.kind === 'awareness' ? bucket.awareness : bucket.messages;
      if (messages.take() && bucket.bytes.take(size)) return undefined;
      log.warn({ doc: doc.name, userId: conn.identity.userId }, 'closing a connection over its message budget');
      return { close: { code: CollabCloseCodes.rateLimited, reason: CollabCloseReasons.rateLimited } };
    },
  };
}
