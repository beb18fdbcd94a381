import express, { type Express, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logging/index.ts';
import { apiNotFound, createErrorHandler } from './error-handler.ts';
import { requestContext } from './middleware/index.ts';
import {
  authRoutes,
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
} from './routes/index.ts';
import { LIMITS } from '@ehcp/shared';

/** Mutations must be JSON: a cross-site HTML form cannot send that without a CORS preflight. */
const requireJsonForMutations: RequestHandler = (req, res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !hasBody || req.is('application/json')) return next();
  res.status(415).json({ error: { code: 'validation_failed', message: 'Send JSON (Content-Type: application/json).' } });
};

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  next();
};

/** Builds the Express app (no listen). Tests call this directly with injected deps. */
export function createHttpApp(deps: RouteDeps, logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use(requestContext);
  // The caseload CSV travels as JSON and may be larger than other bodies; parsed first, so the
  // general parser below leaves it alone.
  app.use('/api/caseload/import', requireJsonForMutations, express.json({ limit: LIMITS.caseloadImportMaxBytes * 2 }));
  app.use('/api', requireJsonForMutations, express.json({ limit: '100kb' }));
  app.use('/api/health', healthRoutes());
  app.use('/api/auth', authRoutes(deps));
  app.use('/api/caseload', caseloadRoutes(deps));
  app.use('/api/reviews', reviewCycleRoutes(deps));
  app.use('/api/reviews', reviewRoutes(deps));
  app.use('/api/reviews', shareLinkRoutes(deps));
  app.use('/api/calendar-feeds', calendarFeedRoutes(deps));
  app.use('/api/shared', sharedOutcomeRoutes(deps));
  app.use('/api/reviews', participantRoutes(deps));
  app.use('/api/reviews', circulationRoutes(deps));
  app.use('/api/outbox', outboxRoutes());
  app.use('/api/audit', auditRoutes(deps));
  app.use('/api/participant', participantAccessRoutes(deps));
  app.use('/api', apiNotFound);
  app.use('/calendar', publicCalendarRoutes(deps));

  const clientDist = deps.config.http.clientDist;
  if (clientDist && existsSync(join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // Client-side routes (/, /reviews/:id, /la/:token, /p/:token) all serve the SPA shell.
    app.get('/{*path}', (_req, res) => res.sendFile(join(clientDist, 'index.html')));
  }
  app.use(createErrorHandler(logger));
  return app;
}
