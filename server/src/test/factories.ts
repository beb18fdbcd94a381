import { hashPassword } from '../auth/index.ts';
import { Pupil, Review, School, User } from '../models/index.ts';

let counter = 0;
const next = () => ++counter;

/** A school with a SENDCo and a member of staff, and one pupil with an open review. */
export async function createSchoolWithReview(options: { name?: string } = {}) {
  const n = next();
  const school = await School.create({ name: options.name ?? `Test School ${n}` });
  const password = `password-${n}`;
  const sendco = await User.create({
    schoolId: school._id,
    name: `Sam SENDCo ${n}`,
    email: `sendco${n}-${school._id}@school.test`,
    role: 'sendco',
    passwordHash: await hashPassword(password),
  });
  const staff = await User.create({
    schoolId: school._id,
    name: `Terry Teacher ${n}`,
    email: `teacher${n}-${school._id}@school.test`,
    role: 'staff',
    passwordHash: await hashPassword(password),
  });
  const pupil = await Pupil.create({
    schoolId: school._id,
    name: `Pupil ${n}`,
    dateOfBirth: '2012-10-01',
    planIssuedDate: '2023-03-15',
    lastReviewMeetingDate: '2025-03-15',
  });
  const review = await Review.create({ schoolId: school._id, pupilId: pupil._id });
  return {
    schoolId: String(school._id),
    reviewId: String(review._id),
    pupilId: String(pupil._id),
    password,
    sendco: { id: String(sendco._id), email: sendco.email },
    staff: { id: String(staff._id), email: staff.email },
  };
}
