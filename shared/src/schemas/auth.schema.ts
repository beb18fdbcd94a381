import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Staff sign-in with email and password. */
export const LoginRequestSchema = z.object({
  /** The staff member's email address; compared case-insensitively. */
  email: z.string().trim().toLowerCase().max(LIMITS.emailMax).pipe(z.email('must be an email address')),
  /** The password as typed; never logged or stored. */
  password: z.string().min(1, 'is required').max(LIMITS.passwordMax),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Roles a staff account can hold within its school. */
export const StaffRoleSchema = z.enum(['sendco', 'staff']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

/** The signed-in staff member, as the client sees them. */
export const CurrentUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: StaffRoleSchema,
  schoolId: z.string(),
  schoolName: z.string(),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;
