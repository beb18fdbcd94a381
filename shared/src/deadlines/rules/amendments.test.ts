import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';
import type { TimelineInput } from '../schema.ts';

const DOB = '2015-06-01';

// label, planIssuedDate, meetingDate M, sent S, representationsCloseOn, earliestFinalIssueDate, finalPlanDueBy,
// finalPlanLongstop, proposedAmendmentsLate
// prettier-ignore
const CHAIN_CASES = [
  ['on time (S + 14, S + 15, S + 8 weeks, M + 12 weeks)', '2024-12-01', '2025-11-01', '2025-11-20', '2025-12-04', '2025-12-05', '2026-01-15', '2026-01-24', false],
  ['sent on decisionDueBy: final plan due on the longstop', '2024-12-01', '2025-11-01', '2025-11-29', '2025-12-13', '2025-12-14', '2026-01-24', '2026-01-24', false],
  ['sent on the meeting day', '2024-12-01', '2025-11-01', '2025-11-01', '2025-11-15', '2025-11-16', '2025-12-27', '2026-01-24', false],
  ['sent late: both final-plan dates reported (A4)', '2024-12-01', '2025-11-01', '2025-12-10', '2025-12-24', '2025-12-25', '2026-02-04', '2026-01-24', true],
  ['late against a capped decision date', '2024-11-15', '2025-11-01', '2025-11-20', '2025-12-04', '2025-12-05', '2026-01-15', '2026-01-24', true],
  ['across 29 February', '2023-03-01', '2024-02-01', '2024-02-20', '2024-03-05', '2024-03-06', '2024-04-16', '2024-04-25', false],
  ['late meeting: longstop still from the meeting', '2024-03-15', '2025-04-10', '2025-05-08', '2025-05-22', '2025-05-23', '2025-07-03', '2025-07-03', false],
] as const;

describe('amendment chain (R8, R9, R10)', () => {
  it.each(CHAIN_CASES)('%s', (_label, plan, meeting, sent, reps, earliest, finalDue, longstop, late) => {
    const t = computeTimeline({
      dateOfBirth: DOB,
      planIssuedDate: plan,
      meetingDate: meeting,
      proposedAmendmentsSentDate: sent,
      asOf: sent,
    });
    expect(t.representationsCloseOn).toBe(reps);
    expect(t.earliestFinalIssueDate).toBe(earliest);
    expect(t.finalPlanDueBy).toBe(finalDue);
    expect(t.finalPlanLongstop).toBe(longstop);
    expect(t.effectiveFinalPlanDueBy).toBe(finalDue);
    expect(t.flags.proposedAmendmentsLate).toBe(late);
  });

  describe('phase-transfer cap on the final plan (reg 18, R9)', () => {
    const chain = (fields: Partial<TimelineInput>) =>
      computeTimeline({ dateOfBirth: DOB, asOf: '2025-12-25', ...fields } as TimelineInput);

    it('caps effectiveFinalPlanDueBy at the 14 February deadline', () => {
      const t = chain({
        planIssuedDate: '2024-12-01',
        meetingDate: '2025-11-28',
        proposedAmendmentsSentDate: '2025-12-25',
        transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' },
      });
      expect(t.decisionDueBy).toBe('2025-11-30');
      expect(t.flags.proposedAmendmentsLate).toBe(true);
      expect(t.finalPlanDueBy).toBe('2026-02-19');
      expect(t.finalPlanLongstop).toBe('2026-02-20');
      expect(t.effectiveFinalPlanDueBy).toBe('2026-02-14');
    });

    it('keeps finalPlanDueBy when the transfer deadline is later', () => {
      const t = chain({
        planIssuedDate: '2024-12-01',
        meetingDate: '2025-11-28',
        proposedAmendmentsSentDate: '2025-11-30',
        transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' },
      });
      expect(t.finalPlanDueBy).toBe('2026-01-25');
      expect(t.effectiveFinalPlanDueBy).toBe('2026-01-25');
    });

    it('equals finalPlanDueBy without a transfer', () => {
      const t = chain({ planIssuedDate: '2024-12-01', meetingDate: '2025-11-28', proposedAmendmentsSentDate: '2025-12-25' });
      expect(t.effectiveFinalPlanDueBy).toBe('2026-02-19');
    });

    it('caps at five months before a post-16 to post-16 transfer', () => {
      const t = chain({
        planIssuedDate: '2025-01-10',
        meetingDate: '2025-12-20',
        proposedAmendmentsSentDate: '2026-01-10',
        transfer: { type: 'post16-to-post16', transferDate: '2026-07-31' },
      });
      expect(t.decisionDueBy).toBe('2026-01-09');
      expect(t.flags.proposedAmendmentsLate).toBe(true);
      expect(t.finalPlanDueBy).toBe('2026-03-07');
      expect(t.effectiveFinalPlanDueBy).toBe('2026-02-28');
    });
  });

  it('has no chain outputs without proposedAmendmentsSentDate', () => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: '2024-12-01', meetingDate: '2025-11-01', asOf: '2025-11-01' });
    const chainKeys = [
      'representationsCloseOn',
      'earliestFinalIssueDate',
      'finalPlanDueBy',
      'finalPlanLongstop',
      'effectiveFinalPlanDueBy',
    ];
    for (const key of chainKeys) expect(key in t).toBe(false);
    expect('proposedAmendmentsLate' in t.flags).toBe(false);
  });
});
