import { describe, expect, it } from 'vitest';
import { computeTimeline } from './engine.ts';
import { parseIsoDate } from './rules/dates.ts';
import { TRANSFER_TYPE_LABELS, transferForYearGroup } from './rules/year-group-transfer.ts';
import { TRANSFER_TYPES } from './types.ts';

const on = parseIsoDate('2026-12-01');

describe('phase transfers read from the year group', () => {
  it('always applies Year 6 to secondary and Year 11 to post-16, next 1 September', () => {
    expect(transferForYearGroup(6, on)).toEqual({ type: 'primary-to-secondary', transferDate: '2027-09-01', basis: 'always' });
    expect(transferForYearGroup(11, on)).toEqual({ type: 'secondary-to-post16', transferDate: '2027-09-01', basis: 'always' });
  });

  it('only suggests the moves that depend on the area’s schools', () => {
    expect(transferForYearGroup(2, on)).toMatchObject({ type: 'infant-to-junior', basis: 'suggested' });
    expect(transferForYearGroup(4, on)).toMatchObject({ type: 'primary-to-middle', basis: 'suggested' });
    expect(transferForYearGroup(8, on)).toMatchObject({ type: 'middle-to-secondary', basis: 'suggested' });
    expect(transferForYearGroup(-1, on)).toMatchObject({ type: 'early-years-to-school', basis: 'suggested' });
  });

  it('says nothing for other year groups or without one', () => {
    for (const year of [0, 1, 3, 5, 7, 9, 10, 12, 13]) expect(transferForYearGroup(year, on)).toBeNull();
    expect(transferForYearGroup(undefined, on)).toBeNull();
  });

  it('takes the school year of the date: in the summer term the transfer is this coming September', () => {
    expect(transferForYearGroup(6, parseIsoDate('2027-07-20'))?.transferDate).toBe('2027-09-01');
    expect(transferForYearGroup(6, parseIsoDate('2027-09-01'))?.transferDate).toBe('2028-09-01');
  });

  it('gives a Year 6 transfer the reg 18 deadline of 15 February', () => {
    const { type, transferDate } = transferForYearGroup(6, on)!;
    const timeline = computeTimeline({ dateOfBirth: '2015-10-01', transfer: { type, transferDate }, asOf: '2026-12-01' });
    expect(timeline.phaseTransfer?.namedDate).toBe('2027-02-15');
  });

  it('names every transfer type in plain English', () => {
    for (const type of TRANSFER_TYPES) expect(TRANSFER_TYPE_LABELS[type]).toMatch(/^[A-Z][a-z]/);
  });
});
