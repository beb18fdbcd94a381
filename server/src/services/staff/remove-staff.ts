import type { StaffPrincipal } from '../../auth/index.ts';
import { conflict, notFound } from '../../errors/index.ts';
import { Session, User } from '../../models/index.ts';
import { recordAuditEvent, principalActor } from '../audit/index.ts';
import type { StaffDeps } from './staff-deps.ts';

/**
 * The SENDCo removes a staff account: it can no longer sign in, its sessions are deleted and its
 * open connections (Socket.io and live documents) close at once, through `user.access-changed`.
 * The account is kept, marked removed, so the names in the records it left still resolve.
 * @throws AppError staff_not_found (404), conflict (409) for oneself, last_sendco (409).
 */
export async function removeStaff(deps: Pick<StaffDeps, 'events'>, staff: StaffPrincipal, userId: string): Promise<void> {
  const user = await User.findOne({ _id: userId, schoolId: staff.schoolId, removedAt: null }).lean();
  if (!user) throw notFound('staff member', 'staff_not_found');
  if (String(user._id) === staff.userId) throw conflict('conflict', 'You cannot remove your own account.');
  if (user.role === 'sendco') {
    const others = await User.countDocuments({
      schoolId: staff.schoolId,
      role: 'sendco',
      removedAt: null,
      _id: { $ne: user._id },
    });
    if (others === 0) throw conflict('last_sendco', 'The school’s last SENDCo cannot be removed.');
  }
  await User.updateOne(
    { _id: user._id },
    { $set: { removedAt: new Date(), passwordHash: null, passwordTokenHash: null, passwordTokenExpiresAt: null } },
  );
  await Session.deleteMany({ userId: user._id });
  deps.events.emit('user.access-changed', { userId: String(user._id), schoolId: staff.schoolId });
  await recordAuditEvent({
    schoolId: staff.schoolId,
    action: 'staff.removed',
    actor: principalActor(staff),
    target: { kind: 'user', id: String(user._id) },
    details: { name: user.name, email: user.email, role: user.role },
  });
}
