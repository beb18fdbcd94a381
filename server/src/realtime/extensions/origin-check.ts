import { isAllowedOrigin } from '../../auth/index.ts';
import type { Logger } from '../../logging/index.ts';
import { UpgradeRefusal, type Extension } from '../documents/index.ts';

/**
 * `onUpgrade`: a browser page may open a document connection only from one of the app's own
 * origins, so a page elsewhere (another site, or another port of the same host) cannot use the
 * visitor's session cookie to read or write reports (cross-site WebSocket hijacking). Browsers
 * always send `Origin` on WebSocket handshakes; clients without one are not browsers and carry
 * their own credentials.
 */
export function originCheck(allowedOrigins: readonly string[], log: Logger): Extension {
  return {
    name: 'origin-check',
    onUpgrade: ({ request }) => {
      const origin = request.headers.origin;
      if (origin === undefined || isAllowedOrigin(origin, request.headers.host, allowedOrigins)) return;
      log.warn({ origin }, 'refusing a document connection from a foreign origin');
      throw new UpgradeRefusal(403, 'Forbidden');
    },
  };
}
