import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';

const DOB = '2015-06-01';

describe('review deadline from the plan issue date (R2, R4, R5, R19)', () => {
  it.each([
    // planIssuedDate, reviewDueBy, anniversaryDate, latestMeetingDate, reviewSurfaceFrom
    ['2025-03-15', '2026-03-14', '2026-03-15', '2026-02-14', '2025-12-20'],
    ['2024-01-31', '2025-01-30', '2025-01-31', '2025-01-02', '2024-11-07'],
    ['2024-02-29', '2025-02-28', '2025-02-28', '2025-01-31', '2024-12-06'],
    ['2023-03-01', '2024-02-29', '2024-03-01', '2024-02-01', '2023-12-07'],
    ['2023-02-28', '2024-02-27', '2024-02-28', '2024-01-30', '2023-12-05'],
    ['2025-08-31', '2026-08-30', '2026-08-31', '2026-08-02', '2026-06-07'],
    ['2025-04-30', '2026-04-29', '2026-04-30', '2026-04-01', '2026-02-04'],
    ['2025-12-31', '2026-12-30', '2026-12-31', '2026-12-02', '2026-10-07'],
    ['2025-01-01', '2025-12-31', '2026-01-01', '2025-12-03', '2025-10-08'],
  ])('plan issued %s → due %s (anniversary %s, latest meeting %s, surface %s)', (plan, due, anniversary, latest, surface) => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: plan, asOf: plan });
    expect(t.reviewAnchorDate).toBe(plan);
    expect(t.reviewDueBy).toBe(due);
    expect(t.anniversaryDate).toBe(anniversary);
    expect(t.latestMeetingDate).toBe(latest);
    expect(t.reviewSurfaceFrom).toBe(surface);
  });

  it('anchors later reviews on the previous review meeting, not the plan issue date (A1)', () => {
    const t = computeTimeline({
      dateOfBirth: DOB,
      planIssuedDate: '2020-01-10',
      lastReviewMeetingDate: '2024-11-20',
      asOf: '2025-01-01',
    });
    expect(t.reviewAnchorDate).toBe('2024-11-20');
    expect(t.reviewDueBy).toBe('2025-11-19');
    expect(t.anniversaryDate).toBe('2025-11-20');
  });

  it('anchors on a previous meeting held on 29 February', () => {
    const t = computeTimeline({
      dateOfBirth: DOB,
      planIssuedDate: '2022-06-01',
      lastReviewMeetingDate: '2024-02-29',
      asOf: '2024-03-01',
    });
    expect(t.reviewDueBy).toBe('2025-02-28');
    expect(t.latestMeetingDate).toBe('2025-01-31');
  });
});

describe('overdue review with no meeting recorded (R4, R19)', () => {
  it.each([
    // planIssuedDate (due date), asOf, reviewOverdue, daysOverdue
    ['2024-03-15', '2025-03-14', false, undefined, 'on the due date itself'],
    ['2024-03-15', '2025-03-15', true, 1, 'the day after the due date'],
    ['2024-03-15', '2025-04-14', true, 31, 'across the March DST change'],
    ['2024-03-15', '2026-03-14', true, 365, 'a year overdue'],
    ['2023-03-01', '2024-03-01', true, 1, 'due on 29 February'],
    ['2024-03-15', '2024-06-01', false, undefined, 'well before the due date'],
  ])('plan %s, asOf %s → overdue %s, %s days (%s)', (plan, asOf, overdue, days, _label) => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: plan, asOf });
    expect(t.flags.reviewOverdue).toBe(overdue);
    expect(t.daysOverdue).toBe(days);
    expect('daysOverdue' in t).toBe(days !== undefined);
  });

  it('does not report overdue when a meeting date is given, even a late one', () => {
    const t = computeTimeline({
      dateOfBirth: DOB,
      planIssuedDate: '2024-03-15',
      meetingDate: '2025-04-10',
      asOf: '2025-05-01',
    });
    expect('reviewOverdue' in t.flags).toBe(false);
    expect('daysOverdue' in t).toBe(false);
    expect(t.flags.meetingLate).toBe(true);
  });
});

describe('next review after this cycle’s meeting (R11)', () => {
  it.each([
    ['2024-12-01', '2025-11-01', '2026-10-31', 'normal'],
    ['2023-06-01', '2024-02-29', '2025-02-28', 'meeting on 29 February'],
    ['2024-06-01', '2025-03-01', '2026-02-28', 'meeting on 1 March'],
    ['2022-06-01', '2023-03-01', '2024-02-29', 'next due on 29 February'],
    ['2024-03-15', '2025-04-10', '2026-04-09', 'late meeting: clock runs from the late meeting'],
    ['2024-02-01', '2025-01-31', '2026-01-30', 'meeting on 31 January'],
  ])('plan %s, meeting %s → next review due %s (%s)', (plan, meeting, next) => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: plan, meetingDate: meeting, asOf: meeting });
    expect(t.nextReviewDueBy).toBe(next);
  });

  it('gives no next review date without a meeting', () => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: '2024-12-01', asOf: '2025-01-01' });
    expect('nextReviewDueBy' in t).toBe(false);
  });
});

describe('reviewSurfaceFrom lead time (R19, configurable)', () => {
  it('defaults to 12 weeks before reviewDueBy', () => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: '2024-11-15', asOf: '2025-01-01' });
    expect(t.reviewDueBy).toBe('2025-11-14');
    expect(t.reviewSurfaceFrom).toBe('2025-08-22');
  });

  it('follows options.leadTimes.reviewSurfaceWeeks', () => {
    const t = computeTimeline(
      { dateOfBirth: DOB, planIssuedDate: '2024-11-15', asOf: '2025-01-01' },
      { leadTimes: { reviewSurfaceWeeks: 16 } },
    );
    expect(t.reviewSurfaceFrom).toBe('2025-07-25');
  });
});
