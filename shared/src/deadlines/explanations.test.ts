import { describe, expect, it } from 'vitest';
import { computeTimeline } from './engine.ts';
import { TimelineValidationError } from './errors.ts';
import { explainTimeline, explainTimelineFields, listTimelineFields } from './explanations.ts';
import type { TimelineInput } from './schema.ts';

const KITCHEN_SINK: TimelineInput = {
  dateOfBirth: '2014-10-20',
  planIssuedDate: '2024-11-15',
  asOf: '2025-11-10',
  meetingDate: '2025-11-01',
  proposedAmendmentsSentDate: '2025-11-20',
  decision: 'amend',
  decisionNotifiedDate: '2025-11-14',
  transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' },
};

const SCENARIOS: readonly [string, TimelineInput][] = [
  ['kitchen sink', KITCHEN_SINK],
  ['no meeting, overdue, under five', { dateOfBirth: '2021-03-28', planIssuedDate: '2024-03-31', asOf: '2025-04-06' }],
  ['no meeting, not overdue', { dateOfBirth: '2012-08-31', planIssuedDate: '2024-12-01', asOf: '2025-09-01' }],
  [
    'late meeting, cease, post16-to-post16, override',
    {
      dateOfBirth: '2008-09-01',
      planIssuedDate: '2023-10-29',
      lastReviewMeetingDate: '2024-10-27',
      meetingDate: '2025-11-02',
      asOf: '2025-11-03',
      decision: 'cease',
      decisionNotifiedDate: '2025-11-30',
      mediationCertificateDate: '2026-01-05',
      transfer: { type: 'post16-to-post16', transferDate: '2026-04-06' },
      yearGroupOverride: 11,
    },
  ],
  ['IPSEA example', { dateOfBirth: '2015-06-01', planIssuedDate: '2024-12-01', asOf: '2025-11-01', meetingDate: '2025-11-01' }],
];

describe('explainTimeline covers every output', () => {
  it.each(SCENARIOS)('%s: one explanation per output present', (_label, input) => {
    const explanations = explainTimeline(input);
    expect(Object.keys(explanations).sort()).toEqual(listTimelineFields(computeTimeline(input)).sort());
    for (const [field, explanation] of Object.entries(explanations)) {
      expect(explanation.ruleId, field).toMatch(/^R(1[0-9]|[1-9])$/);
      expect(['statutory', 'case-law', 'code', 'product'], field).toContain(explanation.status);
      expect(explanation.reason.length, field).toBeGreaterThan(20);
      expect(explanation.reason, field).toMatch(/[.)]$/);
      expect(explanation.source.length, field).toBeGreaterThan(5);
      // Product choices are not law, so they carry no verification label; everything else does.
      expect(explanation.verification === undefined, field).toBe(explanation.status === 'product');
    }
  });
});

describe('explanations of the kitchen-sink case', () => {
  const explanations = explainTimeline(KITCHEN_SINK);
  it.each([
    // field, ruleId, status, words in the reason, words in the source
    ['yearGroup', 'R3', 'product', 'Year 6', 'admissions'],
    ['reviewAnchorDate', 'R4', 'statutory', 'first issued, Friday 15 November 2024', 's44(1)'],
    [
      'reviewDueBy',
      'R4',
      'statutory',
      'Friday 14 November 2025',
      'Children and Families Act 2014 s44(1); SEND Code of Practice 9.166, 9.169',
    ],
    ['anniversaryDate', 'R4', 'product', 'the day before, Friday 14 November 2025', 'A2'],
    ['latestMeetingDate', 'R5', 'product', 'Friday 17 October 2025', '9.169'],
    ['reviewSurfaceFrom', 'R19', 'product', '12 weeks', 'not law'],
    ['inviteBy', 'R6', 'statutory', 'Saturday 18 October 2025', 'reg 20(3), reg 21(3)'],
    ['adviceCirculatedBy', 'R6', 'statutory', 'Saturday 18 October 2025', 'reg 20(4), reg 21(4)'],
    ['requestAdviceTarget', 'R19', 'product', '6 weeks before the meeting', 'not law'],
    ['sendInvitesTarget', 'R19', 'product', '4 weeks before the meeting', 'not law'],
    ['reportDueBy', 'R7', 'statutory', 'Saturday 15 November 2025', 'reg 21(7)'],
    ['decisionDueBy', 'R5', 'statutory', 'the earlier date, Friday 14 November 2025', 'SEND Code of Practice 9.169'],
    ['nextReviewDueBy', 'R11', 'statutory', 'Saturday 31 October 2026', 's44(1)'],
    ['representationsCloseOn', 'R9', 'statutory', 'Thursday 4 December 2025', 'reg 22(2)(c)'],
    ['earliestFinalIssueDate', 'R9', 'product', 'Friday 5 December 2025', 'reg 22(2)(c)'],
    ['finalPlanDueBy', 'R9', 'statutory', 'Thursday 15 January 2026', 'R10'],
    ['finalPlanLongstop', 'R9', 'case-law', 'Saturday 24 January 2026', 'Devon County Council [2022] EWHC 493 (Admin)'],
    ['effectiveFinalPlanDueBy', 'R9', 'statutory', 'Thursday 15 January 2026', 'reg 18'],
    ['phaseTransfer.calendarYear', 'R13', 'statutory', '2026', 'reg 18(1)'],
    ['phaseTransfer.namedDate', 'R13', 'statutory', 'before Sunday 15 February 2026', 'reg 18(1)'],
    ['phaseTransfer.lastCompliantDay', 'R13', 'statutory', 'Saturday 14 February 2026', 'reg 18(1)'],
    ['phaseTransfer.windowOpens', 'R13', 'statutory', 'Monday 1 September 2025', 'reg 18(1)'],
    ['phaseTransfer.latestMeetingDate', 'R13', 'product', 'Saturday 22 November 2025', 'reg 18'],
    ['phaseTransfer.atRisk', 'R13', 'product', 'on or before Saturday 22 November 2025', 'reg 18'],
    ['flags.isUnderFive', 'R15', 'code', 'five or older', '9.178'],
    ['flags.isYear9Plus', 'R12', 'statutory', 'Year 6', 'reg 20(6), reg 21(6)'],
    ['flags.meetingLate', 'R5', 'statutory', 'on or before the review deadline', 's44(1)'],
    ['flags.decisionWindowCapped', 'R5', 'code', 'Saturday 29 November 2025', '9.169'],
    ['flags.proposedAmendmentsLate', 'R8', 'case-law', 'Thursday 20 November 2025, after the decision deadline', 'Devon'],
  ] as const)('%s: %s, %s', (field, ruleId, status, reasonWords, sourceWords) => {
    const explanation = explanations[field];
    expect(explanation?.ruleId).toBe(ruleId);
    expect(explanation?.status).toBe(status);
    expect(explanation?.reason).toContain(reasonWords);
    expect(explanation?.source).toContain(sourceWords);
  });

  it('tells people a weekend deadline does not move (A3, R1)', () => {
    expect(explanations['phaseTransfer.lastCompliantDay']?.reason).toContain(
      'That is a Saturday; the date does not move, so aim to act by Friday 13 February 2026.',
    );
  });

  it('labels the R10 time limit as unverified', () => {
    expect(explanations.finalPlanDueBy?.reason).toContain('not yet verified');
  });
});

