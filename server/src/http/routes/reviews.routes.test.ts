import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outcome, Review, ShareLink } from '../../models/index.ts';
import type { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase, type TestApp } from '../../test/test-app.ts';
import { startWithTwoSchools } from '../../test/two-schools.ts';

let t: TestApp;
let home: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
let staff: TestClient;
let otherSendco: TestClient;
const finaliseBody = { recommendation: 'amend', reasons: 'Section F needs more speech and language therapy.' };

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
    expect((await staff.post(`/api/reviews/${home.reviewId}/finalise`, finaliseBody)).status).toBe(403);
    expect((await otherSendco.post(`/api/reviews/${home.reviewId}/finalise`, finaliseBody)).status).toBe(404);
    expect(await Outcome.countDocuments({ reviewId: home.reviewId })).toBe(0);
  });

  it('finalises once, storing the outcome with a snapshot of the report', async () => {
    const result = await sendco.post(`/api/reviews/${home.reviewId}/finalise`, finaliseBody);
    expect(result.status).toBe(200);
    expect(result.body.review.status).toBe('finalised');
    expect(result.body.review.outcome).toMatchObject({ recommendation: 'amend', reasons: finaliseBody.reasons });
    expect(result.body.review.outcome.report.type).toBe('doc');
    const headings = result.body.review.outcome.report.content.filter((n: { type: string }) => n.type === 'heading');
    expect(headings[0].content[0].text).toBe('Attendees');
    expect((await Review.findById(home.reviewId).lean())?.status).toBe('finalised');
    const again = await sendco.post(`/api/reviews/${home.reviewId}/finalise`, finaliseBody);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('review_finalised');
  });

  it('creates an LA link that shows the outcome without signing in; staff cannot create one', async () => {
    expect((await staff.post(`/api/reviews/${home.reviewId}/share-links`, {})).status).toBe(403);
    expect((await sendco.post(`/api/reviews/${home.reviewId}/share-links`, { expiresInDays: 0 })).status).toBe(400);
    const created = await sendco.post(`/api/reviews/${home.reviewId}/share-links`, { expiresInDays: 7 });
    expect(created.status).toBe(201);
    const token = new URL(created.body.link.url).pathname.split('/').pop()!;
    expect(await ShareLink.countDocuments({ tokenHash: token })).toBe(0); // only the hash is stored
    const view = await new TestClient(t.baseUrl).get(`/api/shared/${token}`);
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    expect(view.body.outcome).toMatchObject({ outcome: { recommendation: 'amend' } });
  });

  it('answers "no longer available" for unknown, malformed, expired and revoked links', async () => {
    const anonymous = new TestClient(t.baseUrl);
    const unknown = await anonymous.get(`/api/shared/${'A'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('share_link_unavailable');
    expect((await anonymous.get('/api/shared/short')).status).toBe(404);
    const created = await sendco.post(`/api/reviews/${home.reviewId}/share-links`, {});
    const token = new URL(created.body.link.url).pathname.split('/').pop()!;
    await ShareLink.updateOne({ _id: created.body.link.id }, { $set: { revokedAt: new Date() } });
    expect((await anonymous.get(`/api/shared/${token}`)).status).toBe(404);
    const expiring = await sendco.post(`/api/reviews/${home.reviewId}/share-links`, {});
    const expiredToken = new URL(expiring.body.link.url).pathname.split('/').pop()!;
    await ShareLink.updateOne({ _id: expiring.body.link.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await anonymous.get(`/api/shared/${expiredToken}`)).status).toBe(404);
  });
});
