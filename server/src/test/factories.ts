import type { ParticipantRole } from '@ehcp/shared';
import { createToken, hashPassword, hashToken } from '../auth/index.ts';
import { Participant, Pupil, Review, School, User } from '../models/index.ts';
import { linkExpiry } from '../services/index.ts';

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

/**
 * A participant stored directly (no invitation email), invited `invitedDaysAgo` days ago, for
 * tests that need dates the API refuses (a past due date, an invitation in the past).
 */
export async function createParticipant(
  school: { schoolId: string; reviewId: string; sendco: { id: string } },
  fields: { name: string; email: string; dueDate: string; invitedDaysAgo?: number; role?: ParticipantRole },
) {
  const participant = await Participant.create({
    reviewId: school.reviewId,
    schoolId: school.schoolId,
    name: fields.name,
    email: fields.email,
    role: fields.role ?? 'parent_carer',
    dueDate: fields.dueDate,
    tokenHash: hashToken(createToken()),
    expiresAt: linkExpiry(fields.dueDate),
    invitedAt: new Date(Date.now() - (fields.invitedDaysAgo ?? 10) * 86_400_000),
    invitedBy: school.sendco.id,
  });
  return String(participant._id);
}
