import { CollabCloseCodes, CollabCloseReasons } from '@ehcp/shared';
import type { RealtimeLimits } from '../../config/index.ts';
import type { Logger } from '../../logging/index.ts';
import { UpgradeRefusal, type Connection, type Extension } from '../documents/index.ts';
import { PerMinuteLimiter, TokenBucket } from './limiters.ts';

type RateLimits = Pick<
  RealtimeLimits,
  'maxConnectionAttemptsPerMinute' | 'messagesPerSecond' | 'messageBurst' | 'bytesPerSecond' | 'byteBurst'
>;

/**
 * Connection and message budgets. `onUpgrade`: connection attempts per client address per
 * minute (HTTP 429 before any WebSocket exists). `beforeHandleMessage`: messages and bytes per
 * second per connection (token buckets); a connection over either is closed with 4429 and the
 * rest of the document carries on.
 */
export function rateLimits(limits: RateLimits, log: Logger): Extension {
  const attempts = new PerMinuteLimiter(limits.maxConnectionAttemptsPerMinute);
  const buckets = new WeakMap<Connection, { messages: TokenBucket; bytes: TokenBucket }>();
  const bucketsOf = (conn: Connection) => {
    let found = buckets.get(conn);
    if (!found) {
      found = {
        messages: new TokenBucket(limits.messagesPerSecond, limits.messageBurst),
        bytes: new TokenBucket(limits.bytesPerSecond, limits.byteBurst),
      };
      buckets.set(conn, found);
    }
    return found;
  };
  return {
    name: 'rate-limits',
    onUpgrade: ({ request }) => {
      const address = request.socket.remoteAddress ?? 'unknown';
      if (attempts.attempt(address)) return;
      log.warn({ ip: address }, 'refusing a document connection attempt over the per-address limit');
      throw new UpgradeRefusal(429, 'Too Many Requests');
    },
    beforeHandleMessage: (conn, doc, message) => {
      const size =
        message.kind === 'update' ? message.update.byteLength : message.kind === 'awareness' ? message.update.byteLength : 16;
      const bucket = bucketsOf(conn);
      if (bucket.messages.take() && bucket.bytes.take(size)) return undefined;
      log.warn({ doc: doc.name, userId: conn.identity.userId }, 'closing a connection over its message budget');
      return { close: { code: CollabCloseCodes.rateLimited, reason: CollabCloseReasons.rateLimited } };
    },
  };
}
