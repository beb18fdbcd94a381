import { Router } from 'express';
import { canSeeSchoolRecords } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { listOutbox } from '../../services/index.ts';
import { requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** GET /api/outbox: the SENDCo's view of every message the app recorded for their school. */
export function outboxRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/', requireStaff, async (_req, res) => {
    const staff = staffOf(res.locals);
    if (!canSeeSchoolRecords(staff)) throw forbidden('Only the SENDCo sees the outbox.');
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ messages: await listOutbox(staff.schoolId, deps.config.outbox.secret) });
  });
  return router;
}
