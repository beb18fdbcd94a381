import { KnownDevice, User } from '../models/index.ts';
import { createToken, hashToken } from './tokens.ts';

/** Cookie naming a browser that has signed in before (httpOnly, SameSite=Strict, only sent to /api/auth). */
export const KNOWN_DEVICE_COOKIE = 'ehcp_device';

/** How long a browser stays known after its last successful sign-in. */
export const KNOWN_DEVICE_TTL_MS = 90 * 24 * 3_600_000;

/** Browsers kept per account (the most recently used): a script signing in without cookies cannot grow the list. */
export const KNOWN_DEVICES_PER_ACCOUNT = 20;

const isWellFormed = (token: string | undefined): token is string => !!token && /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * The id of the known-browser record a cookie proves, when it belongs to the account with this
 * email and has not expired; otherwise null (no cookie, a forged or stale one, another account's).
 */
export async function findKnownDevice(token: string | undefined, email: string, now = new Date()): Promise<string | null> {
  if (!isWellFormed(token)) return null;
  const device = await KnownDevice.findOne({ tokenHash: hashToken(token), expiresAt: { $gt: now } }).lean();
  if (!device) return null;
  const user = await User.findOne({ _id: device.userId, email }).select('_id').lean();
  return user ? String(device._id) : null;
}

/**
 * After a successful sign-in: keeps the browser known for another KNOWN_DEVICE_TTL_MS. A cookie
 * already proving this account is extended (same token); otherwise a new token is issued.
 * @returns the cookie value to set and when it expires.
 */
export async function rememberDevice(
  userId: string,
  presented: string | undefined,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + KNOWN_DEVICE_TTL_MS);
  if (isWellFormed(presented)) {
    const extended = await KnownDevice.updateOne(
      { tokenHash: hashToken(presented), userId, expiresAt: { $gt: now } },
      { $set: { expiresAt } },
    );
    if (extended.matchedCount === 1) return { token: presented, expiresAt };
  }
  const token = createToken();
  await KnownDevice.create({ tokenHash: hashToken(token), userId, expiresAt });
  const surplus = await KnownDevice.find({ userId })
    .sort({ expiresAt: -1, _id: -1 })
    .skip(KNOWN_DEVICES_PER_ACCOUNT)
    .select('_id')
    .lean();
  if (surplus.length > 0) await KnownDevice.deleteMany({ _id: { $in: surplus.map((device) => device._id) } });
  return { token, expiresAt };
}
