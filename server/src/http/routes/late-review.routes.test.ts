import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, longDate, todayInEngland, workingDaysBefore } from '@ehcp/shared';
import { TestClient } from '../../test/http-client.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/**
 * Issue 11 item 1: a late review works end to end on the server. The meeting is booked six days
 * ahead (short notice, the statutory circulation date already passed): booking warns with the
 * reason, invitations default to two working days before the meeting, any date from today on is
 * accepted, and the tracker carries the lateness.
 */
const today = todayInEngland();
const meetingDate = addCalendarDays(today, 6);
let s: SchoolApp;
const meetingPath = () => `/api/reviews/${s.school.reviewId}/meeting`;
const participantsPath = () => `/api/reviews/${s.school.reviewId}/participants`;

beforeAll(async () => {
  s = await startWithSchool({ today });
});
afterAll(() => stopSchoolApp(s));

describe('a late review: the meeting six days away', () => {
  it('books the meeting with its time, place and video link, warning with the statutory reason', async () => {
    const booked = await s.sendco.request('PATCH', meetingPath(), {
      date: meetingDate,
      time: '14:30',
      durationMinutes: 90,
      place: 'Oakfield, Room 4',
      videoLink: 'https://meet.example/abc',
    });
    expect(booked.status).toBe(200);
    expect(booked.body.meeting).toEqual({
      date: meetingDate,
      time: '14:30',
      durationMinutes: 90,
      place: 'Oakfield, Room 4',
      videoLink: 'https://meet.example/abc',
    });
    expect(booked.body.warnings[0]).toMatch(/^Short notice: the meeting on .* is 6 days away.*reg 20\(3\)–\(4\)/);
    expect(booked.body.cycle.facts.meetingDate).toBe(meetingDate);
    // Saving the same date again is not a new booking: no warning repeated.
    const again = await s.sendco.request('PATCH', meetingPath(), { date: meetingDate, place: 'Oakfield, Room 5' });
    expect(again.body.warnings).toEqual([]);
    expect(again.body.meeting.place).toBe('Oakfield, Room 5');
    expect(again.body.meeting.time).toBe('14:30');
  });

  it('refuses bad meeting input with the field named, and other staff', async () => {
    const bad = await s.sendco.request('PATCH', meetingPath(), {
      date: meetingDate,
      time: '25:00',
      videoLink: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['time', 'videoLink']);
    const staff = await new TestClient(s.t.baseUrl).login(s.school.staff.email, s.school.password);
    expect((await staff.request('PATCH', meetingPath(), { date: meetingDate })).status).toBe(403);
  });

  it('offers two working days before the meeting as the due date, and says plainly that the statutory date passed', async () => {
    const listed = await s.sendco.get(participantsPath());
    const suggested = workingDaysBefore(meetingDate, 2) >= today ? workingDaysBefore(meetingDate, 2) : today;
    expect(listed.body.invitation.suggestedDueDate).toBe(suggested);
    expect(listed.body.invitation.lateNotice).toContain(`${longDate(addCalendarDays(meetingDate, -14))}, has passed`);
  });

  it('invites with a blank date (the suggested one) and with a date after the statutory one: never refused', async () => {
    const blank = await s.sendco.post(participantsPath(), {
      name: 'Pat Parent',
      email: 'pat@example.test',
      role: 'parent_carer',
    });
    expect(blank.status).toBe(201);
    expect(blank.body.lateness).toMatch(/After the statutory date/);
    const dated = await s.sendco.post(participantsPath(), {
      name: 'Dr Eve Psychologist',
      email: 'eve@ep.example',
      role: 'educational_psychologist',
      dueDate: addCalendarDays(today, 1),
    });
    expect(dated.status).toBe(201);
    expect(dated.body.participant.dueDate).toBe(addCalendarDays(today, 1));
    const tracker = await s.sendco.get(participantsPath());
    expect(
      tracker.body.participants.every((p: { lateness: string | null }) => p.lateness?.startsWith('After the statutory date')),
    ).toBe(true);
    const outbox = await s.sendco.get('/api/outbox');
    expect(outbox.body.messages[0].text).toContain(', 14:30 to 16:00, at Oakfield, Room 5, or online: https://meet.example/abc');
  });
});
