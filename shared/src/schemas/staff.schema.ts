import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { LIMITS } from './limits.ts';
import type { StaffRole } from './auth.schema.ts';

/** What a staff member does in the school; decides their role (a SENDCo manages, everyone else is staff). */
export const STAFF_POSITIONS = ['sendco', 'teacher', 'teaching_assistant'] as const;
export type StaffPosition = (typeof STAFF_POSITIONS)[number];

/** Each position in words. */
export const STAFF_POSITION_LABELS: Readonly<Record<StaffPosition, string>> = {
  sendco: 'SENDCo',
  teacher: 'Teacher',
  teaching_assistant: 'Teaching assistant',
};

/** The account role a position carries. */
export const roleOfPosition = (position: StaffPosition): StaffRole => (position === 'sendco' ? 'sendco' : 'staff');

/** The SENDCo invites a member of staff: an account without a password, and a set-password email. */
export const InviteStaffRequestSchema = z.object({
  /** Their name as colleagues know it. */
  name: z.string().trim().min(1, 'Enter their name.').max(LIMITS.nameMax),
  /** Their work email: where the set-password link goes, and what they sign in with. */
  email: z.string().trim().toLowerCase().max(LIMITS.emailMax).pipe(z.email('Enter an email address, like name@school.org.uk.')),
  /** Teacher, teaching assistant, or another SENDCo. */
  position: z.enum(STAFF_POSITIONS, 'Choose what they do.'),
});
export type InviteStaffRequest = z.infer<typeof InviteStaffRequestSchema>;

/** Path parameters naming one staff account. */
export const StaffParamsSchema = z.object({ userId: IdSchema });

/** A new password, with the single-use token from the set-password email. */
export const SetPasswordRequestSchema = z.object({
  /** The token from the link (checked by its lookup; a wrong one answers 410). */
  token: z.string().min(1).max(200),
  /** At least LIMITS.passwordMin characters. */
  password: z
    .string()
    .min(LIMITS.passwordMin, `Use at least ${LIMITS.passwordMin} characters.`)
    .max(LIMITS.passwordMax, `Use at most ${LIMITS.passwordMax} characters.`),
});
export type SetPasswordRequest = z.infer<typeof SetPasswordRequestSchema>;

/** Who may see which reviews: every teacher and TA all of them, or only those they are involved in. */
export const STAFF_CASELOAD_VISIBILITIES = ['all', 'involved'] as const;
export type StaffCaseloadVisibility = (typeof STAFF_CASELOAD_VISIBILITIES)[number];

/** The school settings the SENDCo changes on the Staff page. */
export const SchoolSettingsSchema = z.object({
  /** `involved`: teachers and TAs see only reviews they are invited to or assigned to. */
  staffCaseloadVisibility: z.enum(STAFF_CASELOAD_VISIBILITIES),
});
export type SchoolSettings = z.infer<typeof SchoolSettingsSchema>;

/** The staff assigned to a review (seeing it under involved-only visibility), set by the SENDCo. */
export const AssignStaffRequestSchema = z.object({
  /** Every assigned account; the list replaces the one stored. */
  staffIds: z.array(IdSchema).max(LIMITS.assignedStaffMax),
});

/** One staff account as the SENDCo's Staff page lists it. */
export interface StaffMemberView {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  position: StaffPosition | null;
  /** `invited`: the set-password link has not been used yet. */
  status: 'active' | 'invited';
  isYou: boolean;
}
