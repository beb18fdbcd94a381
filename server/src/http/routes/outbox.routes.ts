import { Router } from 'express';
import { participantRoutes as routes } from '@ehcp/shared';
import { canSeeSchoolRecords } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { listOutbox } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

/** GET /api/outbox: the SENDCo's view of every message the app recorded for their school. */
export function outboxRoutes(deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.outbox, async ({ staff, res }) => {
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo sees the outbox.');
    res.setHeader('Cache-Control', 'private, no-store');
    return { messages: await listOutbox(staff.schoolId, deps.config.outbox.secret) };
  });
  return router;
}
