import { Router } from 'express';
import { listCaseload } from '../../services/index.ts';
import { requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** The signed-in school's caseload. */
export function caseloadRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/', requireStaff, async (_req, res) => {
    const staff = staffOf(res.locals);
    const asOf = deps.today();
    res.json({ asOf, rows: await listCaseload(staff.schoolId, asOf) });
  });
  return router;
}
