import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributionDocName } from '@ehcp/shared';
import { Contribution } from '../../models/index.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { finaliseForTest } from '../../test/finalised-review.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';
import { inviteParticipant } from '../../test/participant-links.ts';

let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
const anonymous = () => new TestClient(t.baseUrl);
const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const invite = (email: string) =>
  inviteParticipant(sendco, school.reviewId, { name: 'Dr Ellis', email, role: 'educational_psychologist', dueDate });

beforeAll(async () => {
  t = await startTestApp();
  school = await createSchoolWithReview();
  sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('participant contribution by personal link', () => {
  it('shows the participant their draft document and its state', async () => {
    const ep = await invite('ep1@example.test');
    const view = await anonymous().get(`/api/participant/${ep.token}`);
    expect(view.status).toBe(200);
    expect(view.body.participation.contribution).toEqual({
      docName: contributionDocName(school.reviewId, ep.id),
      draftStartedAt: null,
      submittedAt: null,
    });
  });

  it('submits once: locked and snapshotted, a second submission is refused', async () => {
    const ep = await invite('ep2@example.test');
    const first = await anonymous().post(`/api/participant/${ep.token}/submit`);
    expect(first.status).toBe(200);
    expect(first.body.submission.submittedAt).toEqual(expect.any(String));
    expect(first.body.submission.content.type).toBe('doc');
    const again = await anonymous().post(`/api/participant/${ep.token}/submit`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('contribution_submitted');
    expect(await Contribution.countDocuments({ participantId: ep.id })).toBe(1);
    const view = await anonymous().get(`/api/participant/${ep.token}`);
    expect(view.body.participation.contribution.submittedAt).toBe(first.body.submission.submittedAt);
  });

  it('answers "no longer available" for malformed, unknown and revoked links, and submits nothing', async () => {
    expect((await anonymous().post('/api/participant/short/submit')).status).toBe(410);
    const unknown = await anonymous().post(`/api/participant/${'B'.repeat(43)}/submit`);
    expect(unknown.status).toBe(410);
    expect(unknown.body.error.code).toBe('participant_link_unavailable');
    const ep = await invite('ep3@example.test');
    expect((await sendco.post(`/api/reviews/${school.reviewId}/participants/${ep.id}/revoke`)).status).toBe(200);
    expect((await anonymous().post(`/api/participant/${ep.token}/submit`)).status).toBe(410);
    expect(await Contribution.countDocuments({ participantId: ep.id })).toBe(0);
  });

  it('refuses to send a contribution once the review is finalised, and stores nothing', async () => {
    const other = await createSchoolWithReview();
    const otherSendco = await new TestClient(t.baseUrl).login(other.sendco.email, other.password);
    const late = await inviteParticipant(otherSendco, other.reviewId, {
      name: 'Late Contributor',
      email: 'late@example.test',
      role: 'speech_language_therapist',
      dueDate,
    });
    await finaliseForTest(other);
    const refused = await anonymous().post(`/api/participant/${late.token}/submit`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('review_finalised');
    expect(await Contribution.countDocuments({ participantId: late.id, submittedAt: { $ne: null } })).toBe(0);
  });
});

describe('the family’s language and "I would rather talk to someone"', () => {
  const participantRow = async (id: string) => {
    const list = await sendco.get(`/api/reviews/${school.reviewId}/participants`);
    return (list.body.participants as { id: string }[]).find((p) => p.id === id) as Record<string, unknown>;
  };

  it('shows the page in the language the SENDCo chose; the person can change it; the contribution records it', async () => {
    const parent = await inviteParticipant(sendco, school.reviewId, {
      name: 'Anna Nowak',
      email: 'anna@example.test',
      role: 'parent_carer',
      dueDate,
      language: 'pl',
    });
    expect((await anonymous().get(`/api/participant/${parent.token}`)).body.participation.language).toBe('pl');
    expect(await participantRow(parent.id)).toMatchObject({ language: 'pl', contributionLanguage: null });

    const changed = await anonymous().post(`/api/participant/${parent.token}/language`, { language: 'ar' });
    expect(changed.status).toBe(200);
    expect((await anonymous().get(`/api/participant/${parent.token}`)).body.participation.language).toBe('ar');

    expect((await anonymous().post(`/api/participant/${parent.token}/submit`)).status).toBe(200);
    expect((await Contribution.findOne({ participantId: parent.id }).lean())?.language).toBe('ar');
    // Reading in another language later does not change what it was written in.
    await anonymous().post(`/api/participant/${parent.token}/language`, { language: 'en' });
    expect(await participantRow(parent.id)).toMatchObject({ language: 'en', contributionLanguage: 'ar' });
  });

  it('refuses a language it does not ship, and an invitation in one, changing nothing', async () => {
    const ep = await invite('ep-lang@example.test');
    const refused = await anonymous().post(`/api/participant/${ep.token}/language`, { language: 'xx' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    expect((await anonymous().get(`/api/participant/${ep.token}`)).body.participation.language).toBe('en');
    const badInvite = await sendco.post(`/api/reviews/${school.reviewId}/participants`, {
      name: 'Someone',
      email: 'someone@example.test',
      role: 'parent_carer',
      dueDate,
      language: 'klingon',
    });
    expect(badInvite.status).toBe(400);
    expect((await anonymous().post(`/api/participant/${'C'.repeat(43)}/language`, { language: 'pl' })).status).toBe(410);
  });

  it('records a request to be phoned, shows it to the SENDCo, and refuses an unusable number', async () => {
    const parent = await inviteParticipant(sendco, school.reviewId, {
      name: 'Sam Caller',
      email: 'sam@example.test',
      role: 'parent_carer',
      dueDate,
    });
    const bad = await anonymous().post(`/api/participant/${parent.token}/call-request`, { phone: 'call me maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toMatch(/phone number/i);
    expect((await participantRow(parent.id)).callRequest).toBeNull();

    const asked = await anonymous().post(`/api/participant/${parent.token}/call-request`, {
      phone: '+44 7700 900123',
      bestTime: 'After 3pm',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.callRequest).toEqual({ at: expect.any(String), phone: '+44 7700 900123', bestTime: 'After 3pm' });
    expect((await participantRow(parent.id)).callRequest).toEqual(asked.body.callRequest);
    expect((await anonymous().get(`/api/participant/${parent.token}`)).body.participation.callRequest).toEqual(
      asked.body.callRequest,
    );
  });
});
