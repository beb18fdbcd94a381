import { describe, expect, it } from 'vitest';
import { listDateWarnings } from './warnings.ts';

const input = {
  dateOfBirth: '2014-10-20',
  planIssuedDate: '2024-11-15',
  asOf: '2025-11-10',
  meetingDate: '2025-11-01',
  proposedAmendmentsSentDate: '2025-11-20',
  transfer: { type: 'primary-to-secondary' as const, transferDate: '2026-09-01' },
};

describe('listDateWarnings (R1, R19)', () => {
  it('warns about legal deadlines on a weekend without moving them', () => {
    const weekend = listDateWarnings(input).filter((w) => w.kind === 'weekend');
    expect(weekend.map((w) => [w.field, w.date])).toEqual([
      ['inviteBy', '2025-10-18'],
      ['adviceCirculatedBy', '2025-10-18'],
      ['reportDueBy', '2025-11-15'],
      ['nextReviewDueBy', '2026-10-31'],
      ['finalPlanLongstop', '2026-01-24'],
      ['phaseTransfer.lastCompliantDay', '2026-02-14'],
    ]);
    expect(weekend.at(-1)?.message).toContain('Saturday 14 February 2026');
  });

  it('warns about legal deadlines due within 7 days of asOf', () => {
    const soon = listDateWarnings(input).filter((w) => w.kind === 'due-soon');
    expect(soon.map((w) => [w.field, w.date])).toEqual([
      ['reviewDueBy', '2025-11-14'],
      ['reportDueBy', '2025-11-15'],
      ['decisionDueBy', '2025-11-14'],
    ]);
    expect(soon[0]?.message).toBe('reviewDueBy is Friday 14 November 2025, in 4 days.');
  });

  it('follows options.leadTimes.dueSoonDays and says "today"', () => {
    const soon = listDateWarnings({ ...input, asOf: '2025-11-14' }, { leadTimes: { dueSoonDays: 0 } }).filter(
      (w) => w.kind === 'due-soon',
    );
    expect(soon.map((w) => w.field)).toEqual(['reviewDueBy', 'decisionDueBy']);
    expect(soon[0]?.message).toContain('today');
  });

  it('ignores product targets such as requestAdviceTarget on a weekend', () => {
    const fields = listDateWarnings(input).map((w) => w.field);
    expect(fields).not.toContain('requestAdviceTarget');
    expect(fields).not.toContain('sendInvitesTarget');
  });
});
