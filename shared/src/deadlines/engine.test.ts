import { describe, expect, it } from 'vitest';
import { computeTimeline, safeComputeTimeline } from './engine.ts';
import { DEFAULT_LEAD_TIMES } from './options.ts';
import type { TimelineInput } from './schema.ts';

const ALWAYS = ['yearGroup', 'reviewAnchorDate', 'reviewDueBy', 'anniversaryDate', 'latestMeetingDate', 'reviewSurfaceFrom'];
const MEETING = [
  'inviteBy',
  'adviceCirculatedBy',
  'requestAdviceTarget',
  'sendInvitesTarget',
  'reportDueBy',
  'decisionDueBy',
  'nextReviewDueBy',
];
const CHAIN = [
  'representationsCloseOn',
  'earliestFinalIssueDate',
  'finalPlanDueBy',
  'finalPlanLongstop',
  'effectiveFinalPlanDueBy',
];

const base = { dateOfBirth: '2015-06-01', planIssuedDate: '2024-12-01', asOf: '2025-06-01' };

describe('which outputs are present (section 4; R4, R5, R9, R11, R13, R15, R17)', () => {
  it.each([
    // label, input change, top-level keys (in order), flag keys (in order)
    ['no meeting, not overdue', {}, [...ALWAYS, 'flags'], ['isUnderFive', 'isYear9Plus', 'reviewOverdue']],
    [
      'no meeting, overdue',
      { asOf: '2025-12-01' },
      [...ALWAYS, 'daysOverdue', 'flags'],
      ['isUnderFive', 'isYear9Plus', 'reviewOverdue'],
    ],
    [
      'meeting, not late',
      { meetingDate: '2025-11-01' },
      ['yearGroup', 'yearGroupAtMeeting', ...ALWAYS.slice(1), ...MEETING, 'flags'],
      ['isUnderFive', 'isYear9Plus', 'meetingLate', 'decisionWindowCapped'],
    ],
    [
      'meeting, late: no decisionWindowCapped',
      { meetingDate: '2025-12-01', asOf: '2025-12-01' },
      ['yearGroup', 'yearGroupAtMeeting', ...ALWAYS.slice(1), ...MEETING, 'flags'],
      ['isUnderFive', 'isYear9Plus', 'meetingLate'],
    ],
    [
      'meeting and proposed amendments',
      { meetingDate: '2025-11-01', proposedAmendmentsSentDate: '2025-11-20' },
      ['yearGroup', 'yearGroupAtMeeting', ...ALWAYS.slice(1), ...MEETING, ...CHAIN, 'flags'],
      ['isUnderFive', 'isYear9Plus', 'meetingLate', 'decisionWindowCapped', 'proposedAmendmentsLate'],
    ],
    [
      'transfer only',
      { transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' } },
      [...ALWAYS, 'phaseTransfer', 'flags'],
      ['isUnderFive', 'isYear9Plus', 'reviewOverdue'],
    ],
    [
      'under five',
      { dateOfBirth: '2022-01-01' },
      [...ALWAYS, 'underFiveReviewWindow', 'flags'],
      ['isUnderFive', 'isYear9Plus', 'reviewOverdue'],
    ],
    [
      'cease notified',
      { decision: 'cease', decisionNotifiedDate: '2025-05-20' },
      [...ALWAYS, 'appealDeadline', 'flags'],
      ['isUnderFive', 'isYear9Plus', 'reviewOverdue'],
    ],
  ])('%s', (_label, change, keys, flagKeys) => {
    const timeline = computeTimeline({ ...base, ...change } as TimelineInput);
    expect(Object.keys(timeline)).toEqual(keys);
    expect(Object.keys(timeline.flags)).toEqual(flagKeys);
  });
});

describe('purity', () => {
  it('does not mutate its input and gives equal results on repeated calls', () => {
    const input = {
      ...base,
      meetingDate: '2025-11-01',
      transfer: { type: 'primary-to-secondary' as const, transferDate: '2026-09-01' },
    };
    const copy: unknown = JSON.parse(JSON.stringify(input));
    expect(computeTimeline(input)).toEqual(computeTimeline(input));
    expect(input).toEqual(copy);
  });

  it('uses asOf, not the clock: the same input gives the same overdue count any day', () => {
    expect(computeTimeline({ ...base, asOf: '2030-01-01' }).daysOverdue).toBe(1493);
  });
});

describe('options (R19)', () => {
  it('uses the spec defaults', () => {
    expect(DEFAULT_LEAD_TIMES).toEqual({ reviewSurfaceWeeks: 12, requestAdviceWeeks: 6, sendInvitesWeeks: 4, dueSoonDays: 7 });
    expect(computeTimeline(base)).toEqual(computeTimeline(base, { leadTimes: {} }));
  });

  it('changes no statutory date', () => {
    const input = { ...base, meetingDate: '2025-11-01', proposedAmendmentsSentDate: '2025-11-20' };
    const changed = computeTimeline(input, { leadTimes: { reviewSurfaceWeeks: 0, requestAdviceWeeks: 10, sendInvitesWeeks: 2 } });
    const original = computeTimeline(input);
    const { reviewSurfaceFrom, requestAdviceTarget, sendInvitesTarget, ...statutory } = changed;
    const { reviewSurfaceFrom: a, requestAdviceTarget: b, sendInvitesTarget: c, ...statutoryOriginal } = original;
    expect(statutory).toEqual(statutoryOriginal);
    expect([reviewSurfaceFrom, requestAdviceTarget, sendInvitesTarget]).toEqual(['2025-11-30', '2025-08-23', '2025-10-18']);
    expect([a, b, c]).toEqual(['2025-09-07', '2025-09-20', '2025-10-04']);
  });

  it('safeComputeTimeline reports bad options instead of throwing', () => {
    const result = safeComputeTimeline(base, { leadTimes: { sendInvitesWeeks: 99 } });
    expect(result.success).toBe(false);
  });
});
