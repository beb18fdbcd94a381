import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarFeed } from '../../models/index.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

let ctx: TwoSchools;

beforeAll(async () => {
  ctx = await startWithTwoSchools('2026-01-20', 'St Mary’s; Oak, Hill');
  await ctx.sendco.request('PATCH', `/api/reviews/${ctx.home.reviewId}/facts`, { meetingDate: '2026-02-10' });
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

const feedPath = (url: string) => new URL(url).pathname;

describe('calendar feeds', () => {
  it('needs a session (401) and the SENDCo role (403); a malformed id is 400', async () => {
    expect((await ctx.anonymous.post('/api/calendar-feeds')).status).toBe(401);
    expect((await ctx.staff.post('/api/calendar-feeds')).status).toBe(403);
    expect((await ctx.staff.get('/api/calendar-feeds')).status).toBe(403);
    expect((await ctx.sendco.request('DELETE', '/api/calendar-feeds/not-an-id')).status).toBe(400);
  });

  it('serves a valid iCalendar feed with the meeting and statutory deadlines as all-day events', async () => {
    const created = await ctx.sendco.post('/api/calendar-feeds');
    expect(created.status).toBe(201);
    expect(created.body.feed.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = feedPath(created.body.feed.url).split('/').pop()!.replace('.ics', '');
    expect(await CalendarFeed.countDocuments({ tokenHash: token })).toBe(0); // only the hash is stored

    const response = await fetch(`${ctx.t.baseUrl}${feedPath(created.body.feed.url)}`);
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
      expect(event.uid).toMatch(new RegExp(`^${ctx.home.reviewId}-.+@`));
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('lists feeds without their tokens; revoking makes the URL 404; another school cannot revoke', async () => {
    const created = await ctx.sendco.post('/api/calendar-feeds');
    const path = feedPath(created.body.feed.url);
    const list = await ctx.sendco.get('/api/calendar-feeds');
    expect(list.body.feeds.map((f: { id: string }) => f.id)).toContain(created.body.feed.id);
    expect(JSON.stringify(list.body)).not.toContain(path.split('/').pop()!.replace('.ics', ''));

    expect((await ctx.otherSendco.request('DELETE', `/api/calendar-feeds/${created.body.feed.id}`)).status).toBe(404);
    expect((await fetch(`${ctx.t.baseUrl}${path}`)).status).toBe(200);
    expect((await ctx.sendco.request('DELETE', `/api/calendar-feeds/${created.body.feed.id}`)).status).toBe(204);
    expect((await fetch(`${ctx.t.baseUrl}${path}`)).status).toBe(404);
    expect((await ctx.sendco.request('DELETE', `/api/calendar-feeds/${created.body.feed.id}`)).status).toBe(404);
  });

  it('answers 404 for unknown and malformed feed URLs', async () => {
    expect((await fetch(`${ctx.t.baseUrl}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${ctx.t.baseUrl}/calendar/short.ics`)).status).toBe(404);
  });
});
