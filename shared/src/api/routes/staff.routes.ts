import {
  AssignStaffRequestSchema,
  InviteStaffRequestSchema,
  SchoolSettingsSchema,
  SetPasswordRequestSchema,
  StaffParamsSchema,
  type SchoolSettings,
  type StaffMemberView,
} from '../../schemas/staff.schema.ts';
import { IdSchema } from '../../schemas/common.schema.ts';
import { z } from 'zod';
import { defineRoute, json } from '../contract.ts';

/** The SENDCo's Staff page (accounts, invitations, the visibility setting) and setting a password from an invitation. */
export const staffRoutes = {
  list: defineRoute({ method: 'GET', path: '/api/staff', response: json<{ staff: StaffMemberView[] }>() }),
  /** Creates an account without a password and emails a single-use set-password link. */
  invite: defineRoute({
    method: 'POST',
    path: '/api/staff',
    body: InviteStaffRequestSchema,
    status: 201,
    response: json<{ member: StaffMemberView }>(),
  }),
  /** Removes an account: its sessions end and its live connections close at once. */
  remove: defineRoute({
    method: 'DELETE',
    path: '/api/staff/:userId',
    params: StaffParamsSchema,
    status: 204,
    response: json<void>(),
  }),
  settings: defineRoute({ method: 'GET', path: '/api/school/settings', response: json<{ settings: SchoolSettings }>() }),
  updateSettings: defineRoute({
    method: 'PATCH',
    path: '/api/school/settings',
    body: SchoolSettingsSchema,
    response: json<{ settings: SchoolSettings }>(),
  }),
  /** Public: sets the password of an invited account from its emailed token (single use, expiring). */
  setPassword: defineRoute({
    method: 'POST',
    path: '/api/auth/set-password',
    body: SetPasswordRequestSchema,
    status: 204,
    response: json<void>(),
  }),
  /** The staff assigned to a review, and the SENDCo replacing them. */
  assigned: defineRoute({
    method: 'GET',
    path: '/api/reviews/:reviewId/assigned-staff',
    params: z.object({ reviewId: IdSchema }),
    response: json<{ staffIds: string[] }>(),
  }),
  assign: defineRoute({
    method: 'PATCH',
    path: '/api/reviews/:reviewId/assigned-staff',
    params: z.object({ reviewId: IdSchema }),
    body: AssignStaffRequestSchema,
    response: json<{ staffIds: string[] }>(),
  }),
};
