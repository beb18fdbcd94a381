import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Contribution, MailMessage, Participant, Reminder, Review } from '../../models/index.ts';
import { createParticipant, createSchoolWithReview } from '../../test/factories.ts';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.ts';
import { dropTestDatabase, startTestApp, type TestApp } from '../../test/test-app.ts';
import { todayInEngland } from '../clock.ts';
import { outboxOnlyMailer } from '../../mail/index.ts';
import { listParticipants } from '../participants/index.ts';
import { createReminderScheduler } from './reminder-scheduler.ts';
import type { ReminderSweepResult } from './sweep-reminders.ts';

// Links expire by the real clock, so the calendar is built around the real today.
const today = todayInEngland();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const DUE_NOW = ['week@example.test', 'twodays@example.test', 'overdue@example.test', 'drafting@example.test'];

let sink: SmtpSink;
const apps: TestApp[] = [];
let home: Awaited<ReturnType<typeof createSchoolWithReview>>;
const startApp = async () => {
  const app = await startTestApp({ today, mail: { smtpUrl: sink.url, from: 'Reviews <reviews@school.test>' } });
  apps.push(app);
  return app;
};
const receivedBy = (email: string) => sink.received.filter((mail) => mail.to.includes(email)).length;
const total = (results: ReminderSweepResult[]) => results.reduce((sum, result) => sum + result.sent, 0);

/** A school whose review is in the given state, with one participant due in a week. */
async function reviewWithParticipant(email: string, review: Record<string, unknown>) {
  const school = await createSchoolWithReview();
  await Review.updateOne({ _id: school.reviewId }, { $set: review });
  await createParticipant(school, { name: email, email, dueDate: addDays(7) });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  await startApp(); // connects this file's database
  home = await createSchoolWithReview();
  await Review.updateOne({ _id: home.reviewId }, { $set: { meetingDate: addDays(21) } });
  const add = (email: string, dueInDays: number, invitedDaysAgo = 10) =>
    createParticipant(home, { name: email.split('@')[0]!, email, dueDate: addDays(dueInDays), invitedDaysAgo });
  await add('week@example.test', 7);
  await add('twodays@example.test', 2);
  await add('overdue@example.test', -1);
  const drafting = await add('drafting@example.test', 7);
  const submitted = await add('submitted@example.test', 7);
  const revoked = await add('revoked@example.test', 7);
  const expired = await add('expired@example.test', 7);
  await add('fresh@example.test', 7, 0); // invited today: no reminder on the day of the invitation
  await add('early@example.test', 20); // not due for a reminder yet
  await Contribution.create([
    { participantId: drafting, reviewId: home.reviewId, schoolId: home.schoolId, draftStartedAt: new Date() },
    {
      participantId: submitted,
      reviewId: home.reviewId,
      schoolId: home.schoolId,
      draftStartedAt: new Date(),
      submittedAt: new Date(),
    },
  ]);
  await Participant.updateOne({ _id: revoked }, { $set: { revokedAt: new Date() } });
  await Participant.updateOne({ _id: expired }, { $set: { expiresAt: new Date(Date.now() - 2 * 86_400_000) } });
  await reviewWithParticipant('finalised@example.test', { meetingDate: addDays(21), status: 'finalised' });
  await reviewWithParticipant('nomeeting@example.test', {});
  await reviewWithParticipant('held@example.test', { meetingDate: addDays(-1), meetingHeld: true });
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await sink.close();
  await dropTestDatabase();
});

