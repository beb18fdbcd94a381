import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollabCloseCodes, reportDocName } from '@ehcp/shared';
import { AuditEvent, Review, Session, User } from '../../models/index.ts';
import { closeCodeOf, openRawSocket } from '../../test/collab-client.ts';
import { createParticipant } from '../../test/factories.ts';
import { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';
import { waitFor } from '../../test/wait-for.ts';

let ctx: TwoSchools;

beforeAll(async () => {
  ctx = await startWithTwoSchools('2026-01-20');
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

/** The set-password link of the newest outbox message to `email`, as the SENDCo's outbox shows it. */
async function linkFor(email: string): Promise<string> {
  const messages = (await ctx.sendco.get('/api/outbox')).body.messages as { to: string; text: string }[];
  const text = messages.find((m) => m.to === email)!.text;
  return /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]+/.exec(text)![0];
}
const tokenOf = (link: string) => link.split('/').pop()!;

/** Invites a member of staff and lets them choose a password; returns their signed-in client. */
async function inviteAndActivate(email: string, position = 'teacher') {
  const invited = await ctx.sendco.post('/api/staff', { name: `Invited ${email}`, email, position });
  expect(invited.status).toBe(201);
  const password = 'a long enough password';
  expect((await ctx.anonymous.post('/api/auth/set-password', { token: tokenOf(await linkFor(email)), password })).status).toBe(
    204,
  );
  return { id: invited.body.member.id as string, client: await new TestClient(ctx.t.baseUrl).login(email, password), password };
}

/** Opens the report document socket of a review; resolves with 'open' once authorised, or the refusal's close code. */
async function openReport(reviewId: string, cookie: string) {
  const socket = await openRawSocket(ctx.t.wsUrl, reportDocName(reviewId), { cookie });
  const received: Buffer[] = [];
  socket.on('message', (data: Buffer) => received.push(data));
  const closed = closeCodeOf(socket);
  const result = await Promise.race([
    closed,
    waitFor(() => received.some((m) => m[0] === 102) && ('open' as const), { message: 'role received' }),
  ]);
  return { socket, closed, result };
}

describe('staff accounts', () => {
  it('only the SENDCo lists and invites staff (401, 403, 400)', async () => {
    expect((await ctx.anonymous.get('/api/staff')).status).toBe(401);
    expect((await ctx.staff.get('/api/staff')).status).toBe(403);
    expect((await ctx.staff.post('/api/staff', { name: 'X', email: 'x@school.test', position: 'teacher' })).status).toBe(403);
    const bad = await ctx.sendco.post('/api/staff', { name: '', email: 'not-an-email', position: 'head' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'name', 'position']);
  });

  it('invites a teacher: set-password email in the outbox, the token used once, then they sign in', async () => {
    const email = 'new.teacher@school.test';
    const invited = await ctx.sendco.post('/api/staff', { name: 'Nia Teacher', email, position: 'teacher' });
    expect(invited.status).toBe(201);
    expect(invited.body.member).toMatchObject({ role: 'staff', position: 'teacher', status: 'invited' });
    expect((await ctx.sendco.post('/api/staff', { name: 'Again', email, position: 'teacher' })).status).toBe(409);
    const link = await linkFor(email);
    const token = tokenOf(link);
    const stored = await User.findOne({ email }).select('+passwordTokenHash +passwordHash').lean();
    expect(stored!.passwordHash).toBeNull();
    expect(stored!.passwordTokenHash).not.toBe(token);
    expect(stored!.passwordTokenHash).toMatch(/^[0-9a-f]{64}$/);
    // No password yet: signing in fails like a wrong password.
    expect((await new TestClient(ctx.t.baseUrl).post('/api/auth/login', { email, password: 'anything at all' })).status).toBe(
      401,
    );
    const short = await ctx.anonymous.post('/api/auth/set-password', { token, password: 'short' });
    expect(short.status).toBe(400);
    expect((await ctx.anonymous.post('/api/auth/set-password', { token, password: 'correct horse battery' })).status).toBe(204);
    const reused = await ctx.anonymous.post('/api/auth/set-password', { token, password: 'another password here' });
    expect(reused.status).toBe(410);
    expect(reused.body.error.code).toBe('password_link_unavailable');
    const teacher = await new TestClient(ctx.t.baseUrl).login(email, 'correct horse battery');
    expect((await teacher.get('/api/auth/me')).body.user.email).toBe(email);
    const listed = (await ctx.sendco.get('/api/staff')).body.staff.find((s: { email: string }) => s.email === email);
    expect(listed.status).toBe('active');
    const actions = (await AuditEvent.find({ 'target.id': invited.body.member.id }).lean()).map((e) => e.action);
    expect(actions).toEqual(['staff.invited', 'staff.password_set']);
  });

  it('refuses an expired set-password link', async () => {
    const email = 'late.ta@school.test';
    await ctx.sendco.post('/api/staff', { name: 'Lee TA', email, position: 'teaching_assistant' });
    const token = tokenOf(await linkFor(email));
    await User.updateOne({ email }, { $set: { passwordTokenExpiresAt: new Date(Date.now() - 1000) } });
    expect((await ctx.anonymous.post('/api/auth/set-password', { token, password: 'a good password' })).status).toBe(410);
  });

  it('removes a member: sessions end, their live document closes, they cannot sign in; never oneself or the last SENDCo', async () => {
    const { id, client, password } = await inviteAndActivate('leaving@school.test');
    const { closed, result } = await openReport(ctx.home.reviewId, client.sessionCookie!);
    expect(result).toBe('open');
    expect((await ctx.staff.delete(`/api/staff/${id}`)).status).toBe(403);
    expect((await ctx.otherSendco.delete(`/api/staff/${id}`)).status).toBe(404);
    expect((await ctx.sendco.delete(`/api/staff/${id}`)).status).toBe(204);
    expect(await closed).toBe(CollabCloseCodes.accessChanged);
    expect(await Session.countDocuments({ userId: id })).toBe(0);
    expect((await client.get('/api/caseload')).status).toBe(401);
    expect((await new TestClient(ctx.t.baseUrl).post('/api/auth/login', { email: 'leaving@school.test', password })).status).toBe(
      401,
    );
    expect((await ctx.sendco.get('/api/staff')).body.staff.map((s: { id: string }) => s.id)).not.toContain(id);
    expect((await AuditEvent.findOne({ action: 'staff.removed', 'target.id': id }).lean())?.details).toMatchObject({
      email: 'leaving@school.test',
    });

    const self = await ctx.sendco.delete(`/api/staff/${ctx.home.sendco.id}`);
    expect(self.status).toBe(409);
    const second = await inviteAndActivate('second.sendco@school.test', 'sendco');
    // The second SENDCo may remove the first, but then not themselves (the last one).
    expect((await second.client.delete(`/api/staff/${ctx.home.sendco.id}`)).status).toBe(204);
    const last = await second.client.delete(`/api/staff/${second.id}`);
    expect(last.status).toBe(409);
    // Bring the first SENDCo back for the tests that follow.
    await User.updateOne({ _id: ctx.home.sendco.id }, { $set: { removedAt: null } });
    await User.updateOne(
      { _id: ctx.home.sendco.id },
      { $set: { passwordHash: (await User.findById(second.id).select('+passwordHash').lean())!.passwordHash } },
    );
    ctx.sendco = await new TestClient(ctx.t.baseUrl).login(ctx.home.sendco.email, second.password);
  });
});

describe('involved-only visibility', () => {
  it('only the SENDCo changes the setting; it is audited', async () => {
    expect((await ctx.staff.patch('/api/school/settings', { staffCaseloadVisibility: 'involved' })).status).toBe(403);
    expect((await ctx.sendco.get('/api/school/settings')).body.settings.staffCaseloadVisibility).toBe('all');
    expect((await ctx.sendco.patch('/api/school/settings', { staffCaseloadVisibility: 'nobody' })).status).toBe(400);
  });

  it('a teacher sees, opens and joins only the reviews they are assigned or invited to', async () => {
    const { id, client } = await inviteAndActivate('involved.teacher@school.test');
    const rows = async () => (await client.get('/api/caseload')).body.rows.map((r: { reviewId: string }) => r.reviewId);
    expect(await rows()).toContain(ctx.home.reviewId);
    const open = await openReport(ctx.home.reviewId, client.sessionCookie!);
    expect(open.result).toBe('open');

    expect((await ctx.sendco.patch('/api/school/settings', { staffCaseloadVisibility: 'involved' })).status).toBe(200);
    // The live document closes and is authorised afresh: refused now.
    expect(await open.closed).toBe(CollabCloseCodes.accessChanged);
    expect(await rows()).toEqual([]);
    expect((await client.get('/api/caseload/this-week')).status).toBe(200);
    expect((await client.get(`/api/reviews/${ctx.home.reviewId}`)).status).toBe(404);
    expect((await openReport(ctx.home.reviewId, client.sessionCookie!)).result).toBe(CollabCloseCodes.forbidden);
    // The SENDCo still sees everything.
    expect((await ctx.sendco.get('/api/caseload')).body.rows.length).toBeGreaterThan(0);

    // Assigned by the SENDCo: visible everywhere.
    expect((await client.patch(`/api/reviews/${ctx.home.reviewId}/assigned-staff`, { staffIds: [id] })).status).toBe(404);
    const assigned = await ctx.sendco.patch(`/api/reviews/${ctx.home.reviewId}/assigned-staff`, { staffIds: [id] });
    expect(assigned.body.staffIds).toEqual([id]);
    expect(
      (await ctx.sendco.patch(`/api/reviews/${ctx.home.reviewId}/assigned-staff`, { staffIds: [ctx.other.staff.id] })).status,
    ).toBe(400);
    expect(await rows()).toEqual([ctx.home.reviewId]);
    expect((await client.get(`/api/reviews/${ctx.home.reviewId}`)).status).toBe(200);
    expect((await openReport(ctx.home.reviewId, client.sessionCookie!)).result).toBe('open');

    // Invited as a participant by their email: visible too.
    const pupil = await ctx.sendco.post('/api/pupils', {
      givenName: 'Ivy',
      familyName: 'Invited',
      dateOfBirth: '2013-04-04',
      la: 'Northshire',
      planIssuedDate: '2021-01-01',
    });
    const invitedReview = pupil.body.pupil.currentReviewId as string;
    expect(await rows()).toEqual([ctx.home.reviewId]);
    await createParticipant(
      { schoolId: ctx.home.schoolId, reviewId: invitedReview, sendco: ctx.home.sendco },
      { name: 'Involved Teacher', email: 'involved.teacher@school.test', dueDate: '2026-02-10', role: 'school_staff' },
    );
    expect((await rows()).sort()).toEqual([ctx.home.reviewId, invitedReview].sort());
    expect((await client.get(`/api/reviews/${invitedReview}`)).status).toBe(200);
    expect((await AuditEvent.countDocuments({ action: 'school.settings_changed' })) >= 1).toBe(true);
    expect(await AuditEvent.countDocuments({ action: 'review.staff_assigned', 'target.id': ctx.home.reviewId })).toBe(1);
    await Review.updateOne({ _id: ctx.home.reviewId }, { $set: { assignedStaffIds: [] } });
  });
});
