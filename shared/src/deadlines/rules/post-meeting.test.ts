import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';

const DOB = '2015-06-01';

// label, planIssuedDate (→ reviewDueBy), meetingDate, reportDueBy, decisionDueBy, meetingLate, decisionWindowCapped
// prettier-ignore
const MEETING_CASES = [
  ['IPSEA example: meeting 1 Nov → decision by 29 Nov', '2024-12-01', '2025-11-01', '2025-11-15', '2025-11-29', false, false],
  ['decision window capped by the 12 months', '2024-11-15', '2025-11-01', '2025-11-15', '2025-11-14', false, true],
  ['meeting on latestMeetingDate: full 4 weeks, not capped', '2024-11-15', '2025-10-17', '2025-10-31', '2025-11-14', false, false],
  ['meeting the day after latestMeetingDate: capped', '2024-11-15', '2025-10-18', '2025-11-01', '2025-11-14', false, true],
  ['meeting on reviewDueBy: not late, decision due the same day', '2024-11-15', '2025-11-14', '2025-11-28', '2025-11-14', false, true],
  ['meeting the day after reviewDueBy: late, 4 weeks still run', '2024-11-15', '2025-11-15', '2025-11-29', '2025-12-13', true, undefined],
  ['late meeting: decisionDueBy not capped', '2024-03-15', '2025-04-10', '2025-04-24', '2025-05-08', true, undefined],
  ['29 Feb due date, meeting 4 weeks before: not capped', '2023-03-01', '2024-02-01', '2024-02-15', '2024-02-29', false, false],
  ['meeting on 31 January', '2024-06-01', '2025-01-31', '2025-02-14', '2025-02-28', false, false],
] as const;

describe('report and decision after the meeting (R5, R7, R8)', () => {
  it.each(MEETING_CASES)('%s', (_label, plan, meeting, report, decision, late, capped) => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: plan, meetingDate: meeting, asOf: meeting });
    expect(t.reportDueBy).toBe(report);
    expect(t.decisionDueBy).toBe(decision);
    expect(t.flags.meetingLate).toBe(late);
    expect(t.flags.decisionWindowCapped).toBe(capped);
    expect('decisionWindowCapped' in t.flags).toBe(capped !== undefined);
  });

  it('has no report, decision or meetingLate without a meeting date', () => {
    const t = computeTimeline({ dateOfBirth: DOB, planIssuedDate: '2024-12-01', asOf: '2025-01-01' });
    expect('reportDueBy' in t).toBe(false);
    expect('decisionDueBy' in t).toBe(false);
    expect('meetingLate' in t.flags).toBe(false);
    expect('decisionWindowCapped' in t.flags).toBe(false);
  });
});
