import { Router } from 'express';
import { CaseloadImportRequestSchema } from '@ehcp/shared';
import { canImportCaseload } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { importCaseload, listCaseload } from '../../services/index.ts';
import { parseBody, requireStaff, staffOf } from '../middleware/index.ts';
import type { RouteDeps } from './route-deps.ts';

/** The signed-in school's caseload, and the SENDCo's CSV import into it. */
export function caseloadRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/', requireStaff, async (_req, res) => {
    const staff = staffOf(res.locals);
    const asOf = deps.today();
    res.json({ asOf, rows: await listCaseload(staff.schoolId, asOf) });
  });
  router.post('/import', requireStaff, async (req, res) => {
    const staff = staffOf(res.locals);
    const input = parseBody(CaseloadImportRequestSchema, req);
    if (!canImportCaseload(staff)) throw forbidden('Only the SENDCo can import a caseload.');
    res.status(201).json({ result: await importCaseload(staff.schoolId, input.csv, deps.today()) });
  });
  return router;
}
