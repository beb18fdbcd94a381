import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';
import { parseIsoDate } from './dates.ts';
import { chronologicalYearGroup, effectiveYearGroup, isUnderFive } from './year-group.ts';

const d = parseIsoDate;

describe('chronologicalYearGroup (R3)', () => {
  it.each([
    // dob, on, expected year group
    ['2015-08-31', '2025-09-01', 6, 'born 31 Aug: one year group above a 1 Sep birthday'],
    ['2015-09-01', '2025-09-01', 5, 'born 1 Sep: the youngest cohort starts a year later'],
    ['2015-08-31', '2025-08-31', 5, 'the year group changes on 1 September, not before'],
    ['2020-09-01', '2025-09-01', 0, 'Reception in September Y+5 for a 1 Sep Y birthday'],
    ['2021-08-31', '2025-09-01', 0, 'Reception in the September after the 4th birthday'],
    ['2020-08-31', '2025-09-01', 1, '31 Aug birthday is in Year 1'],
    ['2021-09-01', '2025-09-01', -1, 'the year before Reception'],
    ['2023-01-15', '2025-09-01', -2, 'younger pre-school children are below −1'],
    ['2007-09-01', '2025-09-01', 13, 'Year 13'],
    ['2005-01-01', '2025-10-01', 16, 'beyond Year 13'],
    ['2016-02-29', '2025-10-01', 5, '29 February birthday'],
    ['2016-02-29', '2025-02-28', 4, '29 February birthday, spring term'],
    ['2012-08-31', '2025-09-01', 9, 'Year 9 boundary: 31 Aug 2012 is Year 9 in 2025/26'],
    ['2012-09-01', '2025-09-01', 8, 'Year 9 boundary: 1 Sep 2012 is Year 8 in 2025/26'],
  ])('born %s, on %s → %i (%s)', (dob, on, expected) => {
    expect(chronologicalYearGroup(d(dob), d(on))).toBe(expected);
  });
});

describe('effectiveYearGroup (R3, A8 override)', () => {
  it('returns the chronological year group without an override', () => {
    expect(effectiveYearGroup(d('2012-09-01'), d('2025-10-01'), d('2025-10-01'), undefined)).toBe(8);
  });
  it('uses the override on asOf', () => {
    expect(effectiveYearGroup(d('2012-09-01'), d('2025-10-01'), d('2025-10-01'), 9)).toBe(9);
  });
  it('moves the override up on 1 September for a meeting in the next school year', () => {
    expect(effectiveYearGroup(d('2012-09-01'), d('2025-10-01'), d('2025-07-01'), 8)).toBe(9);
  });
});

describe('isUnderFive (R3, R15)', () => {
  it.each([
    ['2020-05-01', '2025-04-30', true, 'day before the 5th birthday'],
    ['2020-05-01', '2025-05-01', false, 'on the 5th birthday'],
    ['2020-02-29', '2025-02-28', true, '29 Feb birthday: still four on 28 Feb of a common year'],
    ['2020-02-29', '2025-03-01', false, '29 Feb birthday: five on 1 March of a common year'],
    ['2020-02-29', '2024-02-29', true, 'aged four'],
  ])('born %s, on %s → %s (%s)', (dob, on, expected) => {
    expect(isUnderFive(d(dob), d(on))).toBe(expected);
  });
});

// label, input, yearGroup, yearGroupAtMeeting (undefined = absent), isYear9Plus
// prettier-ignore
const YEAR_9_CASES = [
  ['born 31 Aug 2012, on 1 Sep 2025: Year 9', { dateOfBirth: '2012-08-31', asOf: '2025-09-01' }, 9, undefined, true],
  ['born 1 Sep 2012, on 1 Sep 2025: Year 8', { dateOfBirth: '2012-09-01', asOf: '2025-09-01' }, 8, undefined, false],
  ['born 31 Aug 2012, on 31 Aug 2025: still Year 8', { dateOfBirth: '2012-08-31', asOf: '2025-08-31' }, 8, undefined, false],
  ['meeting on 1 Sep 2025 uses the year group at the meeting', { dateOfBirth: '2012-08-31', asOf: '2025-08-31', meetingDate: '2025-09-01' }, 8, 9, true],
  ['meeting on 31 Aug 2025 is still Year 8 even though asOf is later', { dateOfBirth: '2012-08-31', asOf: '2025-09-02', meetingDate: '2025-08-31' }, 9, 8, false],
  ['override 9 for a chronological Year 8', { dateOfBirth: '2012-09-01', asOf: '2025-10-01', yearGroupOverride: 9 }, 9, undefined, true],
  ['override 8 for a chronological Year 9 (held back)', { dateOfBirth: '2012-08-31', asOf: '2025-10-01', yearGroupOverride: 8 }, 8, undefined, false],
  ['override 8 in July, meeting in October: Year 9 at the meeting', { dateOfBirth: '2012-09-01', asOf: '2025-07-01', meetingDate: '2025-10-01', yearGroupOverride: 8 }, 8, 9, true],
  ['Year 13 stays Year 9+', { dateOfBirth: '2008-01-10', asOf: '2025-10-01' }, 13, undefined, true],
  ['beyond Year 13 stays Year 9+', { dateOfBirth: '2003-01-10', asOf: '2025-10-01' }, 18, undefined, true],
] as const;

describe('year group outputs and the Year 9 boundary (R3, R12)', () => {
  const base = { planIssuedDate: '2024-10-01' };
  it.each(YEAR_9_CASES)('%s', (_label, fields, yearGroup, yearGroupAtMeeting, isYear9Plus) => {
    const timeline = computeTimeline({ ...base, ...fields });
    expect(timeline.yearGroup).toBe(yearGroup);
    expect(timeline.yearGroupAtMeeting).toBe(yearGroupAtMeeting);
    expect('yearGroupAtMeeting' in timeline).toBe(yearGroupAtMeeting !== undefined);
    expect(timeline.flags.isYear9Plus).toBe(isYear9Plus);
  });
});
