import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';
import { parseIsoDate } from './dates.ts';
import type { TransferType } from '../types.ts';

const base = { dateOfBirth: '2012-01-10', planIssuedDate: '2024-12-01', asOf: '2025-10-01' };

const transferOf = (type: TransferType, transferDate: string, extra: Record<string, string> = {}) =>
  computeTimeline({ ...base, ...extra, transfer: { type, transferDate } }).phaseTransfer;

describe('phase transfer deadlines (R13, R14, A3)', () => {
  it.each([
    // type, transferDate, calendarYear, namedDate, lastCompliantDay, windowOpens, latestMeetingDate,
    // atRisk (asOf 2025-10-01, no meeting)
    ['early-years-to-school', '2026-09-01', 2026, '2026-02-15', '2026-02-14', '2025-09-01', '2025-11-22', false],
    ['infant-to-junior', '2026-09-01', 2026, '2026-02-15', '2026-02-14', '2025-09-01', '2025-11-22', false],
    ['primary-to-middle', '2026-09-01', 2026, '2026-02-15', '2026-02-14', '2025-09-01', '2025-11-22', false],
    ['primary-to-secondary', '2026-09-01', 2026, '2026-02-15', '2026-02-14', '2025-09-01', '2025-11-22', false],
    ['middle-to-secondary', '2026-09-01', 2026, '2026-02-15', '2026-02-14', '2025-09-01', '2025-11-22', false],
    ['secondary-to-post16', '2026-09-01', 2026, '2026-03-31', '2026-03-30', '2025-09-01', '2026-01-05', false],
    ['primary-to-secondary', '2028-09-04', 2028, '2028-02-15', '2028-02-14', '2027-09-04', '2027-11-22', false],
    ['secondary-to-post16', '2028-09-04', 2028, '2028-03-31', '2028-03-30', '2027-09-04', '2028-01-06', false],
    ['post16-to-post16', '2026-07-31', 2026, null, '2026-02-28', '2025-07-31', '2025-12-06', false],
    ['post16-to-post16', '2028-07-31', 2028, null, '2028-02-29', '2027-07-31', '2027-12-07', false],
    ['post16-to-post16', '2026-01-15', 2026, null, '2025-08-15', '2025-01-15', '2025-05-23', true],
    ['post16-to-post16', '2027-03-31', 2027, null, '2026-10-31', '2026-03-31', '2026-08-08', false],
  ] as const)('%s on %s → named %s, last compliant day %s', (type, date, year, named, last, opens, latest, atRisk) => {
    expect(transferOf(type, date)).toEqual({
      calendarYear: year,
      namedDate: named,
      lastCompliantDay: last,
      windowOpens: opens,
      latestMeetingDate: latest,
      atRisk,
    });
  });

  it('keeps 14 February 2026 although it is a Saturday (A3, R1)', () => {
    const pt = transferOf('primary-to-secondary', '2026-09-01');
    expect(pt?.lastCompliantDay).toBe('2026-02-14');
    expect(parseIsoDate('2026-02-14').getDay()).toBe(6);
  });

  it('reports namedDate as null (present, not absent) for post16-to-post16 (R14)', () => {
    const pt = transferOf('post16-to-post16', '2026-07-31');
    expect(pt).toHaveProperty('namedDate', null);
  });

  it.each([
    // label, extra input, atRisk
    ['meeting on latestMeetingDate', { meetingDate: '2025-11-22' }, false],
    ['meeting the day after latestMeetingDate', { meetingDate: '2025-11-23' }, true],
    ['no meeting, asOf on latestMeetingDate', { asOf: '2025-11-22' }, false],
    ['no meeting, asOf the day after', { asOf: '2025-11-23' }, true],
    ['early meeting although asOf is late', { meetingDate: '2025-10-15', asOf: '2025-12-01' }, false],
  ])('atRisk: %s → %s', (_label, extra, atRisk) => {
    expect(transferOf('primary-to-secondary', '2026-09-01', extra)?.atRisk).toBe(atRisk);
  });

  it('gives no phaseTransfer without a transfer', () => {
    expect('phaseTransfer' in computeTimeline(base)).toBe(false);
  });
});