describe('explanations that depend on the case', () => {
  it('IPSEA example: decision within four weeks of 1 November, by 29 November', () => {
    const e = explainTimeline(SCENARIOS[4]?.[1] as TimelineInput);
    expect(e.decisionDueBy?.reason).toContain(
      'within four weeks of the meeting on Saturday 1 November 2025, so by Saturday 29 November 2025',
    );
  });

  it('late meeting, post-16 move, cease and override', () => {
    const e = explainTimeline(SCENARIOS[3]?.[1] as TimelineInput);
    expect(e.decisionDueBy?.reason).toContain('already missed');
    expect(e['flags.meetingLate']?.reason).toContain('is late');
    expect(e['phaseTransfer.namedDate']).toMatchObject({ ruleId: 'R14', source: expect.stringContaining('reg 18(2)') });
    expect(e['phaseTransfer.namedDate']?.reason).toContain('No fixed date');
    expect(e['phaseTransfer.lastCompliantDay']?.reason).toContain('five months before');
    expect(e.appealDeadline).toMatchObject({ ruleId: 'R17', status: 'statutory', verification: 'U' });
    expect(e.appealDeadline?.reason).toContain('Thursday 5 February 2026');
    expect(e.appealDeadline?.reason).toContain('mediation certificate of Monday 5 January 2026');
    expect(e.yearGroup?.reason).toContain('taught outside their age group');
    expect(e.nextReviewDueBy?.reason).toContain('even though this meeting was late');
  });

  it('overdue and under five', () => {
    const e = explainTimeline(SCENARIOS[1]?.[1] as TimelineInput);
    expect(e.daysOverdue?.reason).toContain('7 days overdue');
    expect(e['flags.reviewOverdue']?.reason).toContain('is overdue');
    expect(e['underFiveReviewWindow.from']).toMatchObject({ ruleId: 'R15', status: 'code' });
    expect(e['underFiveReviewWindow.from']?.reason).toContain('Sunday 30 June 2024 and Monday 30 September 2024');
    expect(e.anniversaryDate?.reason).toContain('the day before, Sunday 30 March 2025');
  });

  it('Year 9 on the day the year group changes', () => {
    const e = explainTimeline(SCENARIOS[2]?.[1] as TimelineInput);
    expect(e['flags.isYear9Plus']?.reason).toContain('Year 9 now, so the review must consider preparing for adulthood');
  });

  it('throws TimelineValidationError for invalid input', () => {
    expect(() => explainTimeline({ ...KITCHEN_SINK, meetingDate: '2025-02-30' })).toThrow(TimelineValidationError);
  });
});

describe('explainTimelineFields', () => {
  it('gives the same explanations as explainTimeline for the fields asked, and skips absent ones', () => {
    const input = {
      dateOfBirth: '2012-10-01',
      planIssuedDate: '2023-03-15',
      lastReviewMeetingDate: '2025-03-15',
      transfer: { type: 'primary-to-secondary' as const, transferDate: '2026-09-01' },
      asOf: '2025-10-01',
    };
    const all = explainTimeline(input);
    const some = explainTimelineFields(input, computeTimeline(input), [
      'latestMeetingDate',
      'phaseTransfer.lastCompliantDay',
      'reportDueBy',
    ]);
    expect(some).toEqual({
      latestMeetingDate: all.latestMeetingDate,
      'phaseTransfer.lastCompliantDay': all['phaseTransfer.lastCompliantDay'],
    });
  });
});
