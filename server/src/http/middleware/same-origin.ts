import type { RequestHandler } from 'express';
import { isAllowedOrigin } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';

/** Methods that never change anything here; every other method must prove it comes from the app's own pages. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const refused = () =>
  new AppError(
    'cross_origin_refused',
    403,
    'This request came from another website, so it was refused. Open the review workspace itself and try again.',
  );

/**
 * CSRF defence for every state-changing request, with a body or without (decision 38):
 * - `Origin` present: it must be one of the app's origins (`isAllowedOrigin`, the same rule as
 *   WebSocket upgrades: PUBLIC_URL and ALLOWED_ORIGINS, or the request's own Host when neither
 *   is set). `Origin: null` (sandboxed frames, `file:` pages, no-referrer form posts) is refused.
 * - no `Origin` but `Sec-Fetch-Site`: only `same-origin` passes (`same-site` is a sibling
 *   subdomain or another port, `cross-site` anyone, `none` a typed URL, which never mutates).
 * - neither header: not a browser (curl, the Node test clients, server-to-server). Every browser
 *   the app supports sends `Origin` on every non-GET request, so a forged cross-site request
 *   always carries one of the two headers.
 * Safe methods pass: they change nothing, and the calendar feed and link pages are fetched cross-site.
 */
export function requireSameOrigin(allowedOrigins: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get('origin');
    const fetchSite = req.get('sec-fetch-site');
    if (origin !== undefined) {
      if (!isAllowedOrigin(origin, req.get('host'), allowedOrigins)) throw refused();
    } else if (fetchSite !== undefined && fetchSite !== 'same-origin') {
      throw refused();
    }
    next();
  };
}
