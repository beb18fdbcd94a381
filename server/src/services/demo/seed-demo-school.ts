import { hashPassword } from '../../auth/index.ts';
import { Pupil, Review, School, User } from '../../models/index.ts';
import { todayInEngland } from '../clock.ts';
import { DEMO_ACCOUNTS, DEMO_PUPILS, DEMO_SCHOOL_NAME } from './demo-data.ts';
import { rebuildCaseloadEntries } from '../caseload/index.ts';

function shift(today: string, months: number, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(d, lastDay) - days);
  return date.toISOString().slice(0, 10);
}

/**
 * Creates the fictional demo school with its accounts, pupils and open reviews, once.
 * @returns true when it created the school, false when it already existed.
 */
export async function seedDemoSchool(now = new Date()): Promise<boolean> {
  if (await School.exists({ isDemo: true })) return false;
  const today = todayInEngland(now);
  const school = await School.create({ name: DEMO_SCHOOL_NAME, isDemo: true });
  for (const account of DEMO_ACCOUNTS) {
    await User.create({
      schoolId: school._id,
      name: account.name,
      email: account.email,
      role: account.role,
      position: account.position,
      passwordHash: await hashPassword(account.password),
    });
  }
  for (const p of DEMO_PUPILS) {
    const pupil = await Pupil.create({
      schoolId: school._id,
      givenName: p.givenName,
      familyName: p.familyName,
      dateOfBirth: shift(today, p.ageYears * 12, p.ageDays),
      planIssuedDate: shift(today, p.issuedMonthsAgo, 0),
      lastReviewMeetingDate: p.lastReviewMonthsAgo === null ? null : shift(today, p.lastReviewMonthsAgo, p.lastReviewDaysAgo),
    });
    await Review.create({ schoolId: school._id, pupilId: pupil._id });
  }
  await rebuildCaseloadEntries(String(school._id), today);
  return true;
}

export { DEMO_ACCOUNTS };
