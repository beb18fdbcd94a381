import { Router } from 'express';
import { caseloadRoutes as routes } from '@ehcp/shared';
import { canImportCaseload, visibleReviewFilter } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { getThisWeek, importCaseload, listCaseload } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

/** The signed-in school's caseload, and the SENDCo's CSV import into it. */
export function caseloadRoutes(deps: RouteDeps): Router {
  const router = Router();
  // Only involved-only staff need their reviews listed; for everyone else the school is the filter.
  serveStaff(router, routes.list, async ({ staff, query }) =>
    listCaseload(staff.schoolId, query, deps.today(), staff.seesOnlyInvolved ? await visibleReviewFilter(staff) : undefined),
  );
  serveStaff(router, routes.thisWeek, async ({ staff }) => ({
    thisWeek: await getThisWeek(staff.schoolId, deps.today(), await visibleReviewFilter(staff)),
  }));
  serveStaff(router, routes.import, async ({ staff, body }) => {
    if (!canImportCaseload(staff)) throw forbidden('Only the SENDCo can import a caseload.');
    return { result: await importCaseload(staff.schoolId, body.csv, deps.today()) };
  });
  return router;
}
