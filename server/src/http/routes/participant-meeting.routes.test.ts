import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_TEXT_FRAGMENTS, reportDocName } from '@ehcp/shared';
import { Participant } from '../../models/index.ts';
import { connectCollabClient, isPersisted } from '../../test/collab-client.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { prepareForFinalisation } from '../../test/meeting-report.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';
import { inviteParticipant } from '../../test/participant-links.ts';

let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
const anonymous = () => new TestClient(t.baseUrl);

const invite = (email: string) =>
  inviteParticipant(sendco, school.reviewId, { name: 'Mrs Patel', email, role: 'parent_carer', dueDate: '2026-12-20' });

beforeAll(async () => {
  t = await startTestApp({ today: '2026-11-22' });
  school = await createSchoolWithReview();
  sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('GET /api/participant/:token/meeting', () => {
  it('tells the link holder where their review’s meeting report is, and they can write in it', async () => {
    const parent = await invite('parent-meeting@example.test');
    const result = await anonymous().get(`/api/participant/${parent.token}/meeting`);
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.body.meeting).toMatchObject({ reportDocName: reportDocName(school.reviewId), status: 'open' });
    // Born 2012-10-01: Year 9 in 2026/27, so the preparing-for-adulthood part applies (R12).
    expect(result.body.meeting.reportParts).toEqual({ isYear9Plus: true, isPhaseTransfer: false });

    const writer = connectCollabClient(t.wsUrl, result.body.meeting.reportDocName, { participant: parent.token });
    await waitFor(() => writer.provider.synced);
    // A parent writes in the parents' views (field roles: the discussion notes are the school's).
    writer.type('Mrs Patel: homework is calmer this term.', REPORT_TEXT_FRAGMENTS.parentViews);
    await waitFor(() => isPersisted(writer), { message: 'the parent’s edit is durable' });
    writer.destroy();
  });

  it('answers "no longer available" for a revoked link and reports a finalised meeting as finalised', async () => {
    const revoked = await invite('revoked-meeting@example.test');
    await Participant.updateOne({ _id: revoked.id }, { $set: { revokedAt: new Date() } });
    const refused = await anonymous().get(`/api/participant/${revoked.token}/meeting`);
    expect(refused.status).toBe(410);
    expect(refused.body.error.code).toBe('participant_link_unavailable');

    const parent = await invite('finalised-meeting@example.test');
    (await prepareForFinalisation(sendco, t.wsUrl, school.reviewId)).destroy();
    expect((await sendco.post(`/api/reviews/${school.reviewId}/finalise`, {})).status).toBe(200);
    const after = await anonymous().get(`/api/participant/${parent.token}/meeting`);
    expect(after.body.meeting.status).toBe('finalised');
    // The family sees the outcome on their own page (it used to say "they will send you a copy").
    expect(after.body.meeting.outcome).toMatchObject({ recommendation: expect.any(String), reasons: expect.any(String) });
    expect(after.body.meeting.outcome.report.recommendation).toBe(after.body.meeting.outcome.recommendation);
  });
});
