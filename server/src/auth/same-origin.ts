/**
 * Same-origin check for browser requests: HTTP mutations (CSRF) and WebSocket / Socket.io
 * upgrades (cross-site WebSocket hijacking). Browsers always send `Origin` on WebSocket
 * handshakes and on cross-origin or non-GET fetches, and a page cannot forge it, so it is the
 * one header that says which site made the request.
 */
import { originOf } from '../config/index.ts';

/**
 * Whether a request's `Origin` is one of the app's own.
 *
 * - With configured origins (`PUBLIC_URL` and `ALLOWED_ORIGINS`), the origin must be one of them.
 * - Without (development and tests, where the app is reached by whatever host and port it was
 *   started on), the origin's `host:port` must equal the request's `Host` header: a page on
 *   another port or another host of the same machine is a different origin and is refused.
 * - The literal `null` origin (sandboxed frames, `file:` pages, some redirects) is refused.
 *
 * `origin` undefined means the header was absent (a non-browser client); callers decide what
 * that means for them.
 */
export function isAllowedOrigin(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === 'null') return false;
  const normalised = originOf(origin);
  if (!normalised) return false;
  if (allowed.length > 0) return allowed.includes(normalised);
  if (!host) return false;
  return new URL(normalised).host === host.toLowerCase();
}