describe('automatic reminders', () => {
  it('two app instances sweeping at the same time send each due reminder exactly once', async () => {
    const second = await startApp();
    const [first] = apps;
    const results = await Promise.all([
      first!.app.reminders.sweep(today),
      second.app.reminders.sweep(today),
      first!.app.reminders.sweep(today),
      second.app.reminders.sweep(today),
    ]);
    expect(total(results)).toBe(DUE_NOW.length);
    expect(results.flatMap((result) => result.failures)).toEqual([]);
    expect(sink.received).toHaveLength(DUE_NOW.length);
    expect(DUE_NOW.map(receivedBy)).toEqual([1, 1, 1, 1]);
    expect(await MailMessage.countDocuments({})).toBe(DUE_NOW.length);

    const rows = await Reminder.find({}).lean();
    expect(rows.map((row) => row.key).sort()).toEqual(['overdue', 'two_days_before', 'week_before', 'week_before']);
    expect(rows.every((row) => row.mailStatus === 'sent' && row.kind === 'automatic')).toBe(true);
    const audit = await AuditEvent.find({ action: 'participant.reminded' }).lean();
    expect(audit).toHaveLength(DUE_NOW.length);
    expect(audit[0]!.actor).toMatchObject({ kind: 'system', name: 'Automatic reminder' });
    expect(audit[0]!.details).toMatchObject({ kind: 'automatic', mail: 'sent', reviewId: home.reviewId });
  });

  it('says what is asked and by when; overdue ones say it was needed, drafts that they are saved', async () => {
    const textTo = async (email: string) => (await MailMessage.findOne({ to: email }).lean())!;
    const overdue = await textTo('overdue@example.test');
    expect(overdue.subject).toMatch(/your contribution was needed by/);
    expect(overdue.text).toContain('It was needed by');
    expect((await textTo('week@example.test')).subject).toMatch(/^Reminder: .*is needed by/);
    expect((await textTo('week@example.test')).text).toContain('how Pupil');
    expect((await textTo('drafting@example.test')).text).toContain('Your draft is saved');
    expect((await textTo('week@example.test')).text).toMatch(/contact Sam SENDCo \d+ at Test School/);
  });

  it('a restarted server sends nothing again, and the next reminder goes when its day comes', async () => {
    while (apps.length > 0) await apps.pop()!.stop();
    const restarted = await startApp();
    expect((await restarted.app.reminders.sweep(today)).sent).toBe(0);
    expect((await restarted.app.reminders.sweep(addDays(1))).sent).toBe(0);
    expect(sink.received).toHaveLength(DUE_NOW.length);
    // Three days on, the contribution due in two days is overdue: its third reminder goes, once.
    const later = await Promise.all([restarted.app.reminders.sweep(addDays(3)), restarted.app.reminders.sweep(addDays(3))]);
    expect(total(later)).toBe(1);
    expect(receivedBy('twodays@example.test')).toBe(2);
    expect(sink.received).toHaveLength(DUE_NOW.length + 1);
  });

  it('never re-sends a claim left by a stopped process; the tracker says it was interrupted', async () => {
    const crashed = await createParticipant(home, { name: 'Cass', email: 'crashed@example.test', dueDate: addDays(7) });
    const sending = await createParticipant(home, { name: 'Sid', email: 'sending@example.test', dueDate: addDays(7) });
    const claim = {
      reviewId: home.reviewId,
      schoolId: home.schoolId,
      key: 'week_before',
      kind: 'automatic' as const,
      dueDate: addDays(7),
    };
    await Reminder.create([
      { ...claim, participantId: crashed, claimedAt: new Date(Date.now() - 3_600_000) },
      { ...claim, participantId: sending, claimedAt: new Date() },
    ]);
    expect((await apps[0]!.app.reminders.sweep(today)).sent).toBe(0);
    expect(receivedBy('crashed@example.test') + receivedBy('sending@example.test')).toBe(0);
    const { participants: listed } = await listParticipants(home.reviewId, today);
    const reminderOf = (email: string) => listed.find((p) => p.email === email)?.lastReminder;
    expect(reminderOf('crashed@example.test')).toMatchObject({ kind: 'automatic', outcome: 'interrupted' });
    expect(reminderOf('sending@example.test')?.outcome).toBe('sending');
    expect(reminderOf('week@example.test')?.outcome).toBe('sent');
    expect(reminderOf('early@example.test')).toBeNull();
  });
});

describe('the reminder scheduler', () => {
  const at = (isoTime: string) => () => new Date(`${today}T${isoTime}Z`);
  const schedulerAt = (now: () => Date, intervalMs = 60_000) => {
    const results: ReminderSweepResult[] = [];
    const errors: unknown[] = [];
    const scheduler = createReminderScheduler({
      mailer: outboxOnlyMailer,
      today: () => today,
      now,
      intervalMs,
      sendHours: { from: 8, until: 20 },
      onSweep: (result) => results.push(result),
      onError: (error) => errors.push(error),
    });
    return { scheduler, results, errors };
  };

  it('sweeps as soon as it starts within the sending hours, and stop waits for that sweep', async () => {
    const { scheduler, results, errors } = schedulerAt(at('12:00:00'));
    scheduler.start();
    await scheduler.stop();
    expect(results).toEqual([{ sent: 0, failures: [] }]);
    expect(errors).toEqual([]);
  });

  it('does not sweep at night, nor at all with an interval of 0', async () => {
    const night = schedulerAt(at('02:30:00'));
    night.scheduler.start();
    await night.scheduler.stop();
    expect(night.results).toEqual([]);
    const off = schedulerAt(at('12:00:00'), 0);
    off.scheduler.start();
    await off.scheduler.stop();
    expect(off.results).toEqual([]);
  });

  it('survives a clock that throws: the error is reported, nothing rejects unhandled', async () => {
    const { scheduler, results, errors } = schedulerAt(() => {
      throw new Error('no clock');
    });
    scheduler.start();
    await scheduler.stop();
    expect(results).toEqual([]);
    expect(errors.map((error) => (error as Error).message)).toEqual(['no clock']);
  });
});

describe('a participant whose inviter cannot be read', () => {
  it('fails on its own, and no stored lookup rejects unhandled while another is awaited', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const school = await createSchoolWithReview();
      await Review.updateOne({ _id: school.reviewId }, { $set: { meetingDate: addDays(21) } });
      const id = await createParticipant(school, { name: 'Broken inviter', email: 'broken@example.test', dueDate: addDays(2) });
      // A corrupt reference (a restored backup, a hand edit): looking it up fails at once,
      // while the review's invitation context is still loading.
      await Participant.collection.updateOne({ _id: new Types.ObjectId(id) }, { $set: { invitedBy: 'not-an-id' } });
      const result = await apps[0]!.app.reminders.sweep(today);
      await new Promise((resolve) => setTimeout(resolve, 50)); // unhandled rejections are reported a turn later
      expect(result.failures.map((failure) => failure.participantId)).toContain(id);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
