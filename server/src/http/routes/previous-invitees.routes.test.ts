import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInEngland } from '@ehcp/shared';
import { Participant, Review } from '../../models/index.ts';
import { createParticipant } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/** Issue 11 item 4: invite last year's people in one go. */
let s: SchoolApp;
let thisYear: string;
const path = () => `/api/reviews/${thisYear}/participants/previous`;

beforeAll(async () => {
  s = await startWithSchool();
  // The factory's review is last year's; this year's is created after it for the same pupil.
  const lastYear = { ...s.school, reviewId: s.school.reviewId };
  await Review.updateOne({ _id: lastYear.reviewId }, { meetingDate: '2025-03-15', meetingHeld: true, status: 'finalised' });
  const due = addCalendarDays(todayInEngland(), -300);
  await createParticipant(lastYear, { name: 'Pat Parent', email: 'pat@example.test', dueDate: due });
  await createParticipant(lastYear, { name: 'Eve EP', email: 'Eve@ep.example', dueDate: due, role: 'educational_psychologist' });
  const withdrawn = await createParticipant(lastYear, { name: 'Wes Withdrawn', email: 'wes@example.test', dueDate: due });
  await Participant.updateOne({ _id: withdrawn }, { revokedAt: new Date() });
  thisYear = String((await Review.create({ schoolId: s.school.schoolId, pupilId: s.school.pupilId }))._id);
});
afterAll(() => stopSchoolApp(s));

describe('GET /api/reviews/:reviewId/participants/previous', () => {
  it('offers last year’s people, not the ones whose link was withdrawn', async () => {
    const result = await s.sendco.get(path());
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      reviewedOn: '2025-03-15',
      people: [
        { name: 'Pat Parent', email: 'pat@example.test', role: 'parent_carer', roleLabel: 'Parent or carer' },
        { name: 'Eve EP', email: 'Eve@ep.example', role: 'educational_psychologist', roleLabel: 'Educational psychologist' },
      ],
    });
  });

  it('leaves out whoever is already invited this year (email compared without case)', async () => {
    await s.sendco.request('PATCH', `/api/reviews/${thisYear}/meeting`, { date: addCalendarDays(todayInEngland(), 30) });
    const invited = await s.sendco.post(`/api/reviews/${thisYear}/participants`, {
      name: 'Eve EP',
      email: 'eve@ep.example',
      role: 'educational_psychologist',
    });
    expect(invited.status).toBe(201);
    expect((await s.sendco.get(path())).body.people.map((p: { name: string }) => p.name)).toEqual(['Pat Parent']);
  });

  it('offers nobody for a pupil’s first review, and only to the SENDCo', async () => {
    expect((await s.sendco.get(`/api/reviews/${s.school.reviewId}/participants/previous`)).body).toEqual({
      reviewedOn: null,
      people: [],
    });
    const teacher = await new TestClient(s.t.baseUrl).login(s.school.staff.email, s.school.password);
    expect((await teacher.get(path())).status).toBe(403);
  });
});
