import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';

const base = { dateOfBirth: '2015-06-01', planIssuedDate: '2024-12-01', asOf: '2025-01-01' };

describe('before the meeting (R6 statutory, R19 product targets)', () => {
  it.each([
    // meetingDate, inviteBy, adviceCirculatedBy, requestAdviceTarget, sendInvitesTarget
    ['2025-11-01', '2025-10-18', '2025-10-18', '2025-09-20', '2025-10-04', 'autumn'],
    ['2025-04-10', '2025-03-27', '2025-03-27', '2025-02-27', '2025-03-13', 'across the March DST change'],
    ['2025-03-01', '2025-02-15', '2025-02-15', '2025-01-18', '2025-02-01', '1 March (common year)'],
    ['2024-12-13', '2024-11-29', '2024-11-29', '2024-11-01', '2024-11-15', 'soon after plan issue'],
    ['2025-01-05', '2024-12-22', '2024-12-22', '2024-11-24', '2024-12-08', 'across the year end'],
  ])(
    'meeting %s → invite by %s, circulate by %s, request advice %s, send invites %s (%s)',
    (meeting, invite, advice, request, send) => {
      const t = computeTimeline({ ...base, planIssuedDate: '2024-12-01', meetingDate: meeting });
      expect(t.inviteBy).toBe(invite);
      expect(t.adviceCirculatedBy).toBe(advice);
      expect(t.requestAdviceTarget).toBe(request);
      expect(t.sendInvitesTarget).toBe(send);
    },
  );

  it('never moves a date off a weekend (R1): 2 weeks before Saturday 1 Nov 2025 is Saturday 18 Oct', () => {
    const t = computeTimeline({ ...base, meetingDate: '2025-11-01' });
    expect(t.inviteBy).toBe('2025-10-18');
  });

  it('uses configured lead times for the product targets only', () => {
    const t = computeTimeline(
      { ...base, meetingDate: '2025-11-01' },
      { leadTimes: { requestAdviceWeeks: 8, sendInvitesWeeks: 3 } },
    );
    expect(t.requestAdviceTarget).toBe('2025-09-06');
    expect(t.sendInvitesTarget).toBe('2025-10-11');
    expect(t.inviteBy).toBe('2025-10-18');
    expect(t.adviceCirculatedBy).toBe('2025-10-18');
  });

  it('has no pre-meeting dates without a meeting date', () => {
    const t = computeTimeline(base);
    for (const key of ['inviteBy', 'adviceCirculatedBy', 'requestAdviceTarget', 'sendInvitesTarget']) {
      expect(key in t).toBe(false);
    }
  });
});
