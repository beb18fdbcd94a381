import { describe, expect, it } from 'vitest';
import { computeTimeline, safeComputeTimeline } from './engine.ts';
import { TimelineValidationError } from './errors.ts';
import { TimelineInputSchema } from './schema.ts';

const valid = { dateOfBirth: '2015-06-01', planIssuedDate: '2024-12-01', asOf: '2025-06-01' };

function issuesFor(input: unknown, options?: unknown) {
  const result = safeComputeTimeline(input, options as never);
  if (result.success) throw new Error('expected a validation error');
  return result.error.issues;
}

// label, input change, field named, words in the message
// prettier-ignore
const VALIDATION_CASES: readonly [string, Record<string, unknown>, string, string][] = [
  ['impossible day', { dateOfBirth: '2025-02-30' }, 'dateOfBirth', 'February 2025 has 28 days'],
  ['single-digit month and day', { planIssuedDate: '2025-1-5' }, 'planIssuedDate', 'YYYY-MM-DD'],
  ['29 Feb in a common year', { meetingDate: '2025-02-29' }, 'meetingDate', 'February 2025 has 28 days'],
  ['month 13', { asOf: '2025-13-01' }, 'asOf', 'no month 13'],
  ['timestamp instead of a date', { asOf: '2025-06-01T00:00:00Z' }, 'asOf', 'YYYY-MM-DD'],
  ['number instead of a date', { asOf: 20250601 }, 'asOf', 'YYYY-MM-DD'],
  ['Date object instead of a string', { asOf: new Date(2025, 5, 1) }, 'asOf', 'YYYY-MM-DD'],
  ['missing required date', { asOf: undefined }, 'asOf', 'asOf is required'],
  ['year out of range', { dateOfBirth: '0215-06-01' }, 'dateOfBirth', 'between 1900 and 2199'],
  ['unknown transfer type', { transfer: { type: 'secondary-to-college', transferDate: '2026-09-01' } }, 'transfer.type', 'post16-to-post16'],
  ['missing transfer date', { transfer: { type: 'primary-to-secondary' } }, 'transfer.transferDate', 'transfer.transferDate is required'],
  ['bad transfer date', { transfer: { type: 'primary-to-secondary', transferDate: '2026-9-1' } }, 'transfer.transferDate', 'YYYY-MM-DD'],
  ['transfer not an object', { transfer: '2026-09-01' }, 'transfer', 'type and a transferDate'],
  ['unknown decision', { decision: 'stop' }, 'decision', 'maintain, amend, cease'],
  ['fractional year group', { yearGroupOverride: 8.5 }, 'yearGroupOverride', 'whole number'],
  ['year group as text', { yearGroupOverride: '9' }, 'yearGroupOverride', 'whole number'],
  ['year group out of range', { yearGroupOverride: 21 }, 'yearGroupOverride', 'from -5 to 20'],
  ['misspelt field', { meetingdate: '2025-05-01' }, 'meetingdate', 'not a recognised field'],
  ['meeting before the plan was issued', { meetingDate: '2024-11-30' }, 'meetingDate', 'on or after planIssuedDate (2024-12-01)'],
  ['last review before the plan was issued', { lastReviewMeetingDate: '2024-11-30' }, 'lastReviewMeetingDate', 'on or after planIssuedDate'],
  ['born after the plan was issued', { dateOfBirth: '2024-12-02' }, 'dateOfBirth', 'on or before planIssuedDate'],
  ['meeting on the previous meeting date', { lastReviewMeetingDate: '2025-03-01', meetingDate: '2025-03-01' }, 'meetingDate', 'after lastReviewMeetingDate'],
  ['meeting before the previous meeting', { lastReviewMeetingDate: '2025-03-01', meetingDate: '2025-02-01' }, 'meetingDate', 'after lastReviewMeetingDate'],
  ['amendments sent before the meeting', { meetingDate: '2025-05-01', proposedAmendmentsSentDate: '2025-04-30' }, 'proposedAmendmentsSentDate', 'on or after meetingDate'],
  ['amendments sent without a meeting', { proposedAmendmentsSentDate: '2025-04-30' }, 'proposedAmendmentsSentDate', 'needs meetingDate'],
  ['decision notified before the meeting', { meetingDate: '2025-05-01', decisionNotifiedDate: '2025-04-30' }, 'decisionNotifiedDate', 'on or after meetingDate'],
  ['decision notified before the plan was issued', { decisionNotifiedDate: '2024-11-30' }, 'decisionNotifiedDate', 'on or after planIssuedDate'],
  ['mediation before the decision', { decision: 'cease', decisionNotifiedDate: '2025-05-10', mediationCertificateDate: '2025-05-09' }, 'mediationCertificateDate', 'on or after decisionNotifiedDate'],
];

