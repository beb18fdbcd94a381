import { roleOfPosition, STAFF_POSITION_LABELS, type InviteStaffRequest, type StaffMemberView } from '@ehcp/shared';
import { createToken, hashToken, type StaffPrincipal } from '../../auth/index.ts';
import { conflict } from '../../errors/index.ts';
import { School, User } from '../../models/index.ts';
import { recordAuditEvent, principalActor } from '../audit/index.ts';
import { deliverMail } from '../mail/index.ts';
import { PASSWORD_LINK_TTL_MS, type StaffDeps } from './staff-deps.ts';

/** The set-password link for a token. */
export const setPasswordLink = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/set-password/${token}`;

/**
 * The SENDCo invites a member of staff: an account without a password, and an email with a
 * single-use set-password link that works for seven days (only its SHA-256 is stored; the outbox
 * keeps the link sealed, decision 40). An account removed earlier in this school is brought back
 * the same way.
 * @throws AppError staff_exists (409) when the email already has an account.
 */
export async function inviteStaff(deps: StaffDeps, staff: StaffPrincipal, input: InviteStaffRequest): Promise<StaffMemberView> {
  const existing = await User.findOne({ email: input.email }).lean();
  if (existing && (existing.removedAt === null || String(existing.schoolId) !== staff.schoolId))
    throw conflict('staff_exists', 'There is already an account with this email address.');
  const token = createToken();
  const fields = {
    name: input.name,
    role: roleOfPosition(input.position),
    position: input.position,
    passwordHash: null,
    passwordTokenHash: hashToken(token),
    passwordTokenExpiresAt: new Date(Date.now() + PASSWORD_LINK_TTL_MS),
    removedAt: null,
  };
  if (existing) await User.updateOne({ _id: existing._id }, { $set: fields });
  const user = existing ?? (await User.create({ schoolId: staff.schoolId, email: input.email, ...fields }));
  const school = await School.findById(staff.schoolId, { name: 1 }).lean();
  const link = setPasswordLink(deps.publicUrl, token);
  await deliverMail(
    deps.mailer,
    staff.schoolId,
    {
      to: input.email,
      subject: `Your account for ${school?.name ?? 'your school'}’s EHCP annual reviews`,
      text: [
        `Dear ${input.name},`,
        '',
        `${staff.name} has made you an account as ${STAFF_POSITION_LABELS[input.position]} for ${school?.name ?? 'your school'}’s EHCP annual reviews.`,
        '',
        'Choose your password here (the link works once, for 7 days):',
        link,
        '',
        `Then sign in with this email address, ${input.email}.`,
      ].join('\n'),
      links: [link],
    },
    deps.outboxSecret,
  );
  const id = String(user._id);
  await recordAuditEvent({
    schoolId: staff.schoolId,
    action: 'staff.invited',
    actor: principalActor(staff),
    target: { kind: 'user', id },
    details: { name: input.name, email: input.email, position: input.position, reinvited: Boolean(existing) },
  });
  return {
    id,
    name: input.name,
    email: input.email,
    role: fields.role,
    position: input.position,
    status: 'invited',
    isYou: false,
  };
}
