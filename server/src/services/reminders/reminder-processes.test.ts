import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Reminder, Review } from '../../models/index.ts';
import { createParticipant, createSchoolWithReview } from '../../test/factories.ts';
import { createServerProcess, type ServerProcess } from '../../test/server-process.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { connectTestDatabase, dropTestDatabase } from '../../test/test-app.ts';
import { waitFor } from '../../test/wait-for.ts';
import { todayInEngland } from '../clock.ts';

// Two real server processes on one database, each sweeping every second (all day long), send
// through a real SMTP server. The servers use the real clock, so the dates are built around it.
const today = todayInEngland();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const PARTICIPANTS = 12;
const emails = Array.from({ length: PARTICIPANTS }, (_, i) => `person${i}@example.test`);

let sink: SmtpSink;
let servers: ServerProcess[] = [];
const sweepsOf = (server: ServerProcess) => server.output().split('"msg":"reminder sweep"').length - 1;

/** Waits until every server has finished `more` further sweeps, so anything they would send has been sent. */
async function waitForMoreSweeps(more: number): Promise<void> {
  const before = servers.map(sweepsOf);
  await waitFor(() => servers.every((server, i) => sweepsOf(server) >= before[i]! + more), {
    timeoutMs: 20_000,
    message: `${more} more sweeps by every server`,
  });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const dbName = await connectTestDatabase();
  const school = await createSchoolWithReview();
  await Review.updateOne({ _id: school.reviewId }, { $set: { meetingDate: addDays(21) } });
  for (const email of emails) await createParticipant(school, { name: email, email, dueDate: addDays(7) });
  const uri = new URL(inject('mongoUri'));
  uri.pathname = `/${dbName}`;
  const env = {
    REMINDER_SWEEP_SECONDS: '1',
    REMINDER_SEND_HOURS: '00-24',
    SMTP_URL: sink.url,
    MAIL_FROM: 'Reviews <reviews@school.test>',
    LOG_LEVEL: 'debug',
  };
  servers = await Promise.all([createServerProcess(uri.toString(), env), createServerProcess(uri.toString(), env)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop('SIGTERM')));
  await sink.close();
  await dropTestDatabase();
});

describe('reminders from two server processes', () => {
  it('send each due reminder exactly once, however often both sweep', async () => {
    await Promise.all(servers.map((server) => server.start()));
    await waitFor(() => sink.received.length >= PARTICIPANTS, { timeoutMs: 20_000, message: 'every reminder received' });
    await waitForMoreSweeps(2);
    expect(sink.received).toHaveLength(PARTICIPANTS);
    expect(emails.map((email) => sink.received.filter((mail) => mail.to.includes(email)).length)).toEqual(emails.map(() => 1));
    expect(await Reminder.countDocuments({ key: 'week_before', mailStatus: 'sent' })).toBe(PARTICIPANTS);
  }, 60_000);

  it('send nothing again after both are stopped and one is started again', async () => {
    await Promise.all(servers.map((server) => server.stop('SIGTERM')));
    servers = [servers[0]!];
    await servers[0]!.start();
    await waitForMoreSweeps(2);
    expect(sink.received).toHaveLength(PARTICIPANTS);
  }, 60_000);
});
