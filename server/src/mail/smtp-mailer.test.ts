import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailMessage, Review } from '../models/index.ts';
import { longDate, todayInEngland } from '../services/index.ts';
import { createSchoolWithReview } from '../test/factories.ts';
import { TestClient } from '../test/http-client.ts';
import { startSmtpSink, type SmtpSink } from '../test/smtp-sink.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../test/test-app.ts';
import { waitFor } from '../test/wait-for.ts';

const qpBytes = (text: string) =>
  text.replace(/(=[0-9A-F]{2})+/g, (run) =>
    Buffer.from(
      run
        .split('=')
        .slice(1)
        .map((hex) => parseInt(hex, 16)),
    ).toString('utf8'),
  );

/** Headers (unfolded, RFC 2047 words decoded) and the quoted-printable body decoded, enough to assert on. */
function decode(raw: string): { headers: string; body: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw
    .slice(0, split)
    .replace(/\r\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_m, word: string) => qpBytes(word.replace(/_/g, ' ')));
  return { headers, body: qpBytes(raw.slice(split + 4).replace(/=\r\n/g, '')) };
}

let smtp: SmtpSink;
let t: TestApp;

beforeAll(async () => {
  // A real SMTP server on 127.0.0.1 without TLS or auth; refuses one address to test failures.
  smtp = await startSmtpSink({ refuse: ['refused@example.test'] });
  t = await startTestApp({
    today: todayInEngland(),
    mail: { smtpUrl: smtp.url, from: 'Reviews <reviews@school.test>' },
  });
});
afterAll(async () => {
  await t.stop();
  await smtp.close();
  await dropTestDatabase();
});

describe('invitations through SMTP', () => {
  it('sends the participant a plain-language invitation with the due date and their link', async () => {
    const home = await createSchoolWithReview();
    const meetingDate = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await Review.updateOne({ _id: home.reviewId }, { $set: { meetingDate } });
    const sendco = await new TestClient(t.baseUrl).login(home.sendco.email, home.password);
    const added = await sendco.post(`/api/reviews/${home.reviewId}/participants`, {
      name: 'Pat Parent',
      email: 'pat@example.test',
      role: 'parent_carer',
    });
    expect(added.status).toBe(201);
    expect(added.body.mailStatus).toBe('sent');

    const message = await waitFor(() => smtp.received.find((m) => m.to.includes('pat@example.test')));
    const { headers, body: text } = decode(message.raw);
    const due = longDate(added.body.participant.dueDate);
    expect(message.from).toBe('reviews@school.test');
    expect(headers).toContain(`Subject: Pupil’s annual review: your contribution is needed by ${due}\r\n`);
    expect(headers).toContain('To: pat@example.test');
    expect(text).toContain(`Please send it by ${due}.`);
    expect(text).toContain(added.body.link);
    expect(text).toContain('You do not need an account or a password.');
    expect(text).toContain('how Pupil is getting on at home and at school');
    const stored = await MailMessage.findOne({ to: 'pat@example.test' }).lean();
    expect(stored).toMatchObject({ status: 'sent', error: null });
    expect(stored?.sentAt).toBeInstanceOf(Date);
  });

  it('keeps a refused message in the outbox as failed, and the participant is still added', async () => {
    const home = await createSchoolWithReview();
    const sendco = await new TestClient(t.baseUrl).login(home.sendco.email, home.password);
    const dueDate = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const added = await sendco.post(`/api/reviews/${home.reviewId}/participants`, {
      name: 'Rae Refused',
      email: 'refused@example.test',
      role: 'health',
      dueDate,
    });
    expect(added.status).toBe(201);
    expect(added.body.mailStatus).toBe('failed');
    const outbox = await sendco.get('/api/outbox');
    expect(outbox.body.messages[0]).toMatchObject({ to: 'refused@example.test', status: 'failed' });
    expect(outbox.body.messages[0].error).toContain('Mailbox unavailable');
  });
});
