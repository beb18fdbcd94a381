import type { DomainEventBus } from '../../events/index.ts';
import type { LoginRequest } from '@ehcp/shared';
import { AppError } from '../../errors/index.ts';
import { Session, User } from '../../models/index.ts';
import { createToken, DUMMY_HASH_PROMISE, hashPassword, hashToken, needsRehash, verifyPassword } from '../../auth/index.ts';
import { recordAuditEvent } from '../audit/index.ts';
import { signInSubject } from './record-sign-in-paused.ts';

/**
 * Signs a staff member in: verifies the password and creates a session.
 * @returns the session token for the cookie (shown once, stored only as a hash) and its expiry.
 * @throws AppError invalid_credentials, with the same message whether the email or the password was wrong.
 */
export async function signIn(
  input: LoginRequest,
  options: { sessionTtlMs: number; now?: Date },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const user = await User.findOne({ email: input.email, removedAt: null }).select('+passwordHash').lean();
  // Verify against a dummy hash for unknown emails (and removed or not yet activated accounts)
  // so response time does not reveal accounts.
  const isValid = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (!user?.passwordHash || !isValid) {
    // An unknown email belongs to no school and is recorded without it (and without the email typed).
    await recordAuditEvent({ ...signInSubject(user ?? null), action: 'session.sign_in_failed' });
    throw new AppError('invalid_credentials', 401, 'Email or password is not right.');
  }
  // Raised parameters reach every account at its next sign-in (the password is known only now).
  if (needsRehash(user.passwordHash))
    await User.updateOne({ _id: user._id }, { $set: { passwordHash: await hashPassword(input.password) } });
  const token = createToken();
  const expiresAt = new Date((options.now ?? new Date()).getTime() + options.sessionTtlMs);
  await Session.create({ tokenHash: hashToken(token), userId: user._id, expiresAt });
  await recordAuditEvent({
    schoolId: String(user.schoolId),
    action: 'session.signed_in',
    actor: { kind: 'staff', id: String(user._id), name: user.name },
  });
  return { token, expiresAt, userId: String(user._id) };
}

/** Ends a session and closes its live connections; unknown tokens are ignored. */
export async function signOut(deps: { events: DomainEventBus }, token: string | undefined): Promise<void> {
  if (!token || token.length > 100) return;
  const session = await Session.findOne({ tokenHash: hashToken(token) }).lean();
  if (!session) return;
  await Session.deleteOne({ _id: session._id });
  deps.events.emit('session.ended', { sessionId: String(session._id), userId: String(session.userId) });
}
