import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, ShareLink } from '../../models/index.ts';
import { finaliseForTest } from '../../test/finalised-review.ts';
import { inviteParticipant, tokenOf } from '../../test/participant-links.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/**
 * Issue 10, item 1: public token routes, LA-link views and calendar feeds are rate limited, and
 * repeated views are counted but coalesced in the audit trail (decision 37). Addresses are
 * simulated with X-Forwarded-For (trusted from loopback only).
 */
let app: SchoolApp;
beforeAll(async () => {
  app = await startWithSchool();
});
afterAll(() => stopSchoolApp(app));

const get = (path: string, from: string, userAgent = 'Test browser') =>
  fetch(`${app.t.baseUrl}${path}`, { headers: { 'X-Forwarded-For': from, 'User-Agent': userAgent } });

async function laLink(): Promise<{ id: string; token: string }> {
  const result = await app.sendco.post(`/api/reviews/${app.school.reviewId}/share-links`, {});
  expect(result.status).toBe(201);
  return { id: result.body.link.id, token: tokenOf(result.body.link.url) };
}

describe('public link routes', () => {
  it('limit each address to 120 requests a minute, with Retry-After, without affecting other addresses', async () => {
    const unknown = `/api/participant/${'C'.repeat(43)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 121; i += 1) statuses.push((await get(unknown, '198.51.100.1')).status);
    expect(statuses.slice(0, 120).every((status) => status === 410)).toBe(true);
    const refused = await get(`/api/shared/${'C'.repeat(43)}`, '198.51.100.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    expect((await get(unknown, '198.51.100.2')).status).toBe(410);
  });
});

describe('participant link views', () => {
  it('record one audit row per participant and page per 10 minutes, however often the page is reloaded', async () => {
    const invited = await inviteParticipant(app.sendco, app.school.reviewId, {
      name: 'Reload Parent',
      email: 'reload.parent@example.test',
      role: 'parent_carer',
      dueDate: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    });
    for (let i = 0; i < 6; i += 1) expect((await get(`/api/participant/${invited.token}`, '198.51.100.30')).status).toBe(200);
    expect(await AuditEvent.countDocuments({ action: 'participant.link_viewed', 'target.id': invited.id })).toBe(1);
  });
});

describe('LA link views', () => {
  beforeAll(async () => {
    await finaliseForTest(app.school);
  });

  it('count every view, and record one audit row per viewer (address and browser) per 10 minutes', async () => {
    const link = await laLink();
    for (let i = 0; i < 5; i += 1) expect((await get(`/api/shared/${link.token}`, '198.51.100.20')).status).toBe(200);
    expect((await get(`/api/shared/${link.token}`, '198.51.100.21')).status).toBe(200);
    expect((await get(`/api/shared/${link.token}`, '198.51.100.20', 'Another browser')).status).toBe(200);

    const stored = await ShareLink.findById(link.id).lean();
    expect(stored?.viewCount).toBe(7);
    expect(await AuditEvent.countDocuments({ action: 'share_link.viewed', 'target.id': link.id })).toBe(3);
    const listed = await app.sendco.get(`/api/reviews/${app.school.reviewId}/share-links`);
    const summary = listed.body.links.find((l: { id: string }) => l.id === link.id);
    expect(summary.viewCount).toBe(7);
    expect(summary.recentViews).toHaveLength(3);
  });

  it('refuse a link opened more than 120 times in an hour, from anywhere', async () => {
    const link = await laLink();
    for (let i = 0; i < 120; i += 1) {
      const response = await get(`/api/shared/${link.token}`, `198.51.101.${i % 100}`);
      expect(response.status).toBe(200);
    }
    const refused = await get(`/api/shared/${link.token}`, '198.51.102.1');
    expect(refused.status).toBe(429);
    expect((await ShareLink.findById(link.id).lean())?.viewCount).toBe(120);
  });
});

describe('calendar feeds', () => {
  it('refuse a feed fetched more than 60 times an hour, but not other feeds from the same address', async () => {
    const first = await app.sendco.post('/api/calendar-feeds');
    const second = await app.sendco.post('/api/calendar-feeds');
    const path = (feed: typeof first) => new URL(feed.body.feed.url as string).pathname;
    for (let i = 0; i < 60; i += 1) expect((await get(path(first), '203.0.113.5')).status).toBe(200);
    const refused = await get(path(first), '203.0.113.5');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get(path(second), '203.0.113.5')).status).toBe(200);
  });
});
