import { Router } from 'express';
import { staffRoutes as routes } from '@ehcp/shared';
import { canManageStaff, type StaffPrincipal } from '../../auth/index.ts';
import { forbidden } from '../../errors/index.ts';
import {
  assignStaff,
  getSchoolSettings,
  inviteStaff,
  listStaff,
  removeStaff,
  setPasswordFromLink,
  updateSchoolSettings,
  type StaffDeps,
} from '../../services/index.ts';
import { serve, serveStaff } from '../serve.ts';
import { loadVisibleReview } from './reviews.routes.ts';
import type { RouteDeps } from './route-deps.ts';

const requireSendco = (staff: StaffPrincipal) => {
  if (!canManageStaff(staff)) throw forbidden('Only the SENDCo manages staff accounts and the school’s settings.');
};

/** The SENDCo's Staff page, review assignments, and the public set-password step of an invitation. */
export function staffRoutes(deps: RouteDeps): Router {
  const router = Router();
  const staffDeps = (): StaffDeps => ({
    events: deps.events,
    mailer: deps.mailer,
    publicUrl: deps.publicUrl(),
    outboxSecret: deps.config.outbox.secret,
  });
  serveStaff(router, routes.list, async ({ staff }) => {
    requireSendco(staff);
    return { staff: await listStaff(staff.schoolId, staff.userId) };
  });
  serveStaff(router, routes.invite, async ({ staff, body }) => {
    requireSendco(staff);
    return { member: await inviteStaff(staffDeps(), staff, body) };
  });
  serveStaff(router, routes.remove, async ({ staff, params }) => {
    requireSendco(staff);
    await removeStaff(deps, staff, params.userId);
  });
  serveStaff(router, routes.settings, async ({ staff }) => {
    requireSendco(staff);
    return { settings: await getSchoolSettings(staff.schoolId) };
  });
  serveStaff(router, routes.updateSettings, async ({ staff, body }) => {
    requireSendco(staff);
    return { settings: await updateSchoolSettings(deps, staff, body) };
  });
  serve(router, routes.setPassword, async ({ body }) => {
    await setPasswordFromLink(body);
  });
  serveStaff(router, routes.assigned, async ({ staff, params }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    return { staffIds: review.assignedStaffIds };
  });
  serveStaff(router, routes.assign, async ({ staff, params, body }) => {
    const review = await loadVisibleReview(staff, params.reviewId);
    requireSendco(staff);
    return { staffIds: await assignStaff(deps, staff, review, body.staffIds) };
  });
  return router;
}
