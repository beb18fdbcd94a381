import mongoose from 'mongoose';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_SENT_NOTICE, LINK_UNREADABLE_NOTICE } from '../services/index.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { prepareForFinalisation } from '../test/meeting-report.ts';
import { inviteParticipant, tokenOf } from '../test/participant-links.ts';
import { startSmtpSink, type SmtpSink } from '../test/smtp-sink.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';

/**
 * Issue 10, item 3: after a whole review (sign-ins, invitations and a resend, a contribution,
 * circulation, the meeting report, finalisation, an LA link opened, a calendar feed fetched,
 * sign-out), no raw token of any kind is stored in any collection, in any encoding, while the
 * SENDCo can still forward an invitation from the outbox.
 */
let t: TestApp;
let school: Awaited<ReturnType<typeof createSchoolWithReview>>;
const outbox = { secret: randomBytes(32).toString('base64url'), isEphemeral: false };
/** Every credential handed out during the review: cookies, personal, LA and calendar link tokens. */
const tokens = new Map<string, string>();

const dueDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp({ outbox });
  school = await createSchoolWithReview();
}, 120_000);
afterAll(async () => {
  await t.stop();
  await dropTestDatabase();
});

function keep(kind: string, token: string | undefined) {
  if (!token) throw new Error(`no ${kind} token`);
  tokens.set(`${kind} ${tokens.size}`, token);
}

const session = (client: TestClient) => client.sessionCookie!.slice('ehcp_session='.length);

/** Every stored document of every collection (the document server's included), as one string. */
async function everythingStored(): Promise<string> {
  const collections = await mongoose.connection.db!.collections();
  const contents = await Promise.all(collections.map((c) => c.find().toArray()));
  return JSON.stringify(contents);
}

/** The forms a 32-byte token could be stored in: as given, and its bytes as hex and base64. */
function encodings(token: string): string[] {
  const bytes = Buffer.from(token, 'base64url');
  return [token, bytes.toString('hex'), bytes.toString('base64'), bytes.toString('base64').replace(/=+$/, '')];
}

describe('no usable secret at rest', () => {
  it('stores no raw token of any kind after a whole review, and the outbox still forwards a working link', async () => {
    const sendco = await new TestClient(t.baseUrl).login(school.sendco.email, school.password);
    const staff = await new TestClient(t.baseUrl).login(school.staff.email, school.password);
    keep('session', session(sendco));
    keep('session', session(staff));
    keep('known browser', sendco.cookie('ehcp_device'));
    keep('known browser', staff.cookie('ehcp_device'));

    const person = (name: string, role: 'parent_carer' | 'educational_psychologist') => ({
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
      role,
      dueDate,
    });
    const parent = await inviteParticipant(sendco, school.reviewId, person('Pat Parent', 'parent_carer'));
    const ep = await inviteParticipant(sendco, school.reviewId, person('Dr Ellis', 'educational_psychologist'));
    keep('participant', parent.token);
    keep('participant', ep.token);
    expect((await new TestClient(t.baseUrl).get(`/api/participant/${parent.token}`)).status).toBe(200);
    expect((await new TestClient(t.baseUrl).post(`/api/participant/${ep.token}/submit`)).status).toBe(200);
    const resent = await sendco.post(`/api/reviews/${school.reviewId}/participants/${parent.id}/resend`);
    expect(resent.status).toBe(200);
    const parentLink = resent.body.link as string;
    keep('participant', tokenOf(parentLink));
    expect((await sendco.post(`/api/reviews/${school.reviewId}/participants/${parent.id}/nudge`)).status).toBe(200);
    expect((await sendco.post(`/api/reviews/${school.reviewId}/circulation`, { acknowledgeWarnings: true })).status).toBe(201);

    (
      await prepareForFinalisation(sendco, t.wsUrl, school.reviewId, { meetingDate: new Date().toISOString().slice(0, 10) })
    ).destroy();
    expect((await sendco.post(`/api/reviews/${school.reviewId}/finalise`, {})).status).toBe(200);
    const la = await sendco.post(`/api/reviews/${school.reviewId}/share-links`, {});
    expect(la.status).toBe(201);
    keep('LA link', tokenOf(la.body.link.url));
    expect((await new TestClient(t.baseUrl).get(`/api/shared/${tokenOf(la.body.link.url)}`)).status).toBe(200);
    const feed = await sendco.post('/api/calendar-feeds');
    const feedToken = tokenOf(feed.body.feed.url).replace(/\.ics$/, '');
    keep('calendar feed', feedToken);
    expect((await fetch(`${t.baseUrl}/calendar/${feedToken}.ics`)).status).toBe(200);
    expect((await staff.post('/api/auth/logout')).status).toBe(204);

    const stored = await everythingStored();
    for (const [kind, token] of tokens)
      for (const form of encodings(token)) expect(stored.includes(form), `${kind} stored as ${form}`).toBe(false);

    // What the SENDCo needs without SMTP: the invitation as sent, with the parent's current, working link.
    const messages = (await sendco.get('/api/outbox')).body.messages as { to: string; text: string }[];
    const latest = messages.find((m) => m.to === 'pat.parent@example.test' && m.text.includes('Open your personal link'))!;
    expect(latest.text).toContain(parentLink);
    const forwarded = latest.text.match(/http:\/\/\S+\/p\/[A-Za-z0-9_-]{43}/)![0];
    expect((await new TestClient(t.baseUrl).get(new URL(forwarded).pathname.replace(/^\/p\//, '/api/participant/'))).status).toBe(
      200,
    );
  });

  it('shows a notice instead of the link once the outbox key has changed', async () => {
    const restarted = await startTestApp({ outbox: { secret: randomBytes(32).toString('base64url'), isEphemeral: false } });
    try {
      const sendco = await new TestClient(restarted.baseUrl).login(school.sendco.email, school.password);
      const { messages } = (await sendco.get('/api/outbox')).body as { messages: { text: string; subject: string }[] };
      const invitation = messages.find((m) => m.text.includes('Open your personal link'))!;
      expect(invitation.text).toContain(LINK_UNREADABLE_NOTICE);
      expect(invitation.text).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
    } finally {
      await restarted.stop();
    }
  });
});

describe('with SMTP', () => {
  let sink: SmtpSink;
  let smtpApp: TestApp;
  beforeAll(async () => {
    sink = await startSmtpSink();
    smtpApp = await startTestApp({ outbox, mail: { smtpUrl: sink.url } });
  });
  afterAll(async () => {
    await smtpApp.stop();
    await sink.close();
  });

  it('sends the working link by email and keeps no copy of it once sent', async () => {
    const other = await createSchoolWithReview();
    const sendco = await new TestClient(smtpApp.baseUrl).login(other.sendco.email, other.password);
    const invited = await inviteParticipant(sendco, other.reviewId, {
      name: 'Sam Smtp',
      email: 'sam.smtp@example.test',
      role: 'parent_carer',
      dueDate,
    });
    // The body is quoted-printable: soft line breaks may fall inside the link, wherever the text before it ends.
    const body = sink.received
      .at(-1)!
      .raw.replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(body).toContain(invited.token);
    const stored = await everythingStored();
    for (const form of encodings(invited.token)) expect(stored.includes(form)).toBe(false);
    const { messages } = (await sendco.get('/api/outbox')).body as { messages: { status: string; text: string }[] };
    expect(messages[0]).toMatchObject({ status: 'sent', text: expect.stringContaining(LINK_SENT_NOTICE) });
    expect(messages[0]!.text).not.toContain(invited.token);
  });
});
