import type { SetPasswordRequest } from '@ehcp/shared';
import { hashPassword, hashToken } from '../../auth/index.ts';
import { AppError } from '../../errors/index.ts';
import { User } from '../../models/index.ts';
import { recordAuditEvent } from '../audit/index.ts';

const unavailable = () =>
  new AppError(
    'password_link_unavailable',
    410,
    'This link no longer works: it was used already or is more than 7 days old. Ask your SENDCo to invite you again.',
  );

/**
 * Sets an invited member's password from the token in their email. The token works once (it is
 * cleared in the same conditional update that stores the password, so two tabs cannot both use
 * it) and until it expires; the account then signs in like any other.
 * @throws AppError password_link_unavailable (410) for an unknown, used or expired token.
 */
export async function setPasswordFromLink(input: SetPasswordRequest, now = new Date()): Promise<void> {
  if (input.token.length > 100) throw unavailable();
  const tokenHash = hashToken(input.token);
  const passwordHash = await hashPassword(input.password);
  const user = await User.findOne({ passwordTokenHash: tokenHash, passwordTokenExpiresAt: { $gt: now }, removedAt: null }).lean();
  if (!user) throw unavailable();
  // Conditional on the token still being there: of two uses at once, only one changes the row.
  // (Not findOneAndUpdate: FerretDB cannot project the hidden fields in findAndModify.)
  const { modifiedCount } = await User.updateOne(
    { _id: user._id, passwordTokenHash: tokenHash },
    { $set: { passwordHash, passwordTokenHash: null, passwordTokenExpiresAt: null } },
  );
  if (modifiedCount !== 1) throw unavailable();
  await recordAuditEvent({
    schoolId: String(user.schoolId),
    action: 'staff.password_set',
    actor: { kind: 'staff', id: String(user._id), name: user.name },
    target: { kind: 'user', id: String(user._id) },
  });
}