describe('input validation names the field (section 4)', () => {
  it.each(VALIDATION_CASES)('%s → %s', (_label, change, field, words) => {
    const issues = issuesFor({ ...valid, ...change });
    expect(issues.map((issue) => issue.field)).toEqual([field]);
    expect(issues[0]?.message).toContain(field);
    expect(issues[0]?.message).toContain(words);
  });

  it('throws a TimelineValidationError whose message names every field', () => {
    let caught: unknown;
    try {
      computeTimeline({ ...valid, dateOfBirth: '2025-02-30', planIssuedDate: '2025-1-5' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TimelineValidationError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as TimelineValidationError;
    expect(error.name).toBe('TimelineValidationError');
    expect(error.issues.map((issue) => issue.field)).toEqual(['dateOfBirth', 'planIssuedDate']);
    expect(error.message).toContain('dateOfBirth');
    expect(error.message).toContain('planIssuedDate');
  });

  it('reports field errors and combination errors together', () => {
    const fields = issuesFor({ ...valid, asOf: 'soon', proposedAmendmentsSentDate: '2025-05-01' }).map((i) => i.field);
    expect(fields).toEqual(['asOf', 'proposedAmendmentsSentDate']);
  });

  it.each([
    ['null', null],
    ['a string', '2025-06-01'],
    ['an array', []],
  ])('rejects %s as the whole input, naming "input"', (_label, input) => {
    expect(issuesFor(input).map((issue) => issue.field)).toEqual(['input']);
  });

  it('requires only asOf: every other input may be missing (partial input, issue 11 item 7)', () => {
    expect(issuesFor({}).map((issue) => issue.field)).toEqual(['asOf']);
    expect(TimelineInputSchema.safeParse({ asOf: '2026-01-05' }).success).toBe(true);
  });

  it.each([
    ['unknown lead time', { leadTimes: { sendInviteWeeks: 4 } }, 'options.leadTimes.sendInviteWeeks'],
    ['negative lead time', { leadTimes: { sendInvitesWeeks: -1 } }, 'options.leadTimes.sendInvitesWeeks'],
    ['fractional lead time', { leadTimes: { dueSoonDays: 1.5 } }, 'options.leadTimes.dueSoonDays'],
    ['unknown option', { colour: 'red' }, 'options.colour'],
  ])('rejects options with %s', (_label, options, field) => {
    expect(issuesFor(valid, options).map((issue) => issue.field)).toEqual([field]);
  });

  it.each([
    ['meeting on the plan issue date', { meetingDate: '2024-12-01' }],
    ['amendments sent on the meeting day', { meetingDate: '2025-05-01', proposedAmendmentsSentDate: '2025-05-01' }],
    ['decision notified on the meeting day', { meetingDate: '2025-05-01', decisionNotifiedDate: '2025-05-01' }],
    ['born on the plan issue date', { dateOfBirth: '2024-12-01' }],
    [
      'null for every optional field',
      {
        lastReviewMeetingDate: null,
        meetingDate: null,
        proposedAmendmentsSentDate: null,
        decisionNotifiedDate: null,
        decision: null,
        mediationCertificateDate: null,
        transfer: null,
        yearGroupOverride: null,
      },
    ],
    ['negative override', { yearGroupOverride: -1 }],
    ['mediation date without a decision date (ignored)', { mediationCertificateDate: '2025-05-01' }],
    ['asOf before the plan was issued (planning ahead)', { asOf: '2024-06-01' }],
  ])('accepts %s', (_label, change) => {
    expect(safeComputeTimeline({ ...valid, ...change }).success).toBe(true);
  });

  it('exports a zod schema usable on its own (for forms)', () => {
    const result = TimelineInputSchema.safeParse({ ...valid, meetingDate: '2024-11-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['meetingDate']);
    expect(TimelineInputSchema.parse(valid)).toEqual(valid);
  });

  it('returns success with the timeline from safeComputeTimeline', () => {
    const result = safeComputeTimeline(valid);
    expect(result.success && result.data.reviewDueBy).toBe('2025-11-30');
  });
});
