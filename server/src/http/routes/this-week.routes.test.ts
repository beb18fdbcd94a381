import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInEngland, type ThisWeek, type ThisWeekKind } from '@ehcp/shared';
import { Contribution, Pupil, Review } from '../../models/index.ts';
import { createParticipant, createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/**
 * Issue 11 item 2: the "This week" view lists meetings, contributions due, papers to circulate,
 * reports due to the LA and LA decisions due in the next seven days, with counts; what is late
 * and not done stays listed, marked late.
 */
const today = todayInEngland();
const day = (offset: number) => addCalendarDays(today, offset);
let s: SchoolApp;
let week: ThisWeek;
const group = (kind: ThisWeekKind) => week.groups.find((g) => g.kind === kind)!;
const names = (kind: ThisWeekKind) => group(kind).items.map((item) => item.pupilName);

async function pupilWithReview(name: string, facts: Record<string, unknown>): Promise<string> {
  const pupil = await Pupil.create({
    schoolId: s.school.schoolId,
    name,
    dateOfBirth: '2013-05-01',
    planIssuedDate: '2022-01-10',
    lastReviewMeetingDate: '2026-01-20',
  });
  return String((await Review.create({ schoolId: s.school.schoolId, pupilId: pupil._id, ...facts }))._id);
}

beforeAll(async () => {
  s = await startWithSchool({ today });
  // The school's first review: the meeting in three days (so the papers are already late).
  await s.sendco.request('PATCH', `/api/reviews/${s.school.reviewId}/meeting`, { date: day(3), time: '10:00', place: 'Room 2' });
  await s.sendco.post(`/api/reviews/${s.school.reviewId}/participants`, {
    name: 'Pat Parent',
    email: 'pat@example.test',
    role: 'parent_carer',
    dueDate: day(2),
  });
  await createParticipant(s.school, { name: 'Lee Late', email: 'lee@example.test', dueDate: day(-2), role: 'school_staff' });
  const sentId = await createParticipant(s.school, { name: 'Sue Sent', email: 'sue@example.test', dueDate: day(1) });
  await Contribution.create({
    participantId: sentId,
    reviewId: s.school.reviewId,
    schoolId: s.school.schoolId,
    submittedAt: new Date(),
  });
  await pupilWithReview('Report Due', { meetingDate: day(-10), meetingHeld: true });
  await pupilWithReview('Report Late', { meetingDate: day(-30), meetingHeld: true });
  await pupilWithReview('Decision Due', { meetingDate: day(-25), meetingHeld: true, reportSentDate: day(-20) });
  await pupilWithReview('Next Month', { meetingDate: day(40) });
  // Another school's week is its own.
  const other = await createSchoolWithReview();
  await Review.updateOne({ _id: other.reviewId }, { meetingDate: day(1) });
  week = (await s.sendco.get('/api/caseload/this-week')).body.thisWeek;
});
afterAll(() => stopSchoolApp(s));

describe('This week', () => {
  it('covers today and the six days after', () => {
    expect(week.asOf).toBe(today);
    expect(week.until).toBe(day(6));
    expect(week.groups.map((g) => g.label)).toEqual([
      'Review meetings',
      'Contributions due',
      'Papers to circulate',
      'Reports due to the LA',
      'LA decisions due',
    ]);
  });

  it('lists the meeting with its time and place, and not next month’s nor another school’s', () => {
    expect(group('meetings').count).toBe(1);
    expect(group('meetings').items[0]).toMatchObject({ date: day(3), isLate: false });
    expect(group('meetings').items[0]!.detail).toContain('10:00 to 11:00, at Room 2');
  });

  it('lists contributions not yet sent, a late one first and marked late; a sent one is not listed', () => {
    expect(group('contributions').items.map((item) => [item.detail, item.isLate])).toEqual([
      ['Lee Late (Teacher or other school staff)', true],
      ['Pat Parent (Parent or carer)', false],
    ]);
    expect(group('contributions').count).toBe(2);
  });

  it('lists papers whose statutory circulation date has passed as late, not dropped', () => {
    expect(group('papers').items).toEqual([expect.objectContaining({ date: day(3 - 14), isLate: true })]);
  });

  it('lists reports due to the LA (two weeks after the meeting), the late one marked late', () => {
    expect(names('reports')).toEqual(['Report Late', 'Report Due']);
    expect(group('reports').items.map((item) => [item.date, item.isLate])).toEqual([
      [day(-16), true],
      [day(4), false],
    ]);
  });

  it('lists LA decisions due, from the report sent', () => {
    expect(names('decisions')).toEqual(['Decision Due']);
    expect(group('decisions').items[0]!.date).toBe(day(3));
  });

  it('is open to the school’s teachers too, and to no one signed out', async () => {
    const teacher = await new TestClient(s.t.baseUrl).login(s.school.staff.email, s.school.password);
    expect((await teacher.get('/api/caseload/this-week')).status).toBe(200);
    expect((await new TestClient(s.t.baseUrl).get('/api/caseload/this-week')).status).toBe(401);
  });
});
