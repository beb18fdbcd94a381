import { describe, expect, it } from 'vitest';
import type { MissingContribution } from '@ehcp/shared';
import { circulationWarnings, daysLateOf } from './circulation-warnings.ts';
import { composePapersNotice } from './notify-participants.ts';

const meeting = { meetingDate: '2026-03-20', adviceCirculatedBy: '2026-03-06' };
const missing = (status: MissingContribution['status']): MissingContribution => ({
  participantId: 'p1',
  name: 'Dr Ellis',
  role: 'educational_psychologist',
  roleLabel: 'Educational psychologist',
  status,
});

describe('circulationWarnings', () => {
  it('says nothing when papers go out on the statutory date with every contribution in', () => {
    expect(circulationWarnings({ on: '2026-03-06', ...meeting }, [])).toEqual([]);
    expect(daysLateOf({ on: '2026-03-06', ...meeting })).toBe(0);
  });

  it('counts the days late from the statutory date, one day in the singular', () => {
    const [late] = circulationWarnings({ on: '2026-03-07', ...meeting }, []);
    expect(late).toMatchObject({ kind: 'late', daysLate: 1, dueBy: '2026-03-06' });
    expect(late?.message).toBe(
      '1 day late: papers were due by Friday 6 March 2026, two weeks before the meeting on Friday 20 March 2026.',
    );
    expect(daysLateOf({ on: '2026-03-20', ...meeting })).toBe(14);
  });

  it('warns that there is no date to compare with when no meeting is booked', () => {
    const timing = { on: '2026-03-07', meetingDate: null, adviceCirculatedBy: null };
    expect(circulationWarnings(timing, []).map((w) => w.kind)).toEqual(['no_meeting']);
    expect(daysLateOf(timing)).toBeNull();
  });

  it('names each missing contributor and why, when the tracker knows', () => {
    const messages = circulationWarnings({ on: '2026-03-01', ...meeting }, [missing('overdue'), missing('invited')]).map(
      (w) => w.message,
    );
    expect(messages).toEqual([
      'No contribution from Dr Ellis (Educational psychologist): overdue.',
      'No contribution from Dr Ellis (Educational psychologist).',
    ]);
  });
});

describe('composePapersNotice', () => {
  const context = { schoolName: 'Oakfield', childFirstName: 'Chloe', meetingDate: '2026-03-20' };
  it('points to the invitation link without containing one, and says when a set replaces an earlier one', () => {
    const first = composePapersNotice({ participantName: 'Pat', context, version: 1 });
    expect(first.subject).toBe('Chloe’s annual review: the papers for the meeting are ready');
    expect(first.text).toContain('meeting on Friday 20 March 2026.');
    expect(first.text).not.toContain('replaces');
    expect(composePapersNotice({ participantName: 'Pat', context, version: 2 }).text).toContain(
      'It replaces the set sent before.',
    );
    expect(first.text).toContain('open the link in your first email from the school');
    expect(first.text).not.toMatch(/https?:\/\//);
  });
});
