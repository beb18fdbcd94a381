import { User } from '../../models/index.ts';
import { recordAuditEvent, type AuditActor } from '../audit/index.ts';

/**
 * Who a sign-in event is about: the account, or for an unknown email nobody (and not the email
 * typed: it might be a password typed in the wrong box). Its school, or none.
 */
export function signInSubject(user: { _id: unknown; schoolId: unknown; name: string } | null): {
  schoolId: string | null;
  actor: AuditActor;
} {
  return user
    ? { schoolId: String(user.schoolId), actor: { kind: 'staff', id: String(user._id), name: user.name } }
    : { schoolId: null, actor: { kind: 'anonymous', id: null, name: 'Unknown email' } };
}

/**
 * Records once, when a sign-in limit starts refusing, that sign-in was paused (the refused
 * attempts after it are not recorded one by one: they are not checked at all). For a real
 * account the event belongs to its school, so the SENDCo sees it; for an unknown email to none.
 * @param scope which limit: `account-address`, `account`, `address` or `known-browser`.
 */
export async function recordSignInPaused(email: string, scope: string, retryAfterSeconds: number): Promise<void> {
  const user = await User.findOne({ email }).select('schoolId name').lean();
  await recordAuditEvent({
    ...signInSubject(user),
    action: 'session.sign_in_paused',
    details: { limit: scope, minutes: Math.ceil(retryAfterSeconds / 60) },
  });
}
