import { Router } from 'express';
import { pupilRoutes as routes } from '@ehcp/shared';
import { canManagePupils, type StaffPrincipal } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import { archivePupil, createPupil, deletePupil, listPupils, updatePupil } from '../../services/index.ts';
import { serveStaff } from '../serve.ts';
import type { RouteDeps } from './route-deps.ts';

const requireSendco = (staff: StaffPrincipal) => {
  if (!canManagePupils(staff)) throw forbidden('Only the SENDCo manages the school’s pupils.');
};

/** The SENDCo's Pupils page. Handler order: auth → validate → authorize → use case (which loads within the school). */
export function pupilsRoutes(deps: RouteDeps): Router {
  const router = Router();
  serveStaff(router, routes.list, async ({ staff, query }) => {
    requireSendco(staff);
    return { pupils: await listPupils(staff.schoolId, query.show) };
  });
  serveStaff(router, routes.create, async ({ staff, body }) => {
    requireSendco(staff);
    return { pupil: await createPupil(staff, body) };
  });
  serveStaff(router, routes.update, async ({ staff, params, body }) => {
    requireSendco(staff);
    return { pupil: await updatePupil(staff, params.pupilId, body) };
  });
  serveStaff(router, routes.archive, async ({ staff, params, body }) => {
    requireSendco(staff);
    return { pupil: await archivePupil(staff, params.pupilId, body.archived) };
  });
  serveStaff(router, routes.remove, async ({ staff, params }) => {
    requireSendco(staff);
    await deletePupil(deps, staff, params.pupilId);
  });
  return router;
}
