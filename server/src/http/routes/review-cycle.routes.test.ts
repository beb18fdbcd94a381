import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Review } from '../../models/index.ts';
import type { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

let ctx: TwoSchools;

const patch = (client: TestClient, reviewId: string, body: unknown) =>
  client.request('PATCH', `/api/reviews/${reviewId}/facts`, body);

beforeAll(async () => {
  ctx = await startWithTwoSchools('2026-02-12');
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

describe('GET /api/reviews/:reviewId/cycle', () => {
  it('shows the statutory timeline with explanations, earliest first', async () => {
    const result = await ctx.staff.get(`/api/reviews/${ctx.home.reviewId}/cycle`);
    expect(result.status).toBe(200);
    const { cycle } = result.body;
    expect(cycle.asOf).toBe('2026-02-12');
    expect(cycle.status).toMatchObject({ stage: 'not-started', urgency: 'due-soon', nextAction: { dueDate: '2026-02-14' } });
    const dates = cycle.entries.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(cycle.entries.find((e: { field: string }) => e.field === 'reviewDueBy')).toMatchObject({
      date: '2026-03-14',
      explanation: { ruleId: 'R4', status: 'statutory' },
    });
  });
  it('answers 400, 401 and 404 (another school)', async () => {
    expect((await ctx.sendco.get('/api/reviews/nope/cycle')).status).toBe(400);
    expect((await ctx.anonymous.get(`/api/reviews/${ctx.home.reviewId}/cycle`)).status).toBe(401);
    expect((await ctx.otherSendco.get(`/api/reviews/${ctx.home.reviewId}/cycle`)).status).toBe(404);
  });
});

describe('PATCH /api/reviews/:reviewId/facts', () => {
  it('needs a session (401) and the SENDCo (403); another school gets 404', async () => {
    const body = { meetingDate: '2026-02-10' };
    expect((await patch(ctx.anonymous, ctx.home.reviewId, body)).status).toBe(401);
    expect((await patch(ctx.staff, ctx.home.reviewId, body)).status).toBe(403);
    const cross = await patch(ctx.otherSendco, ctx.home.reviewId, body);
    expect(cross.status).toBe(404);
    expect(cross.body.error.code).toBe('review_not_found');
    expect((await Review.findById(ctx.home.reviewId).lean())?.meetingDate).toBeNull();
  });

  it('refuses malformed and impossible facts with field-level errors, storing nothing', async () => {
    const malformed = await patch(ctx.sendco, ctx.home.reviewId, { meetingDate: '10/02/2026', colour: 'red' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['meetingDate']));
    expect((await patch(ctx.sendco, ctx.home.reviewId, {})).status).toBe(400);
    const impossible = await patch(ctx.sendco, ctx.home.reviewId, {
      meetingDate: '2025-03-01',
      meetingHeld: true,
      reportSentDate: '2026-03-01',
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.code).toBe('validation_failed');
    const paths = impossible.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['meetingDate', 'reportSentDate']));
    expect((await Review.findById(ctx.home.reviewId).lean())?.meetingDate).toBeNull();
  });

  it('records facts step by step and moves the cycle on', async () => {
    const booked = await patch(ctx.sendco, ctx.home.reviewId, { meetingDate: '2026-02-10', papersCirculatedDate: '2026-01-26' });
    expect(booked.status).toBe(200);
    expect(booked.body.cycle.status).toMatchObject({
      stage: 'papers-circulated',
      nextAction: { kind: 'confirm-meeting' },
      // Recording the meeting is behind our plan; the 12-month date has not passed, so not overdue.
      urgency: 'behind-plan',
      statutory: { field: 'reviewDueBy', status: 'in-time' },
    });
    const held = await patch(ctx.sendco, ctx.home.reviewId, { meetingHeld: true });
    expect(held.body.cycle.status).toMatchObject({
      stage: 'meeting-held',
      nextAction: { kind: 'send-report', dueDate: '2026-02-24', explanation: { ruleId: 'R7' } },
    });
    expect(held.body.cycle.facts).toMatchObject({
      meetingDate: '2026-02-10',
      meetingHeld: true,
      papersCirculatedDate: '2026-01-26',
    });
    const stored = await Review.findById(ctx.home.reviewId).lean();
    expect(stored).toMatchObject({ meetingDate: '2026-02-10', meetingHeld: true });
    // Clearing the held flag while a report is recorded would leave an impossible set of facts.
    await patch(ctx.sendco, ctx.home.reviewId, { reportSentDate: '2026-02-11' });
    const undo = await patch(ctx.sendco, ctx.home.reviewId, { meetingHeld: false });
    expect(undo.status).toBe(400);
    expect(undo.body.error.details[0].path).toBe('reportSentDate');
  });
});
