/**
 * Same-origin check for browser requests: HTTP mutations (CSRF) and WebSocket / Socket.io
 * upgrades (cross-site WebSocket hijacking). Browsers always send `Origin` on WebSocket
 * handshakes and on cross-origin or non-GET fetches, and a page cannot forge it, so it is the
 * one header that says which site made the request.
 */
import { originOf } from '../config/index.ts';

/**
 * Whether a request's `Origin` is one of the app's own: one of the configured origins
 * (`PUBLIC_URL`'s and `ALLOWED_ORIGINS`), or the very host and port the request was sent to
 * (its `Host` header), which is what "same origin" means for a page served by this server. A page
 * on another site, another port or another host of the same machine is refused, and so is the
 * literal `null` origin (sandboxed frames, `file:` pages, some redirects). A page that reaches us
 * under a foreign name (DNS rebinding) matches its own Host, but the browser then sends it none
 * of our cookies: these checks guard ambient credentials, which it does not have.
 *
 * `origin` undefined means the header was absent (a non-browser client); callers decide what
 * that means for them.
 */
export function isAllowedOrigin(origin: string, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === 'null') return false;
  const normalised = originOf(origin);
  if (!normalised) return false;
  if (allowed.includes(normalised)) return true;
  return host !== undefined && new URL(normalised).host === host.toLowerCase();
}
