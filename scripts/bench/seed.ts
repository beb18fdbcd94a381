import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../server/src/auth/index.ts';
import { School, User } from '../../server/src/models/index.ts';

/** A benchmark school with one SENDCo who can sign in; the caller adds pupils and reviews. */
export async function seedBenchSchool(name: string): Promise<{ schoolId: unknown; email: string; password: string }> {
  const school = await School.create({ name });
  const email = `bench-${randomBytes(4).toString('hex')}@bench.test`;
  const password = 'benchmark-password';
  await User.create({
    schoolId: school._id,
    name: 'Bench SENDCo',
    email,
    role: 'sendco',
    passwordHash: await hashPassword(password),
  });
  return { schoolId: school._id, email, password };
}
