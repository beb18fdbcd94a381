import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarFeed } from '../../models/index.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';

let t: TestApp;
let home: Awaited<ReturnType<typeof createSchoolWithReview>>;
let other: Awaited<ReturnType<typeof createSchoolWithReview>>;
let sendco: TestClient;
let staff: TestClient;
let otherSendco: TestClient;

beforeAll(async () => {
  t = await startTestApp({ today: '2026-01-20' });
  home = await createSchoolWithReview({ name: 'St Mary’s; Oak, Hill' });
  other = await createSchoolWithReview();
  sendco = await new TestClient(t.baseUrl).login(home.sendco.email, home.password);
  staff = await new TestClient(t.baseUrl).login(home.staff.email, home.password);
  otherSendco = await new TestClient(t.baseUrl).login(other.sendco.email, other.password);
  await sendco.request('PATCH', `/api/reviews/${home.reviewId}/facts`, { meetingDate: '2026-02-10' });
});
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

const feedPath = (url: string) => new URL(url).pathname;

describe('calendar feeds', () => {
  it('needs a session (401) and the SENDCo role (403); a malformed id is 400', async () => {
    expect((await new TestClient(t.baseUrl).post('/api/calendar-feeds')).status).toBe(401);
    expect((await staff.post('/api/calendar-feeds')).status).toBe(403);
    expect((await staff.get('/api/calendar-feeds')).status).toBe(403);
    expect((await sendco.request('DELETE', '/api/calendar-feeds/not-an-id')).status).toBe(400);
  });

  it('serves a valid iCalendar feed with the meeting and statutory deadlines as all-day events', async () => {
    const created = await sendco.post('/api/calendar-feeds');
    expect(created.status).toBe(201);
    expect(created.body.feed.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = feedPath(created.body.feed.url).split('/').pop()!.replace('.ics', '');
    expect(await CalendarFeed.countDocuments({ tokenHash: token })).toBe(0); // only the hash is stored

    const response = await fetch(`${t.baseUrl}${feedPath(created.body.feed.url)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/); // every line ends with CRLF

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    // ical.js leaves unknown X- properties unescaped; the escaping itself is RFC 5545 TEXT.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('EHCP reviews – St Mary’s\\; Oak\\, Hill');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Circulate advice/),
        expect.stringMatching(/annual review meeting/),
        expect.stringMatching(/annual review due by/),
      ]),
    );
    const meeting = events.find((e) => /annual review meeting/.test(e.summary))!;
    expect(meeting.startDate.isDate).toBe(true);
    expect(meeting.startDate.toString()).toBe('2026-02-10');
    expect(meeting.endDate.toString()).toBe('2026-02-11');
    expect(events.find((e) => /annual review due by/.test(e.summary))!.startDate.toString()).toBe('2026-03-14');
    for (const event of events) {
      expect(event.uid).toMatch(new RegExp(`^${home.reviewId}-.+@`));
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('lists feeds without their tokens; revoking makes the URL 404; another school cannot revoke', async () => {
    const created = await sendco.post('/api/calendar-feeds');
    const path = feedPath(created.body.feed.url);
    const list = await sendco.get('/api/calendar-feeds');
    expect(list.body.feeds.map((f: { id: string }) => f.id)).toContain(created.body.feed.id);
    expect(JSON.stringify(list.body)).not.toContain(path.split('/').pop()!.replace('.ics', ''));

    expect((await otherSendco.request('DELETE', `/api/calendar-feeds/${created.body.feed.id}`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(200);
    expect((await sendco.request('DELETE', `/api/calendar-feeds/${created.body.feed.id}`)).status).toBe(204);
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
    expect((await sendco.request('DELETE', `/api/calendar-feeds/${created.body.feed.id}`)).status).toBe(404);
  });

  it('answers 404 for unknown and malformed feed URLs', async () => {
    expect((await fetch(`${t.baseUrl}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/calendar/short.ics`)).status).toBe(404);
  });
});
