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

describe('partial input: every output its inputs determine, the rest absent (issue 11 item 7)', () => {
  const asOf = '2025-11-10';
  it.each([
    // label, input besides asOf, top-level keys (in order), flag keys (in order)
    ['nothing but asOf', {}, ['flags'], []],
    [
      'date of birth only: year group and age flags',
      { dateOfBirth: '2014-06-01' },
      ['yearGroup', 'flags'],
      ['isUnderFive', 'isYear9Plus'],
    ],
    ['year-group override only: no birth date needed', { yearGroupOverride: 6 }, ['yearGroup', 'flags'], ['isYear9Plus']],
    [
      'plan issue date only: the 12-month cycle',
      { planIssuedDate: '2025-01-20' },
      ['reviewAnchorDate', 'reviewDueBy', 'anniversaryDate', 'latestMeetingDate', 'reviewSurfaceFrom', 'flags'],
      ['reviewOverdue'],
    ],
    [
      'last review only: the cycle anchors on it',
      { lastReviewMeetingDate: '2024-10-01' },
      ['reviewAnchorDate', 'reviewDueBy', 'anniversaryDate', 'latestMeetingDate', 'reviewSurfaceFrom', 'daysOverdue', 'flags'],
      ['reviewOverdue'],
    ],
    [
      'a phase transfer needs no plan date',
      { transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' } },
      ['phaseTransfer', 'flags'],
      [],
    ],
    [
      'a meeting without the plan: notice, circulation and report dates, but no decision date (the 12 months may cap it)',
      { meetingDate: '2025-12-01' },
      ['inviteBy', 'adviceCirculatedBy', 'requestAdviceTarget', 'sendInvitesTarget', 'reportDueBy', 'nextReviewDueBy', 'flags'],
      [],
    ],
    [
      'proposals without the plan: the amendment chain, not whether they were late',
      { meetingDate: '2025-10-01', proposedAmendmentsSentDate: '2025-10-20' },
      [
        'inviteBy',
        'adviceCirculatedBy',
        'requestAdviceTarget',
        'sendInvitesTarget',
        'reportDueBy',
        'nextReviewDueBy',
        'representationsCloseOn',
        'earliestFinalIssueDate',
        'finalPlanDueBy',
        'finalPlanLongstop',
        'effectiveFinalPlanDueBy',
        'flags',
      ],
      [],
    ],
    [
      'an under-five without a plan date: the age flag but no interim window (it counts from the anchor)',
      { dateOfBirth: '2022-03-01' },
      ['yearGroup', 'flags'],
      ['isUnderFive', 'isYear9Plus'],
    ],
    [
      'a cease decision alone gives the appeal deadline',
      { decision: 'cease', decisionNotifiedDate: '2025-11-01' },
      ['appealDeadline', 'flags'],
      [],
    ],
  ])('%s', (_label, change, keys, flagKeys) => {
    const timeline = computeTimeline({ asOf, ...change } as TimelineInput);
    expect(Object.keys(timeline)).toEqual(keys);
    expect(Object.keys(timeline.flags)).toEqual(flagKeys);
  });

  it('gives the same values as with complete input for the outputs it does give', () => {
    const complete = computeTimeline({
      asOf,
      dateOfBirth: '2012-05-05',
      planIssuedDate: '2025-01-20',
      meetingDate: '2025-12-01',
    });
    const noBirth = computeTimeline({ asOf, planIssuedDate: '2025-01-20', meetingDate: '2025-12-01' });
    const noPlan = computeTimeline({ asOf, dateOfBirth: '2012-05-05', meetingDate: '2025-12-01' });
    for (const [key, value] of Object.entries(noBirth)) if (key !== 'flags') expect(complete).toHaveProperty(key, value);
    for (const [key, value] of Object.entries(noPlan)) if (key !== 'flags') expect(complete).toHaveProperty(key, value);
    expect(noPlan.flags).toEqual({ isUnderFive: false, isYear9Plus: true });
    expect(noBirth.flags).toEqual({ meetingLate: false, decisionWindowCapped: false });
  });

  it('moves an override up each 1 September without a birth date', () => {
    const timeline = computeTimeline({ asOf: '2025-07-01', yearGroupOverride: 8, meetingDate: '2025-10-01' });
    expect(timeline.yearGroup).toBe(8);
    expect(timeline.yearGroupAtMeeting).toBe(9);
    expect(timeline.flags.isYear9Plus).toBe(true);
  });

  it('explains and warns on partial input without failing', async () => {
    const { explainTimeline } = await import('./explanations.ts');
    const { listDateWarnings } = await import('./warnings.ts');
    const input = {
      asOf,
      meetingDate: '2025-11-26',
      transfer: { type: 'secondary-to-post16', transferDate: '2026-09-01' },
    } as const;
    expect(Object.keys(explainTimeline(input))).toContain('adviceCirculatedBy');
    expect(explainTimeline(input)['phaseTransfer.lastCompliantDay']?.ruleId).toBe('R13');
    expect(listDateWarnings(input).map((w) => w.field)).toContain('inviteBy');
  });
});
