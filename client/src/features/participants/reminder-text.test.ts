import { describe, expect, it } from 'vitest';
import { describeLastReminder, nudgeNotice } from './reminder-text.ts';

describe('describeLastReminder', () => {
  it('says when the last reminder went, which kind, and what happened to it, in England’s time', () => {
    expect(describeLastReminder({ at: '2026-03-03T10:32:00.000Z', kind: 'nudge', outcome: 'sent' })).toBe(
      'Last reminder 3 Mar 2026, 10:32 · nudge · emailed',
    );
    expect(describeLastReminder({ at: '2026-06-03T10:32:00.000Z', kind: 'automatic', outcome: 'queued' })).toBe(
      'Last reminder 3 Jun 2026, 11:32 · automatic · waiting in the outbox',
    );
    expect(describeLastReminder({ at: '2026-03-03T10:32:00.000Z', kind: 'automatic', outcome: 'interrupted' })).toContain(
      'may not have gone',
    );
    expect(describeLastReminder(null)).toBe('No reminder yet');
  });
});

describe('nudgeNotice', () => {
  it('tells the SENDCo what happened to the email', () => {
    expect(nudgeNotice('Pat', 'sent')).toBe('Reminder emailed to Pat.');
    expect(nudgeNotice('Pat', 'queued')).toContain('waiting in the outbox');
    expect(nudgeNotice('Pat', 'failed')).toContain('could not be sent');
  });
});
