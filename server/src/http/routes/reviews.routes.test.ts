import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCodes, reportDocName } from '@ehcp/shared';
import { Outcome, Review, ShareLink } from '../../models/index.ts';
import type { createSchoolWithReview } from '../../test/factories.ts';
import { connectCollabClient, isPersisted } from '../../test/collab-client.ts';
import { TestClient } from '../../test/http-client.ts';
import { prepareForFinalisation } from '../../test/meeting-report.ts';
import { dropTestDatabase, type TestApp } from '../../test/test-app.ts';
import { startWithTwoSchools } from '../../test/two-schools.ts';
import { waitFor } from '../../test/wait-for.ts';
import { tokenOf } from '../../test/participant-links.ts';

let t: TestApp;
let home: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
let staff: TestClient;
let otherSendco: TestClient;

beforeAll(async () => {
  ({ t, home, sendco, staff, otherSendco } = await startWithTwoSchools('2026-01-20'));
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('GET /api/caseload', () => {
  it('lists only the signed-in school’s plans with the statutory due date', async () => {
    const result = await sendco.get('/api/caseload');
    expect(result.status).toBe(200);
    expect(result.body.asOf).toBe('2026-01-20');
    expect(result.body.rows).toHaveLength(1);
    // Last review 2025-03-15: the 12 months beginning that day end on 2026-03-14 (R2, R4).
    expect(result.body.rows[0]).toMatchObject({
      reviewId: home.reviewId,
      reviewDueBy: '2026-03-14',
      daysUntilDue: 53,
      status: 'open',
    });
  });

  it('needs a session', async () => {
    expect((await new TestClient(t.baseUrl).get('/api/caseload')).status).toBe(401);
  });
});

describe('GET /api/reviews/:reviewId', () => {
  it('returns the review to its school, with finalise allowed only for the SENDCo', async () => {
    const asSendco = await sendco.get(`/api/reviews/${home.reviewId}`);
    expect(asSendco.status).toBe(200);
    expect(asSendco.body.review).toMatchObject({
      id: home.reviewId,
      status: 'open',
      canFinalise: true,
      reportDocName: `review:${home.reviewId}:report`,
    });
    expect(asSendco.body.review).not.toHaveProperty('_id');
    expect((await staff.get(`/api/reviews/${home.reviewId}`)).body.review.canFinalise).toBe(false);
  });

  it('answers 400 for a malformed id, 401 without a session, and 404 for another school’s review', async () => {
    expect((await sendco.get('/api/reviews/not-an-id')).status).toBe(400);
    expect((await new TestClient(t.baseUrl).get(`/api/reviews/${home.reviewId}`)).status).toBe(401);
    const crossSchool = await otherSendco.get(`/api/reviews/${home.reviewId}`);
    expect(crossSchool.status).toBe(404);
    expect(crossSchool.body.error.code).toBe('review_not_found');
  });
});

describe('finalise and share', () => {
  it('refuses to share an open review', async () => {
    const result = await sendco.post(`/api/reviews/${home.reviewId}/share-links`, {});
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('review_not_finalised');
  });

  it('validates the finalise body, and lets neither staff nor another school finalise', async () => {
    expect((await sendco.post(`/api/reviews/${home.reviewId}/finalise`, { recommendation: 'keep' })).status).toBe(400);
    expect((await staff.post(`/api/reviews/${home.reviewId}/finalise`, {})).status).toBe(403);
    expect((await otherSendco.post(`/api/reviews/${home.reviewId}/finalise`, {})).status).toBe(404);
    expect((await otherSendco.get(`/api/reviews/${home.reviewId}/readiness`)).status).toBe(404);
    expect(await Outcome.countDocuments({ reviewId: home.reviewId })).toBe(0);
  });

  it('refuses an incomplete report, listing exactly what is missing, and leaves it editable', async () => {
    const readiness = await staff.get(`/api/reviews/${home.reviewId}/readiness`);
    expect(readiness.status).toBe(200);
    const refused = await sendco.post(`/api/reviews/${home.reviewId}/finalise`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('report_incomplete');
    const missing = refused.body.error.details.map((item: { path: string }) => item.path);
    expect(missing).toEqual(readiness.body.missing.map((item: { field: string }) => item.field));
    // The full list and its order are the shared check's (shared/src/report); here: it is what the server applies.
    expect(missing).toEqual(expect.arrayContaining(['meetingDate', 'attendees', 'outcomes', 'recommendation']));
    // Not frozen: the meeting can carry on writing.
    const editor = connectCollabClient(t.wsUrl, reportDocName(home.reviewId), { cookie: sendco.sessionCookie! });
    await waitFor(() => editor.provider.synced);
    editor.type('Still editable after the refusal');
    await waitFor(() => isPersisted(editor), { message: 'edit after refusal persisted' });
    editor.destroy();
  });

  it('finalises once, storing the structured outcome, the document, the HTML record and its SHA-256', async () => {
    const editor = await prepareForFinalisation(sendco, t.wsUrl, home.reviewId, { meetingDate: '2026-01-15' });
    expect((await sendco.get(`/api/reviews/${home.reviewId}/readiness`)).body.missing).toEqual([]);
    const result = await sendco.post(`/api/reviews/${home.reviewId}/finalise`, {});
    expect(result.status).toBe(200);
    expect(result.body.review.status).toBe('finalised');
    const outcome = result.body.review.outcome;
    expect(outcome).toMatchObject({ recommendation: 'amend', reasons: 'Section F needs more speech and language therapy.' });
    expect(outcome.report.outcomes[0]).toMatchObject({ outcome: 'Read aloud with confidence', rating: 'good-progress' });
    expect(outcome.report.changes.find((c: { section: string }) => c.section === 'F').proposed).toContain('weekly');
    // Post-meeting dates from the engine: report 2 weeks after the meeting (R7), decision 4 weeks (R8).
    expect(outcome.dates).toEqual({ meetingDate: '2026-01-15', reportDueBy: '2026-01-29', decisionDueBy: '2026-02-12' });
    const stored = await Outcome.findOne({ reviewId: home.reviewId }).lean();
    expect(stored?.html).toContain('Read aloud with confidence');
    expect(stored?.htmlSha256).toBe(createHash('sha256').update(stored!.html, 'utf8').digest('hex'));
    expect(outcome.htmlSha256).toBe(stored?.htmlSha256);
    expect(JSON.parse(stored!.documentJson).fragments.report.content[1].content[0].text).toBe('Still editable after the refusal');
    const review = await Review.findById(home.reviewId).lean();
    expect(review).toMatchObject({ status: 'finalised', meetingHeld: true });

    // Locked for everyone: the editor is closed and comes back read-only; edits are dropped.
    await waitFor(() => editor.closes.some((c) => c.code === CollabCloseCodes.accessChanged));
    const again = await sendco.post(`/api/reviews/${home.reviewId}/finalise`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('review_finalised');
    editor.destroy();
  });

  it('lets the SENDCo record the LA’s decision after finalisation, and the timeline continues', async () => {
    const recorded = await sendco.request('PATCH', `/api/reviews/${home.reviewId}/facts`, {
      reportSentDate: '2026-01-19',
      decision: 'amend',
      decisionNotifiedDate: '2026-01-20',
      proposedAmendmentsSentDate: '2026-01-20',
    });
    expect(recorded.status).toBe(200);
    const fields = recorded.body.cycle.entries.map((entry: { field: string }) => entry.field);
    expect(fields).toEqual(expect.arrayContaining(['representationsCloseOn', 'finalPlanDueBy']));
    expect(recorded.body.cycle.status.stage).toBe('amendments');
  });

  it('creates an LA link that shows the outcome without signing in; staff cannot create one', async () => {
    expect((await staff.post(`/api/reviews/${home.reviewId}/share-links`, {})).status).toBe(403);
    expect((await sendco.post(`/api/reviews/${home.reviewId}/share-links`, { expiresInDays: 0 })).status).toBe(400);
    const created = await sendco.post(`/api/reviews/${home.reviewId}/share-links`, { expiresInDays: 7 });
    expect(created.status).toBe(201);
    const token = tokenOf(created.body.link.url);
    expect(await ShareLink.countDocuments({ tokenHash: token })).toBe(0); // only the hash is stored
    const view = await new TestClient(t.baseUrl).get(`/api/shared/${token}`);
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    expect(view.body.outcome).toMatchObject({ outcome: { recommendation: 'amend' } });
    // The LA sees the dates after the meeting as they stand now, including what was recorded since.
    const steps = view.body.outcome.statutoryDates.map((step: { label: string; date: string; kind: string }) => step);
    expect(steps).toEqual(
      expect.arrayContaining([
        { label: 'Review report to the LA', date: '2026-01-29', kind: 'due' },
        { label: 'Review report sent to the LA', date: '2026-01-19', kind: 'done' },
        { label: 'LA decision notified: amend the plan', date: '2026-01-20', kind: 'done' },
        expect.objectContaining({ label: 'Final amended plan due', kind: 'due' }),
      ]),
    );
    const dates = steps.map((step: { date: string }) => step.date);
    expect(dates).toEqual([...dates].sort());
  });
});
