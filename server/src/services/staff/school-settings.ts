import type { SchoolSettings, StaffCaseloadVisibility } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { School, User } from '../../models/index.ts';
import { recordAuditEvent, principalActor } from '../audit/index.ts';
import type { StaffDeps } from './staff-deps.ts';

/** The school's settings. */
export async function getSchoolSettings(schoolId: string): Promise<SchoolSettings> {
  const school = await School.findById(schoolId, { staffCaseloadVisibility: 1 }).lean();
  return { staffCaseloadVisibility: (school?.staffCaseloadVisibility ?? 'all') as StaffCaseloadVisibility };
}

/**
 * The SENDCo changes the school's settings. A change of visibility reaches every teacher and TA
 * at once: their cached credentials are dropped and their live connections close and are
 * authorised afresh (`user.access-changed`), so a review they no longer see closes.
 */
export async function updateSchoolSettings(
  deps: Pick<StaffDeps, 'events'>,
  staff: StaffPrincipal,
  settings: SchoolSettings,
): Promise<SchoolSettings> {
  const before = await getSchoolSettings(staff.schoolId);
  if (before.staffCaseloadVisibility === settings.staffCaseloadVisibility) return before;
  await School.updateOne({ _id: staff.schoolId }, { $set: { staffCaseloadVisibility: settings.staffCaseloadVisibility } });
  await recordAuditEvent({
    schoolId: staff.schoolId,
    action: 'school.settings_changed',
    actor: principalActor(staff),
    target: { kind: 'school', id: staff.schoolId },
    details: {
      staffCaseloadVisibilityBefore: before.staffCaseloadVisibility,
      staffCaseloadVisibilityAfter: settings.staffCaseloadVisibility,
    },
  });
  const affected = await User.find({ schoolId: staff.schoolId, role: { $ne: 'sendco' }, removedAt: null }, { _id: 1 }).lean();
  for (const user of affected) deps.events.emit('user.access-changed', { userId: String(user._id), schoolId: staff.schoolId });
  return settings;
}
