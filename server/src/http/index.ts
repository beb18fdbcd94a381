import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/index.ts';
import type { Logger } from '../logging/index.ts';
import { RATE_LIMIT_RULES } from '../rate-limits/index.ts';
import { apiNotFound, createErrorHandler } from './error-handler.ts';
import { clientAddressKey, fileBody, rateLimit, requestContext, requireSameOrigin } from './middleware/index.ts';
import {
  authRoutes,
  pupilsRoutes,
  staffRoutes,
  calendarFeedRoutes,
  caseloadRoutes,
  healthRoutes,
  publicCalendarRoutes,
  reviewCycleRoutes,
  reviewRoutes,
  sharedOutcomeRoutes,
  type RouteDeps,
  participantRoutes,
  outboxRoutes,
  auditRoutes,
  participantAccessRoutes,
  circulationRoutes,
  shareLinkRoutes,
  reportFileRoutes,
  attachmentRoutes,
  participantAttachmentRoutes,
  sharedAttachmentRoutes,
  addressBookRoutes,
} from './routes/index.ts';
import { attachmentRoutes as attachmentContract, LIMITS } from '@ehcp/shared';

/** Paths whose contract says the body is a file's raw bytes (attachment uploads). */
const FILE_BODY_PATHS = Object.values(attachmentContract)
  .filter((route) => 'bodyKind' in route && route.bodyKind === 'file')
  .map((route) => route.path);

/** Request bodies must be JSON (the only thing the API reads, uploads aside); anything else is 415. */
const requireJsonForMutations: RequestHandler = (req, res, next) => {
  if (res.locals.isFileBody === true) return next();
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !hasBody || req.is('application/json')) return next();
  res.status(415).json({ error: { code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' } });
};

/**
 * The one inline stylesheet the client needs: the ProseMirror base rules Tiptap's editor adds
 * as a `<style>` element (`injectCSS`, @tiptap/core 3.31.3). Allowed by its hash, so no other
 * inline style can be; `http-hardening.test.ts` recomputes it from the installed Tiptap, and the
 * CSP end-to-end test fails on any violation, so an upgrade that changes it cannot pass unnoticed.
 * It goes away when the editor sets `injectCSS: false` and these rules move to styles.css.
 */
export const TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='";

/**
 * Response headers (decision 39), through helmet: a Content-Security-Policy under which no
 * inline or foreign script runs and no other site may frame the app, HSTS in production, no
 * Referer ever sent (link pages carry their token in the URL), nosniff, no X-Powered-By.
 */
export function securityHeaders(config: Pick<Config, 'env'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // Stylesheets from the app and Tiptap's one base stylesheet; style properties set from
        // script (carets' colours) are not markup and need nothing.
        'style-src': ["'self'", TIPTAP_STYLE_HASH],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        // A voice note recorded on the page is played back from a blob: URL before it is sent.
        'media-src': ["'self'", 'blob:'],
        // 'self' covers the same-origin WebSockets (/collab, /socket.io).
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    strictTransportSecurity: config.env === 'production' ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}

/** Builds the Express app (no listen). Tests call this directly with injected deps. */
export function createHttpApp(deps: RouteDeps, logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.http.trustProxy);
  app.use(securityHeaders(deps.config));
  app.use(requestContext);
  // Before any body is read: a cross-site request is refused whatever it carries (decision 38).
  app.use(requireSameOrigin(deps.config.http.allowedOrigins));
  // Link routes are public: limited per client address before any lookup (decision 37).
  const perAddress = (rule: (typeof RATE_LIMIT_RULES)['publicLinksAddress' | 'calendarAddress']) =>
    rateLimit(deps.rateLimits.limiter(rule), clientAddressKey, 'Too many requests from your network.');
  app.use(['/api/participant', '/api/shared', '/api/auth/set-password'], perAddress(RATE_LIMIT_RULES.publicLinksAddress));
  app.use('/calendar', perAddress(RATE_LIMIT_RULES.calendarAddress));
  // The caseload CSV travels as JSON and may be larger than other bodies; parsed first, so the
  // general parser below leaves it alone.
  // Attachment uploads are raw bytes with their own limit (413 with the limit in words).
  app.use(FILE_BODY_PATHS, fileBody);
  app.use('/api/caseload/import', requireJsonForMutations, express.json({ limit: LIMITS.caseloadImportMaxBytes * 2 }));
  app.use('/api', requireJsonForMutations, express.json({ limit: '100kb' }));
  // Every router registers the absolute paths of its routes in the shared contract (serve.ts).
  for (const router of [
    healthRoutes(),
    authRoutes(deps),
    caseloadRoutes(deps),
    reviewCycleRoutes(deps),
    reviewRoutes(deps),
    shareLinkRoutes(deps),
    calendarFeedRoutes(deps),
    sharedOutcomeRoutes(deps),
    participantRoutes(deps),
    circulationRoutes(deps),
    outboxRoutes(deps),
    auditRoutes(deps),
    participantAccessRoutes(deps),
    publicCalendarRoutes(deps),
    pupilsRoutes(deps),
    staffRoutes(deps),
    reportFileRoutes(deps),
    attachmentRoutes(deps),
    participantAttachmentRoutes(deps),
    sharedAttachmentRoutes(deps),
    addressBookRoutes(deps),
  ])
    app.use(router);
  app.use('/api', apiNotFound);

  const clientDist = deps.config.http.clientDist;
  if (clientDist && existsSync(join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/, /reviews/:id, /la/:token, /p/:token) all serve the SPA shell.
    app.get('/{*path}', (_req, res) => res.sendFile(join(clientDist, 'index.html')));
  }
  app.use(createErrorHandler(logger));
  return app;
}
