import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@ehcp/shared';
import { AuditEvent, ShareLink } from '../../models/index.ts';
import { finaliseForTest } from '../../test/finalised-review.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';
import { tokenOf } from '../../test/participant-links.ts';

let s: TwoSchools;
const linksPath = () => `/api/reviews/${s.home.reviewId}/share-links`;
const addressHash = (address: string) => createHmac('sha256', s.t.config.addressHash.secret).update(address).digest('hex');
const createLink = async (body: object = {}) => {
  const created = await s.sendco.post(linksPath(), body);
  expect(created.status).toBe(201);
  return { id: created.body.link.id as string, token: tokenOf(created.body.link.url) };
};
const open = (token: string, headers: Record<string, string> = {}) =>
  new TestClient(s.t.baseUrl).request('GET', `/api/shared/${token}`, undefined, headers);

beforeAll(async () => {
  s = await startWithTwoSchools('2026-01-20');
});
afterAll(async () => {
  await s.t.stop();
  await dropTestDatabase();
});

describe('LA links before finalisation', () => {
  it('refuses to share an open review and lists no links for it', async () => {
    const refused = await s.sendco.post(linksPath(), {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('review_not_finalised');
    const listed = await s.sendco.get(linksPath());
    expect(listed.status).toBe(200);
    expect(listed.body.links).toEqual([]);
  });
});

describe('LA links of a finalised review', () => {
  beforeAll(async () => {
    await finaliseForTest(s.home);
    await finaliseForTest(s.other);
  });

  it('validates the expiry: whole days from 1 to the maximum, with a clear message', async () => {
    const cases: [unknown, string][] = [
      [0, 'must be at least 1 day'],
      [LIMITS.shareLinkMaxDays + 1, `must be at most ${LIMITS.shareLinkMaxDays} days`],
      [1.5, 'must be a whole number of days'],
    ];
    for (const [expiresInDays, message] of cases) {
      const result = await s.sendco.post(linksPath(), { expiresInDays });
      expect(result.status).toBe(400);
      expect(result.body.error.details).toEqual([{ path: 'expiresInDays', message }]);
    }
    expect((await s.sendco.post(linksPath(), { expiresInDays: 'soon' })).status).toBe(400);
    expect(await ShareLink.countDocuments({ reviewId: s.home.reviewId })).toBe(0);
  });

  it('lists the review’s links newest first for its SENDCo, with status and never the token', async () => {
    const older = await createLink({ expiresInDays: 7 });
    const newer = await createLink({ expiresInDays: LIMITS.shareLinkMaxDays });
    const listed = await s.sendco.get(linksPath());
    expect(listed.status).toBe(200);
    expect(listed.headers.get('cache-control')).toBe('private, no-store');
    expect(listed.body.links.map((link: { id: string }) => link.id)).toEqual([newer.id, older.id]);
    expect(listed.body.links[1]).toMatchObject({
      status: 'active',
      createdBy: expect.stringMatching(/^Sam SENDCo/),
      revokedAt: null,
      revokedBy: null,
      viewCount: 0,
      lastViewedAt: null,
      recentViews: [],
    });
    const days = (Date.parse(listed.body.links[1].expiresAt) - Date.parse(listed.body.links[1].createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const text = JSON.stringify(listed.body);
    const stored = await ShareLink.findById(older.id).lean();
    for (const secret of [older.token, newer.token, stored!.tokenHash]) expect(text).not.toContain(secret);
  });

  it('logs every view with its time, browser and a keyed hash of the address, never the address', async () => {
    const link = await createLink();
    const longAgent = `Mozilla/5.0 ${'x'.repeat(400)}`;
    // The test client connects over loopback, which `trust proxy` trusts: its X-Forwarded-For is used.
    expect((await open(link.token, { 'User-Agent': longAgent, 'X-Forwarded-For': '203.0.113.7' })).status).toBe(200);
    const second = await open(link.token, { 'User-Agent': 'LA officer browser' });
    expect(second.status).toBe(200);
    expect(second.body.outcome.outcome.recommendation).toBe('maintain');
    // The child's identifiers, so the LA's caseworker can match it (factories: born 2012-10-01, no UPN or LA).
    expect(second.body.outcome.pupil).toEqual({ dateOfBirth: '2012-10-01', upn: null, la: null });

    const listed = (await s.sendco.get(linksPath())).body.links.find((l: { id: string }) => l.id === link.id);
    expect(listed.viewCount).toBe(2);
    expect(listed.lastViewedAt).toBe(listed.recentViews[0].at);
    expect(listed.recentViews).toEqual([
      { at: expect.any(String), userAgent: 'LA officer browser', addressRef: addressHash('127.0.0.1').slice(0, 12) },
      {
        at: expect.any(String),
        userAgent: longAgent.slice(0, LIMITS.userAgentMax),
        addressRef: addressHash('203.0.113.7').slice(0, 12),
      },
    ]);

    const views = await AuditEvent.find({ action: 'share_link.viewed', 'target.id': link.id }).sort({ _id: 1 }).lean();
    expect(views.map((view) => view.details)).toEqual([
      { reviewId: s.home.reviewId, userAgent: longAgent.slice(0, LIMITS.userAgentMax), addressHash: addressHash('203.0.113.7') },
      { reviewId: s.home.reviewId, userAgent: 'LA officer browser', addressHash: addressHash('127.0.0.1') },
    ]);
    const audit = JSON.stringify((await s.sendco.get('/api/audit')).body);
    expect(audit).toContain(addressHash('203.0.113.7'));
    expect(audit).not.toContain('203.0.113.7');
    expect(audit).not.toContain('127.0.0.1');
  });

  it('withdraws a link: it answers 410 with what to do, once recorded, and a second withdrawal changes nothing', async () => {
    const kept = await createLink();
    const link = await createLink();
    const revoked = await s.sendco.post(`${linksPath()}/${link.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.link).toMatchObject({ id: link.id, status: 'revoked', revokedBy: expect.stringMatching(/^Sam SENDCo/) });

    const refused = await open(link.token);
    expect(refused.status).toBe(410);
    expect(refused.body.error.code).toBe('share_link_unavailable');
    expect(refused.body.error.message).toMatch(/no longer available.*Ask the school that sent it for a new link/);
    expect((await open(kept.token)).status).toBe(200);

    const again = await s.sendco.post(`${linksPath()}/${link.id}/revoke`);
    expect(again.status).toBe(200);
    expect(again.body.link.revokedAt).toBe(revoked.body.link.revokedAt);
    const events = await AuditEvent.find({ action: 'share_link.revoked', 'target.id': link.id }).lean();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: { kind: 'staff', id: s.home.sendco.id }, details: { reviewId: s.home.reviewId } });
    // The refused opening is not a view.
    expect(await AuditEvent.countDocuments({ action: 'share_link.viewed', 'target.id': link.id })).toBe(0);
  });

  it('answers the same 410 for unknown, malformed, expired and withdrawn links', async () => {
    const link = await createLink();
    await ShareLink.updateOne({ _id: link.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await open(link.token);
    const unknown = await open('A'.repeat(43));
    const malformed = await open('short');
    for (const answer of [expired, unknown, malformed]) {
      expect(answer.status).toBe(410);
      expect(answer.body).toEqual(unknown.body);
    }
    const listed = (await s.sendco.get(linksPath())).body.links.find((l: { id: string }) => l.id === link.id);
    expect(listed.status).toBe('expired');
    // An expired link can still be withdrawn; withdrawn is what it then shows.
    expect((await s.sendco.post(`${linksPath()}/${link.id}/revoke`)).body.link.status).toBe('revoked');
  });

  it('lets only the review’s SENDCo list and withdraw, and only this review’s links', async () => {
    const link = await createLink();
    const revoke = (client: TestClient, linkId = link.id) => client.post(`${linksPath()}/${linkId}/revoke`);
    expect((await s.anonymous.get(linksPath())).status).toBe(401);
    expect((await revoke(s.anonymous)).status).toBe(401);
    expect((await s.staff.get(linksPath())).status).toBe(403);
    expect((await revoke(s.staff)).status).toBe(403);
    expect((await s.staff.post(linksPath(), {})).status).toBe(403);
    for (const answer of [await s.otherSendco.get(linksPath()), await revoke(s.otherSendco)]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('review_not_found');
    }
    // The other school's own link, named under this review: not found, and untouched.
    const foreign = await s.otherSendco.post(`/api/reviews/${s.other.reviewId}/share-links`, {});
    const notHers = await revoke(s.sendco, foreign.body.link.id);
    expect(notHers.status).toBe(404);
    expect(notHers.body.error.code).toBe('share_link_not_found');
    expect((await ShareLink.findById(foreign.body.link.id).lean())?.revokedAt).toBeNull();
    expect((await revoke(s.sendco, 'not-an-id')).status).toBe(400);
    expect((await ShareLink.findById(link.id).lean())?.revokedAt).toBeNull();
  });
});
