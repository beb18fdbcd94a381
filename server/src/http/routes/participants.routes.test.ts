import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailMessage, Participant, Review } from '../../models/index.ts';
import { longDate, todayInEngland } from '../../services/index.ts';
import type { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase, type TestApp } from '../../test/test-app.ts';
import { startWithTwoSchools } from '../../test/two-schools.ts';
import { tokenOf } from '../../test/participant-links.ts';

let t: TestApp;
let home: Awaited<ReturnType<typeof createSchoolWithReview>>;
let other: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
let staff: TestClient;
let otherSendco: TestClient;
const anonymous = () => new TestClient(t.baseUrl);
const parent = { name: 'Pat Parent', email: 'Pat.Parent@example.test', role: 'parent_carer' };
const path = () => `/api/reviews/${home.reviewId}/participants`;
// Links expire by the real clock, so the calendar is built around the real today.
const today = todayInEngland();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const meetingDate = addDays(50);
const adviceBy = addDays(36); // two weeks before the meeting

beforeAll(async () => {
  ({ t, home, other, sendco, staff, otherSendco } = await startWithTwoSchools(today));
  await Review.updateOne({ _id: home.reviewId }, { $set: { meetingDate } });
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('POST /api/reviews/:reviewId/participants', () => {
  it('needs a session, a valid body, the SENDCo, and the school’s own review', async () => {
    expect((await anonymous().post(path(), parent)).status).toBe(401);
    const invalid = await sendco.post(path(), { ...parent, role: 'wizard', email: 'nope' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'role']);
    expect((await sendco.post('/api/reviews/not-an-id/participants', parent)).status).toBe(400);
    expect((await staff.post(path(), parent)).status).toBe(403);
    const crossSchool = await otherSendco.post(path(), parent);
    expect(crossSchool.status).toBe(404);
    expect(crossSchool.body.error.code).toBe('review_not_found');
    expect(await Participant.countDocuments({})).toBe(0);
  });

  it('adds a parent due by the statutory advice date, stores only the token hash, and records the invitation', async () => {
    const result = await sendco.post(path(), parent);
    expect(result.status).toBe(201);
    expect(result.body.participant).toMatchObject({
      name: 'Pat Parent',
      email: 'pat.parent@example.test',
      role: 'parent_carer',
      roleLabel: 'Parent or carer',
      status: 'invited',
      dueDate: adviceBy,
      openedAt: null,
    });
    expect(result.body.mailStatus).toBe('queued'); // no SMTP configured: outbox only
    const token = tokenOf(result.body.link);
    expect(result.body.link).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
    expect(await Participant.countDocuments({ tokenHash: token })).toBe(0);
    const mail = await MailMessage.findOne({ to: 'pat.parent@example.test' }).lean();
    expect(mail?.status).toBe('queued');
    // Stored without a working link (issue 10); the SENDCo's outbox shows it to forward.
    expect(JSON.stringify(mail)).not.toContain(token);
    expect(mail?.text).toContain(`Please send it by ${longDate(adviceBy)}.`);
    expect(mail?.text).toContain('You do not need an account');
    const forwarded = (await sendco.get('/api/outbox')).body.messages.find(
      (m: { to: string }) => m.to === 'pat.parent@example.test',
    );
    expect(forwarded.text).toContain(result.body.link);
  });

  it('refuses the same email twice and a past due date; a date after the advice date is accepted with a warning', async () => {
    const again = await sendco.post(path(), { ...parent, role: 'young_person' });
    expect(again.status).toBe(409);
    const late = await sendco.post(path(), { ...parent, email: 'late@example.test', dueDate: addDays(37) });
    expect(late.status).toBe(201);
    expect(late.body.lateness).toMatch(/After the statutory date/);
    expect(late.body.participant.lateness).toMatch(/After the statutory date/);
    await Participant.deleteOne({ email: 'late@example.test' });
    expect((await sendco.post(path(), { ...parent, email: 'past@example.test', dueDate: addDays(-1) })).status).toBe(400);
    expect((await sendco.post(path(), { ...parent, email: 'bad@example.test', dueDate: '2026-02-30' })).status).toBe(400);
  });

  it('requires a due date when the review has no meeting date', async () => {
    const noMeeting = `/api/reviews/${other.reviewId}/participants`;
    const missing = await otherSendco.post(noMeeting, { ...parent, role: 'health' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('dueDate');
    const given = await otherSendco.post(noMeeting, { ...parent, role: 'health', dueDate: addDays(20) });
    expect(given.status).toBe(201);
    expect(given.body.participant.dueDate).toBe(addDays(20));
  });
});

describe('GET /api/reviews/:reviewId/participants', () => {
  it('lists the review’s participants to its SENDCo only', async () => {
    expect((await anonymous().get(path())).status).toBe(401);
    expect((await sendco.get('/api/reviews/xyz/participants')).status).toBe(400);
    expect((await staff.get(path())).status).toBe(403);
    expect((await otherSendco.get(path())).status).toBe(404);
    const result = await sendco.get(path());
    expect(result.status).toBe(200);
    expect(result.body.participants.map((p: { email: string }) => p.email)).toEqual(['pat.parent@example.test']);
    expect(result.body.invitation).toEqual({
      meetingDate,
      adviceCirculatedBy: adviceBy,
      suggestedDueDate: adviceBy,
      lateNotice: null,
    });
    expect(JSON.stringify(result.body)).not.toMatch(/tokenHash|_id/);
  });
});

describe('participant links', () => {
  it('opens only the participant’s own part without signing in, and marks it opened', async () => {
    const created = await sendco.post(path(), { name: 'Tess Teacher', email: 'tess@school.test', role: 'school_staff' });
    const view = await anonymous().get(`/api/participant/${tokenOf(created.body.link)}`);
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    expect(view.body.participation).toEqual({
      participantName: 'Tess Teacher',
      role: 'school_staff',
      roleLabel: 'Teacher or other school staff',
      childFirstName: 'Pupil',
      schoolName: expect.any(String),
      meetingDate,
      meetingDescription: longDate(meetingDate),
      asked: expect.stringContaining('progress towards the outcomes'),
      dueDate: adviceBy,
      language: 'en',
      callRequest: null,
      contribution: {
        docName: `review:${home.reviewId}:contribution:${created.body.participant.id}`,
        draftStartedAt: null,
        submittedAt: null,
      },
    });
    const listed = (await sendco.get(path())).body.participants.find((p: { id: string }) => p.id === created.body.participant.id);
    expect(listed.status).toBe('opened');
  });

  it('answers participant_link_unavailable for unknown, malformed, expired and revoked links', async () => {
    const unknown = await anonymous().get(`/api/participant/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(410);
    expect(unknown.body.error.code).toBe('participant_link_unavailable');
    expect((await anonymous().get('/api/participant/short')).status).toBe(410);
    const expiring = await sendco.post(path(), { name: 'Ed Psych', email: 'ep@la.test', role: 'educational_psychologist' });
    await Participant.updateOne({ _id: expiring.body.participant.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await anonymous().get(`/api/participant/${tokenOf(expiring.body.link)}`);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('participant_link_unavailable');
    expect((await sendco.get(path())).body.participants.find((p: { email: string }) => p.email === 'ep@la.test').status).toBe(
      'expired',
    );
  });

  it('revokes a link (SENDCo only, idempotent) and resending issues a new link that replaces the old', async () => {
    const created = await sendco.post(path(), { name: 'Sally SALT', email: 'salt@nhs.test', role: 'speech_language_therapist' });
    const id = created.body.participant.id;
    const revokePath = `${path()}/${id}/revoke`;
    expect((await anonymous().post(revokePath)).status).toBe(401);
    expect((await sendco.post(`${path()}/nope/revoke`)).status).toBe(400);
    expect((await staff.post(revokePath)).status).toBe(403);
    expect((await otherSendco.post(revokePath)).status).toBe(404);
    expect((await sendco.post(`${path()}/${other.reviewId}/revoke`)).body.error.code).toBe('participant_not_found');
    const revoked = await sendco.post(revokePath);
    expect(revoked.status).toBe(200);
    expect(revoked.body.participant.status).toBe('revoked');
    expect((await sendco.post(revokePath)).status).toBe(200);
    expect((await anonymous().get(`/api/participant/${tokenOf(created.body.link)}`)).status).toBe(410);

    const resendPath = `${path()}/${id}/resend`;
    expect((await anonymous().post(resendPath)).status).toBe(401);
    expect((await staff.post(resendPath)).status).toBe(403);
    expect((await otherSendco.post(resendPath)).status).toBe(404);
    const resent = await sendco.post(resendPath);
    expect(resent.status).toBe(200);
    expect(resent.body.participant.status).toBe('invited');
    expect(resent.body.link).not.toBe(created.body.link);
    expect((await anonymous().get(`/api/participant/${tokenOf(resent.body.link)}`)).status).toBe(200);
    expect((await anonymous().get(`/api/participant/${tokenOf(created.body.link)}`)).status).toBe(410);
    expect(await MailMessage.countDocuments({ to: 'salt@nhs.test' })).toBe(2);
  });

  it('removes a participant (SENDCo only) and their link stops working', async () => {
    const created = await sendco.post(path(), { name: 'Olly OT', email: 'ot@nhs.test', role: 'occupational_therapist' });
    const removePath = `${path()}/${created.body.participant.id}`;
    expect((await anonymous().request('DELETE', removePath)).status).toBe(401);
    expect((await sendco.request('DELETE', `${path()}/123`)).status).toBe(400);
    expect((await staff.request('DELETE', removePath)).status).toBe(403);
    expect((await otherSendco.request('DELETE', removePath)).status).toBe(404);
    expect((await sendco.request('DELETE', removePath)).status).toBe(204);
    expect((await sendco.request('DELETE', removePath)).status).toBe(404);
    expect((await anonymous().get(`/api/participant/${tokenOf(created.body.link)}`)).status).toBe(410);
  });
});

describe('GET /api/outbox', () => {
  it('shows the SENDCo every invitation of their own school only', async () => {
    expect((await anonymous().get('/api/outbox')).status).toBe(401);
    expect((await staff.get('/api/outbox')).status).toBe(403);
    const result = await sendco.get('/api/outbox');
    expect(result.status).toBe(200);
    const recipients = result.body.messages.map((m: { to: string }) => m.to);
    expect(recipients).toContain('pat.parent@example.test');
    expect(recipients[0]).toBe('ot@nhs.test'); // newest first
    expect(result.body.messages[0]).toMatchObject({ status: 'queued', sentAt: null, error: null });
    const theirs = (await otherSendco.get('/api/outbox')).body.messages.map((m: { to: string }) => m.to);
    expect(theirs).toEqual(['pat.parent@example.test']); // the other school's own health invitation
    expect(theirs).toHaveLength(1);
  });
});
