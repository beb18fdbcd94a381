import { User } from '../../models/index.ts';
import { recordAuditEvent } from '../audit/index.ts';

/**
 * Records once, when a sign-in limit starts refusing, that sign-in was paused (the refused
 * attempts after it are not recorded one by one: they are not checked at all). For a real
 * account the event belongs to its school, so the SENDCo sees it; for an unknown email to none.
 * @param scope which limit: `account-address`, `account`, `address` or `known-browser`.
 */
export async function recordSignInPaused(email: string, scope: string, retryAfterSeconds: number): Promise<void> {
  const user = await User.findOne({ email }).select('schoolId name').lean();
  await recordAuditEvent({
    schoolId: user ? String(user.schoolId) : null,
    action: 'session.sign_in_paused',
    actor: user
      ? { kind: 'staff', id: String(user._id), name: user.name }
      : { kind: 'anonymous', id: null, name: 'Unknown email' },
    details: { limit: scope, minutes: Math.ceil(retryAfterSeconds / 60) },
  });
}
