import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../engine.ts';

describe('under-five interim review window (R15)', () => {
  it.each([
    // label, input, window (or undefined when not under five)
    [
      'anchored on the plan issue date, clamped to 30 November',
      { dateOfBirth: '2022-03-10', planIssuedDate: '2024-05-31', asOf: '2025-01-10' },
      { from: '2024-08-31', to: '2024-11-30' },
    ],
    [
      'plan issued 30 November: from clamps to 28 February',
      { dateOfBirth: '2022-03-10', planIssuedDate: '2024-11-30', asOf: '2025-01-10' },
      { from: '2025-02-28', to: '2025-05-30' },
    ],
    [
      'anchored on the previous review meeting',
      { dateOfBirth: '2021-03-10', planIssuedDate: '2023-06-01', lastReviewMeetingDate: '2025-01-15', asOf: '2025-02-01' },
      { from: '2025-04-15', to: '2025-07-15' },
    ],
    [
      'plan issued 29 February',
      { dateOfBirth: '2021-03-10', planIssuedDate: '2024-02-29', asOf: '2024-03-10' },
      { from: '2024-05-29', to: '2024-08-29' },
    ],
    [
      '29 Feb birthday: still four on 28 Feb 2025',
      { dateOfBirth: '2020-02-29', planIssuedDate: '2023-01-10', lastReviewMeetingDate: '2024-12-10', asOf: '2025-02-28' },
      { from: '2025-03-10', to: '2025-06-10' },
    ],
    [
      '29 Feb birthday: five on 1 March 2025, so no window',
      { dateOfBirth: '2020-02-29', planIssuedDate: '2023-01-10', lastReviewMeetingDate: '2024-12-10', asOf: '2025-03-01' },
      undefined,
    ],
    ['aged five exactly: no window', { dateOfBirth: '2020-05-01', planIssuedDate: '2024-06-01', asOf: '2025-05-01' }, undefined],
  ])('%s', (_label, input, window) => {
    const t = computeTimeline(input);
    expect(t.flags.isUnderFive).toBe(window !== undefined);
    expect(t.underFiveReviewWindow).toEqual(window);
    expect('underFiveReviewWindow' in t).toBe(window !== undefined);
  });
});
