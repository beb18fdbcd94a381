import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantRole } from '@ehcp/shared';
import { AuditEvent, Circulation, MailMessage, Review } from '../../models/index.ts';
import { todayInEngland } from '../../services/index.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';
import { inviteParticipant } from '../../test/participant-links.ts';

let ctx: TwoSchools;
// Links expire by the real clock, so the calendar is built around the real today.
const today = todayInEngland();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const circulationPath = (reviewId: string) => `/api/reviews/${reviewId}/circulation`;
const anonymous = () => new TestClient(ctx.t.baseUrl);

/** Invites someone as the SENDCo and returns their id and link token. */
function invite(sendco: TestClient, reviewId: string, name: string, role: ParticipantRole, dueDate?: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${reviewId.slice(-6)}@example.test`;
  return inviteParticipant(sendco, reviewId, { name, email, role, ...(dueDate ? { dueDate } : {}) });
}

async function submit(token: string) {
  expect((await anonymous().post(`/api/participant/${token}/submit`)).status).toBe(200);
}

/** A further school with its own review and signed-in SENDCo. */
async function anotherSchool() {
  const school = await createSchoolWithReview();
  return { school, sendco: await new TestClient(ctx.t.baseUrl).login(school.sendco.email, school.password) };
}

beforeAll(async () => {
  ctx = await startWithTwoSchools(today);
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

describe('circulating papers with 2 of 3 contributions submitted', () => {
  let parent: { id: string; token: string };
  let ep: { id: string; token: string };
  let teacher: { id: string; token: string };
  const path = () => circulationPath(ctx.home.reviewId);

  beforeAll(async () => {
    await Review.updateOne({ _id: ctx.home.reviewId }, { $set: { meetingDate: addDays(20) } });
    parent = await invite(ctx.sendco, ctx.home.reviewId, 'Pat Parent', 'parent_carer');
    ep = await invite(ctx.sendco, ctx.home.reviewId, 'Dr Ellis', 'educational_psychologist');
    teacher = await invite(ctx.sendco, ctx.home.reviewId, 'Ms Rosa Evans', 'school_staff');
    await submit(parent.token);
    await submit(ep.token);
  });

  it('previews what would be circulated and warns about the missing contribution before anything is stored', async () => {
    const result = await ctx.sendco.get(path());
    expect(result.status).toBe(200);
    const { circulation } = result.body;
    expect(circulation).toMatchObject({
      asOf: today,
      meetingDate: addDays(20),
      adviceCirculatedBy: addDays(6),
      papersCirculatedDate: null,
      current: null,
      history: [],
    });
    expect(circulation.preview.included.map((c: { authorName: string }) => c.authorName)).toEqual(['Pat Parent', 'Dr Ellis']);
    expect(circulation.preview.missing).toEqual([
      expect.objectContaining({ participantId: teacher.id, name: 'Ms Rosa Evans', roleLabel: 'Teacher or other school staff' }),
    ]);
    expect(circulation.preview.warnings).toEqual([
      expect.objectContaining({ kind: 'missing', participantId: teacher.id, message: expect.stringContaining('Ms Rosa Evans') }),
    ]);
    expect(circulation.preview.blockedReason).toBeNull();

    const unconfirmed = await ctx.sendco.post(path(), {});
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.code).toBe('circulation_unconfirmed');
    expect(unconfirmed.body.error.details[0].message).toContain('Ms Rosa Evans');
    expect(await Circulation.countDocuments({ reviewId: ctx.home.reviewId })).toBe(0);
    expect((await ctx.sendco.post(path(), { acknowledgeWarnings: 'yes' })).status).toBe(400);
    expect((await ctx.sendco.post(path(), { acknowledgeWarnings: true, extra: 1 })).status).toBe(400);
  });

  it('stores a pack of the two, records the date on the timeline, audits it and tells every participant', async () => {
    const result = await ctx.sendco.post(path(), { acknowledgeWarnings: true });
    expect(result.status).toBe(201);
    const { circulation, notified } = result.body;
    expect(notified).toBe(3);
    expect(circulation.papersCirculatedDate).toBe(today);
    expect(circulation.current).toMatchObject({ version: 1, circulatedOn: today, contributionCount: 2, daysLate: -6 });
    expect(circulation.current.contributions).toEqual([
      expect.objectContaining({ participantId: parent.id, authorName: 'Pat Parent', roleLabel: 'Parent or carer' }),
      expect.objectContaining({ participantId: ep.id, authorName: 'Dr Ellis', roleLabel: 'Educational psychologist' }),
    ]);
    expect(circulation.current.contributions[0].content.type).toBe('doc');
    expect(circulation.current.contributions[0].submittedAt).toEqual(expect.any(String));
    expect(circulation.current.missing.map((m: { name: string }) => m.name)).toEqual(['Ms Rosa Evans']);
    expect(circulation.current.warnings.map((w: { kind: string }) => w.kind)).toEqual(['missing']);

    const cycle = await ctx.sendco.get(`/api/reviews/${ctx.home.reviewId}/cycle`);
    expect(cycle.body.cycle.facts.papersCirculatedDate).toBe(today);
    expect(cycle.body.cycle.status.stage).toBe('papers-circulated');

    const audit = await AuditEvent.findOne({ action: 'papers.circulated' }).lean();
    expect(audit?.details).toMatchObject({ reviewId: ctx.home.reviewId, version: 1, contributions: 2, missing: 1, daysLate: -6 });
    const mail = await MailMessage.find({ subject: /papers for the meeting are ready/ }).lean();
    expect(mail).toHaveLength(3);
    expect(mail[0]?.text).toContain('open the link in your first email from the school (the invitation)');
    expect(mail[0]?.text).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
  });

  it('lets every participant read the pack, and refuses to circulate again until something new is submitted', async () => {
    const papers = await anonymous().get(`/api/participant/${teacher.token}/papers`);
    expect(papers.status).toBe(200);
    expect(papers.headers.get('cache-control')).toBe('no-store');
    expect(papers.body.papers).toMatchObject({ version: 1, circulatedOn: today, meetingDate: addDays(20) });
    expect(papers.body.papers.contributions.map((c: { authorName: string }) => c.authorName)).toEqual(['Pat Parent', 'Dr Ellis']);
    expect(await AuditEvent.countDocuments({ action: 'papers.viewed', 'target.id': teacher.id })).toBe(1);

    const again = await ctx.sendco.post(path(), { acknowledgeWarnings: true });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing_to_circulate');
    expect((await ctx.sendco.get(path())).body.circulation.preview.blockedReason).toContain('Nothing new');
  });

  it('circulates a late contribution as version 2, keeping version 1 and the first recorded date', async () => {
    await submit(teacher.token);
    // A date recorded earlier (by hand or a first circulation) is never moved by a later version.
    await Review.updateOne({ _id: ctx.home.reviewId }, { $set: { papersCirculatedDate: addDays(-1) } });
    const result = await ctx.sendco.post(path(), {});
    expect(result.status).toBe(201);
    const { circulation } = result.body;
    expect(circulation.current).toMatchObject({ version: 2, contributionCount: 3, missing: [], warnings: [] });
    expect(circulation.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(circulation.papersCirculatedDate).toBe(addDays(-1));
    expect(await Circulation.countDocuments({ reviewId: ctx.home.reviewId })).toBe(2);
    const papers = await anonymous().get(`/api/participant/${parent.token}/papers`);
    expect(papers.body.papers.version).toBe(2);
    expect(papers.body.papers.contributions).toHaveLength(3);
  });

  it('lets other staff of the school read the pack but not circulate, and hides it from other schools', async () => {
    const read = await ctx.staff.get(path());
    expect(read.status).toBe(200);
    expect(read.body.circulation.preview).toBeNull();
    expect(read.body.circulation.current.contributions).toHaveLength(3);
    const refused = await ctx.staff.post(path(), { acknowledgeWarnings: true });
    expect(refused.status).toBe(403);
    expect((await anonymous().get(path())).status).toBe(401);
    expect((await anonymous().post(path(), {})).status).toBe(401);
    const cross = await ctx.otherSendco.get(path());
    expect(cross.status).toBe(404);
    expect(cross.body.error.code).toBe('review_not_found');
    expect((await ctx.otherSendco.post(path(), { acknowledgeWarnings: true })).status).toBe(404);
    expect((await ctx.sendco.get('/api/reviews/not-an-id/circulation')).status).toBe(400);
  });

  it('keeps packs immutable at the model', async () => {
    await expect(Circulation.updateOne({ reviewId: ctx.home.reviewId }, { $set: { version: 9 } })).rejects.toThrow('immutable');
    await expect(Circulation.deleteMany({})).rejects.toThrow('immutable');
  });
});

describe('reading papers by personal link', () => {
  it('shows a participant of another review only their own review’s papers, and refuses bad links', async () => {
    const stranger = await invite(ctx.otherSendco, ctx.other.reviewId, 'Sam Stranger', 'parent_carer', addDays(10));
    const notYet = await anonymous().get(`/api/participant/${stranger.token}/papers`);
    expect(notYet.status).toBe(404);
    expect(notYet.body.error.code).toBe('papers_not_circulated');
    expect(JSON.stringify(notYet.body)).not.toContain('Pat Parent');

    expect((await anonymous().get('/api/participant/short/papers')).status).toBe(410);
    const unknown = await anonymous().get(`/api/participant/${'B'.repeat(43)}/papers`);
    expect(unknown.body.error.code).toBe('participant_link_unavailable');
    const withdrawn = await invite(ctx.sendco, ctx.home.reviewId, 'Wendy Withdrawn', 'health');
    await ctx.sendco.post(`/api/reviews/${ctx.home.reviewId}/participants/${withdrawn.id}/revoke`);
    expect((await anonymous().get(`/api/participant/${withdrawn.token}/papers`)).status).toBe(410);
  });
});

describe('late circulation, no meeting, finalised review', () => {
  it('warns with the number of days late, and still records the date', async () => {
    const { school, sendco } = await anotherSchool();
    const person = await invite(sendco, school.reviewId, 'Dr Late', 'health', addDays(3));
    await submit(person.token);
    // The meeting is booked 10 days ahead, so the papers were due 4 days ago.
    await Review.updateOne({ _id: school.reviewId }, { $set: { meetingDate: addDays(10) } });
    const preview = await sendco.get(circulationPath(school.reviewId));
    expect(preview.body.circulation.preview.warnings).toEqual([
      expect.objectContaining({ kind: 'late', daysLate: 4, dueBy: addDays(-4), message: expect.stringMatching(/^4 days late/) }),
    ]);
    const result = await sendco.post(circulationPath(school.reviewId), { acknowledgeWarnings: true });
    expect(result.status).toBe(201);
    expect(result.body.circulation.current).toMatchObject({ daysLate: 4, adviceCirculatedBy: addDays(-4) });
    expect(result.body.circulation.current.warnings.map((w: { kind: string }) => w.kind)).toEqual(['late']);
    expect(result.body.circulation.papersCirculatedDate).toBe(today);
  });

  it('warns that no meeting is booked and records no date on the timeline', async () => {
    const { school, sendco } = await anotherSchool();
    const person = await invite(sendco, school.reviewId, 'Dr Early', 'health', addDays(3));
    expect((await sendco.get(circulationPath(school.reviewId))).body.circulation.preview.blockedReason).toContain(
      'No contributions',
    );
    expect((await sendco.post(circulationPath(school.reviewId), { acknowledgeWarnings: true })).body.error.code).toBe(
      'nothing_to_circulate',
    );
    await submit(person.token);
    const result = await sendco.post(circulationPath(school.reviewId), { acknowledgeWarnings: true });
    expect(result.status).toBe(201);
    expect(result.body.circulation.current).toMatchObject({ daysLate: null, adviceCirculatedBy: null, meetingDate: null });
    expect(result.body.circulation.current.warnings.map((w: { kind: string }) => w.kind)).toEqual(['no_meeting']);
    expect(result.body.circulation.papersCirculatedDate).toBeNull();
    expect((await Review.findById(school.reviewId).lean())?.papersCirculatedDate).toBeNull();
  });

  it('refuses to circulate a finalised review (409), but the pack stays readable', async () => {
    const { school, sendco } = await anotherSchool();
    const person = await invite(sendco, school.reviewId, 'Dr Final', 'health', addDays(3));
    await submit(person.token);
    await Review.updateOne({ _id: school.reviewId }, { $set: { status: 'finalised' } });
    const result = await sendco.post(circulationPath(school.reviewId), { acknowledgeWarnings: true });
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('review_finalised');
    expect(await Circulation.countDocuments({ reviewId: school.reviewId })).toBe(0);
    const view = await sendco.get(circulationPath(school.reviewId));
    expect(view.status).toBe(200);
    expect(view.body.circulation.preview.blockedReason).toContain('finalised');
  });
});
