import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../models/index.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { prepareForFinalisation } from '../../test/meeting-report.ts';
import { todayInEngland } from '../../services/index.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';
import { tokenOf } from '../../test/participant-links.ts';

let t: TestApp;
let home: Awaited<ReturnType<typeof createSchoolWithReview>>;
let other: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
let staff: TestClient;
const anonymous = () => new TestClient(t.baseUrl);
const dueDate = () => new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const actionsOf = (events: { action: string }[]) => events.map((e) => e.action);

beforeAll(async () => {
  t = await startTestApp({ today: todayInEngland() });
  home = await createSchoolWithReview();
  other = await createSchoolWithReview();
  sendco = await new TestClient(t.baseUrl).login(home.sendco.email, home.password);
  staff = await new TestClient(t.baseUrl).login(home.staff.email, home.password);
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

describe('audit trail', () => {
  it('records sign-ins, participants, finalisation and LA links, and lists them newest first', async () => {
    expect((await anonymous().post('/api/auth/login', { email: home.sendco.email, password: 'wrong-password' })).status).toBe(
      401,
    );
    expect((await anonymous().post('/api/auth/login', { email: 'nobody@nowhere.test', password: 'whatever1' })).status).toBe(401);
    const added = await sendco.post(`/api/reviews/${home.reviewId}/participants`, {
      name: 'Pat Parent',
      email: 'pat@example.test',
      role: 'parent_carer',
      dueDate: dueDate(),
    });
    const participantId = added.body.participant.id;
    await anonymous().get(`/api/participant/${tokenOf(added.body.link)}`);
    await sendco.post(`/api/reviews/${home.reviewId}/participants/${participantId}/revoke`);
    await sendco.request('DELETE', `/api/reviews/${home.reviewId}/participants/${participantId}`);
    const meetingDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const editor = await prepareForFinalisation(sendco, t.wsUrl, home.reviewId, { recommendation: 'maintain', meetingDate });
    const finalising = await sendco.post(`/api/reviews/${home.reviewId}/finalise`, {});
    expect(finalising.status).toBe(200);
    editor.destroy();
    const link = await sendco.post(`/api/reviews/${home.reviewId}/share-links`, {});
    await anonymous().get(`/api/shared/${tokenOf(link.body.link.url)}`);

    const result = await sendco.get('/api/audit');
    expect(result.status).toBe(200);
    expect(actionsOf(result.body.events)).toEqual([
      'share_link.viewed',
      'share_link.created',
      'review.finalised',
      'participant.removed',
      'participant.link_revoked',
      'participant.link_viewed',
      'participant.added',
      'session.sign_in_failed',
      'session.signed_in',
      'session.signed_in',
    ]);
    expect(result.body.nextBefore).toBeNull();
    const [viewed, created, finalised, removed] = result.body.events;
    expect(viewed.actor.kind).toBe('share-link');
    expect(created.actor).toMatchObject({ kind: 'staff', id: home.sendco.id });
    expect(finalised.target).toEqual({ kind: 'review', id: home.reviewId });
    expect(removed.target).toEqual({ kind: 'participant', id: participantId });
    expect(result.body.events[6].details).toMatchObject({ role: 'parent_carer', dueDate: dueDate() });
    // The unknown email belongs to no school, and the typed email is not kept.
    const unknown = await AuditEvent.findOne({ schoolId: null }).lean();
    expect(unknown?.actor).toMatchObject({ kind: 'anonymous', name: 'Unknown email' });
    expect(JSON.stringify(result.body)).not.toContain('wrong-password');
  });

  it('pages with a validated before cursor and limit', async () => {
    const first = await sendco.get('/api/audit?limit=4');
    expect(first.body.events).toHaveLength(4);
    const second = await sendco.get(`/api/audit?limit=4&before=${first.body.nextBefore}`);
    expect(second.body.events).toHaveLength(4);
    const third = await sendco.get(`/api/audit?limit=4&before=${second.body.nextBefore}`);
    expect(third.body.events).toHaveLength(2);
    expect(third.body.nextBefore).toBeNull();
    const ids = [...first.body.events, ...second.body.events, ...third.body.events].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(10);
    expect((await sendco.get('/api/audit?before=nope')).status).toBe(400);
    expect((await sendco.get('/api/audit?limit=0')).status).toBe(400);
    expect((await sendco.get('/api/audit?limit=5000')).status).toBe(400);
  });

  it('is for the SENDCo only, and shows only their school', async () => {
    expect((await anonymous().get('/api/audit')).status).toBe(401);
    expect((await staff.get('/api/audit')).status).toBe(403);
    const otherSendco = await new TestClient(t.baseUrl).login(other.sendco.email, other.password);
    expect(actionsOf((await otherSendco.get('/api/audit')).body.events)).toEqual(['session.signed_in']);
  });

  it('refuses to rewrite or delete history', async () => {
    await expect(AuditEvent.updateMany({}, { $set: { action: 'review.exported' } })).rejects.toThrow('append-only');
    await expect(AuditEvent.deleteMany({})).rejects.toThrow('append-only');
  });
});
