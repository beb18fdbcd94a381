import type { CurrentUser } from '@ehcp/shared';
import { notFound } from '../../errors/index.ts';
import { School, User } from '../../models/index.ts';

/** Loads the signed-in user with their school's name. */
export async function getCurrentUser(userId: string): Promise<CurrentUser> {
  const user = await User.findById(userId).lean();
  if (!user) throw notFound('user');
  const school = await School.findById(user.schoolId).lean();
  return {
    id: String(user._id),
    name: user.name,
    email: user.email,
    role: user.role,
    schoolId: String(user.schoolId),
    schoolName: school?.name ?? '',
  };
}
