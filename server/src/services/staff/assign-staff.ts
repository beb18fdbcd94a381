import type { StaffPrincipal } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { Review, User } from '../../models/index.ts';
import { recordAuditEvent, principalActor } from '../audit/index.ts';
import type { StaffDeps } from './staff-deps.ts';

/**
 * The SENDCo sets which staff are assigned to a review (who sees it under involved-only
 * visibility). Those added or taken off have their connections authorised afresh.
 * @throws AppError validation_failed (400) for an id that is not a current account of the school.
 */
export async function assignStaff(
  deps: Pick<StaffDeps, 'events'>,
  staff: StaffPrincipal,
  review: { id: string; schoolId: string; assignedStaffIds: string[] },
  staffIds: string[],
): Promise<string[]> {
  const wanted = [...new Set(staffIds)];
  const known = await User.countDocuments({ _id: { $in: wanted }, schoolId: staff.schoolId, removedAt: null });
  if (known !== wanted.length)
    throw new AppError('validation_failed', 400, 'Choose staff of this school.', {
      details: [{ path: 'staffIds', message: 'includes someone who is not on the school’s staff' }],
    });
  await Review.updateOne({ _id: review.id, schoolId: staff.schoolId }, { $set: { assignedStaffIds: wanted } });
  const before = new Set(review.assignedStaffIds);
  const changed = [...wanted.filter((id) => !before.has(id)), ...review.assignedStaffIds.filter((id) => !wanted.includes(id))];
  if (changed.length > 0) {
    await recordAuditEvent({
      schoolId: staff.schoolId,
      action: 'review.staff_assigned',
      actor: principalActor(staff),
      target: { kind: 'review', id: review.id },
      details: { staffIdsBefore: review.assignedStaffIds.join(' '), staffIdsAfter: wanted.join(' ') },
    });
    for (const userId of changed) deps.events.emit('user.access-changed', { userId, schoolId: staff.schoolId });
  }
  return wanted;
}
