import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contribution, MailMessage, Participant, Review } from '../../models/index.ts';
import { longDate, todayInEngland } from '../../services/index.ts';
import { inviteParticipant } from '../../test/participant-links.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

let s: TwoSchools;
// Links expire by the real clock, so the calendar is built around the real today.
const today = todayInEngland();
const dueDate = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
const participants = () => `/api/reviews/${s.home.reviewId}/participants`;
const nudgePath = (participantId: string, reviewId = s.home.reviewId) =>
  `/api/reviews/${reviewId}/participants/${participantId}/nudge`;
const invite = async (name: string, email: string) =>
  (await inviteParticipant(s.sendco, s.home.reviewId, { name, email, role: 'parent_carer', dueDate })).id;
const mailsTo = (email: string) => MailMessage.countDocuments({ to: email });

beforeAll(async () => {
  s = await startWithTwoSchools(today);
});
afterAll(async () => {
  await s.t.stop();
  await dropTestDatabase();
});

describe('POST /api/reviews/:reviewId/participants/:participantId/nudge', () => {
  it('needs a session, valid ids, the SENDCo, the school’s own review and one of its participants', async () => {
    const id = await invite('Pat Parent', 'pat@example.test');
    expect((await s.anonymous.post(nudgePath(id))).status).toBe(401);
    expect((await s.sendco.post(nudgePath('nope'))).status).toBe(400);
    expect((await s.sendco.post(nudgePath(id, 'nope'))).status).toBe(400);
    expect((await s.staff.post(nudgePath(id))).status).toBe(403);
    const crossSchool = await s.otherSendco.post(nudgePath(id));
    expect(crossSchool.status).toBe(404);
    expect(crossSchool.body.error.code).toBe('review_not_found');
    const otherId = (
      await s.otherSendco.post(`/api/reviews/${s.other.reviewId}/participants`, {
        name: 'Olly Other',
        email: 'olly@example.test',
        role: 'health',
        dueDate,
      })
    ).body.participant.id;
    const notOurs = await s.sendco.post(nudgePath(otherId));
    expect(notOurs.status).toBe(404);
    expect(notOurs.body.error.code).toBe('participant_not_found');
    expect(await mailsTo('pat@example.test')).toBe(1); // only the invitation
  });

  it('emails a reminder saying what is asked, by when and where the link is, and shows it in the tracker', async () => {
    const id = await invite('Nina Nudged', 'nina@example.test');
    const nudged = await s.sendco.post(nudgePath(id));
    expect(nudged.status).toBe(200);
    expect(nudged.body.mailStatus).toBe('queued'); // no SMTP configured: outbox only
    expect(nudged.body.participant).toMatchObject({ id, status: 'invited', lastReminder: { kind: 'nudge', outcome: 'queued' } });
    const reminder = await MailMessage.findOne({ to: 'nina@example.test' }).sort({ _id: -1 }).lean();
    expect(reminder?.subject).toBe(`Reminder: Pupil’s annual review: your contribution is needed by ${longDate(dueDate)}`);
    expect(reminder?.text).toContain(`Please send it by ${longDate(dueDate)}.`);
    expect(reminder?.text).toContain('how Pupil is getting on at home and at school');
    expect(reminder?.text).toContain(`Your personal link is in the invitation we emailed you on ${longDate(today)}`);
    expect(reminder?.text).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
    const listed = (await s.sendco.get(participants())).body.participants.find((p: { id: string }) => p.id === id);
    expect(listed.lastReminder).toEqual(nudged.body.participant.lastReminder);

    const audit = await s.sendco.get('/api/audit');
    const event = audit.body.events.find((e: { action: string }) => e.action === 'participant.reminded');
    expect(event.actor).toMatchObject({ kind: 'staff', name: expect.stringContaining('Sam SENDCo') });
    expect(event.target).toEqual({ kind: 'participant', id });
    expect(event.details).toMatchObject({
      kind: 'nudge',
      reminder: `nudge:${today}`,
      participant: 'Nina Nudged',
      mail: 'queued',
    });
  });

  it('sends once a day: a double click or a second nudge that day is refused', async () => {
    const id = await invite('Dora Double', 'dora@example.test');
    const [a, b] = await Promise.all([s.sendco.post(nudgePath(id)), s.sendco.post(nudgePath(id))]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const again = await s.sendco.post(nudgePath(id));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'already_reminded', message: expect.stringContaining('tomorrow') });
    expect(await mailsTo('dora@example.test')).toBe(2); // the invitation and one reminder
  });

  it('refuses submitted contributions, withdrawn and expired links, and finalised reviews', async () => {
    const submitted = await invite('Sam Submitted', 'submitted@example.test');
    await Contribution.create({
      participantId: submitted,
      reviewId: s.home.reviewId,
      schoolId: s.home.schoolId,
      submittedAt: new Date(),
    });
    const revoked = await invite('Rex Revoked', 'revoked@example.test');
    await s.sendco.post(`${participants()}/${revoked}/revoke`);
    const expired = await invite('Eve Expired', 'expired@example.test');
    await Participant.updateOne({ _id: expired }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const codeOf = async (id: string) => {
      const result = await s.sendco.post(nudgePath(id));
      return `${result.status} ${result.body.error.code}`;
    };
    expect(await codeOf(submitted)).toBe('409 contribution_submitted');
    expect(await codeOf(revoked)).toBe('409 participant_link_unavailable');
    expect(await codeOf(expired)).toBe('409 participant_link_unavailable');

    const waiting = await invite('Wes Waiting', 'waiting@example.test');
    await Review.updateOne({ _id: s.home.reviewId }, { $set: { status: 'finalised' } });
    expect(await codeOf(waiting)).toBe('409 review_finalised');
    await Review.updateOne({ _id: s.home.reviewId }, { $set: { status: 'open' } });
    for (const email of ['submitted@example.test', 'revoked@example.test', 'expired@example.test', 'waiting@example.test'])
      expect(await mailsTo(email)).toBe(1); // only the invitation
  });
});
