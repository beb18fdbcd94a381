import type { StaffMemberView, StaffPosition } from '@ehcp/shared';
import { User } from '../../models/index.ts';

/** The school's staff accounts (removed ones left out), SENDCos first, then by name. */
export async function listStaff(schoolId: string, viewerId: string): Promise<StaffMemberView[]> {
  const users = await User.find({ schoolId, removedAt: null }).select('+passwordHash').lean();
  return users
    .map((user) => ({
      id: String(user._id),
      name: user.name,
      email: user.email,
      role: user.role,
      position: (user.position ?? null) as StaffPosition | null,
      status: user.passwordHash ? ('active' as const) : ('invited' as const),
      isYou: String(user._id) === viewerId,
    }))
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'sendco' ? -1 : 1));
}
