import { EMPTY_REVIEW_CYCLE_FACTS, type ReviewCycleFacts } from '@ehcp/shared';
import { describe, expect, it } from 'vitest';
import { caseloadFieldsOf, describeReviewCycle } from './describe-review-cycle.ts';
import { validateReviewFacts } from './validate-review-facts.ts';

// Last review 2025-03-15: review due by 2026-03-14 (R4), latest meeting 2026-02-14 (R5),
// surfaced from 2025-12-20 (R19, 12 weeks).
const pupil = { dateOfBirth: '2012-10-01', planIssuedDate: '2023-03-15', lastReviewMeetingDate: '2025-03-15' };
const withTransfer = { ...pupil, transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' } };
const facts = (over: Partial<ReviewCycleFacts>): ReviewCycleFacts => ({ ...EMPTY_REVIEW_CYCLE_FACTS, ...over });
const held = { meetingDate: '2026-02-10', meetingHeld: true, papersCirculatedDate: '2026-01-20' };
const reported = { ...held, reportSentDate: '2026-02-20' };
const amendDecided = { ...reported, decision: 'amend', decisionNotifiedDate: '2026-03-05' } as const;
const proposed = { ...amendDecided, proposedAmendmentsSentDate: '2026-03-05' };

type Case = [name: string, subject: typeof pupil, facts: Partial<ReviewCycleFacts>, asOf: string, expected: string];
// expected: "stage action-kind due-date urgency"
const cases: Case[] = [
  ['nothing recorded, months ahead', pupil, {}, '2025-10-01', 'not-started book-meeting 2026-02-14 on-track'],
  ['nothing recorded, inside the 12-week lead time', pupil, {}, '2026-01-10', 'not-started book-meeting 2026-02-14 lead-time'],
  [
    'nothing recorded, 4 days before the latest meeting date',
    pupil,
    {},
    '2026-02-10',
    'not-started book-meeting 2026-02-14 due-soon',
  ],
  ['nothing recorded, past the 12 months', pupil, {}, '2026-03-20', 'not-started book-meeting 2026-02-14 overdue'],
  ['phase transfer needs an earlier meeting', withTransfer, {}, '2025-10-01', 'not-started book-meeting 2025-11-22 lead-time'],
  [
    'meeting booked, papers not yet out',
    pupil,
    { meetingDate: '2026-02-10' },
    '2026-01-10',
    'meeting-booked circulate-papers 2026-01-27 lead-time',
  ],
  [
    'papers out, meeting in 5 days',
    pupil,
    { meetingDate: '2026-02-10', papersCirculatedDate: '2026-01-20' },
    '2026-02-05',
    'papers-circulated hold-meeting 2026-02-10 due-soon',
  ],
  [
    'booked meeting passed, not marked held',
    pupil,
    { meetingDate: '2026-02-10' },
    '2026-02-12',
    // Our step is behind, but the 12-month date (2026-03-14) has not passed: not legally late.
    'meeting-booked confirm-meeting 2026-02-10 behind-plan',
  ],
  ['meeting held, report due in 12 days', pupil, held, '2026-02-12', 'meeting-held send-report 2026-02-24 lead-time'],
  ['report sent, decision 17 days away', pupil, reported, '2026-02-21', 'report-sent chase-decision 2026-03-10 on-track'],
  ['amend decided without proposals', pupil, amendDecided, '2026-03-06', 'decision-received chase-proposals 2026-03-10 due-soon'],
  [
    'maintain closes the cycle',
    pupil,
    { ...amendDecided, decision: 'maintain' },
    '2026-03-06',
    'closed next-review 2027-02-09 on-track',
  ],
  ['proposals sent: final plan due 8 weeks later', pupil, proposed, '2026-03-06', 'amendments final-plan 2026-04-30 on-track'],
  [
    'final plan issued',
    pupil,
    { ...proposed, finalPlanIssuedDate: '2026-04-01' },
    '2026-04-02',
    'closed next-review 2027-02-09 on-track',
  ],
];

describe('computeReviewStatus', () => {
  it.each(cases)('%s', (_name, subject, over, asOf, expected) => {
    const [stage, kind, dueDate, urgency] = expected.split(' ');
    const { status } = describeReviewCycle(subject, facts(over), asOf);
    expect(status).toMatchObject({ stage, urgency, nextAction: { kind, dueDate } });
  });

  it('separates the law from our plan: past the R5 latest meeting date but before the 12-month date is behind our plan, not overdue', () => {
    const { status } = describeReviewCycle(pupil, facts({}), '2026-03-01');
    expect(status.nextAction).toMatchObject({ kind: 'book-meeting', dueDate: '2026-02-14' });
    expect(status.daysUntilDue).toBe(-15);
    expect(status.urgency).toBe('behind-plan');
    expect(status.statutory).toEqual({
      label: 'Annual review (12 months) due by',
      dueDate: '2026-03-14',
      field: 'reviewDueBy',
      owner: 'school',
      daysUntil: 13,
      status: 'in-time',
    });
  });

  it('is overdue once the statutory deadline has passed', () => {
    const { status } = describeReviewCycle(pupil, facts({}), '2026-03-15');
    expect(status.statutory).toMatchObject({ status: 'late', daysUntil: -1 });
    expect(status.urgency).toBe('overdue');
  });

  it.each<[string, Partial<ReviewCycleFacts>, string, string, string, string]>([
    [
      'a papers date passed with the meeting in 6 days',
      { meetingDate: '2026-02-10' },
      '2026-02-04',
      'reviewDueBy',
      'in-time',
      'behind-plan',
    ],
    ['meeting held: the report to the LA', held, '2026-02-25', 'reportDueBy', 'late', 'overdue'],
    ['report sent: the LA decision, the LA’s duty', reported, '2026-03-05', 'decisionDueBy', 'due-soon', 'due-soon'],
    ['amendments proposed: the final plan', proposed, '2026-03-06', 'effectiveFinalPlanDueBy', 'in-time', 'on-track'],
  ])('statutory deadline when %s', (_name, over, asOf, field, statutoryStatus, urgency) => {
    const { status } = describeReviewCycle(pupil, facts(over), asOf);
    expect(status.statutory).toMatchObject({ field, status: statutoryStatus });
    expect(status.urgency).toBe(urgency);
  });

  it('takes the phase transfer’s amended-plan date when it comes before the 12-month date', () => {
    const { status } = describeReviewCycle(withTransfer, facts({}), '2025-10-01');
    expect(status.statutory).toMatchObject({ field: 'phaseTransfer.lastCompliantDay', dueDate: '2026-02-14', owner: 'la' });
  });

  it('explains why the next action falls on its date', () => {
    const { status } = describeReviewCycle(pupil, facts({}), '2026-01-10');
    expect(status.nextAction.field).toBe('latestMeetingDate');
    expect(status.nextAction.explanation).toMatchObject({ ruleId: 'R5', status: 'product' });
    expect(status.nextAction.explanation?.reason).toMatch(/2026/);
  });
});

describe('validateReviewFacts', () => {
  const paths = (over: Partial<ReviewCycleFacts>, asOf = '2026-03-20') =>
    validateReviewFacts(pupil, facts(over), asOf).map((issue) => issue.path);

  it('accepts a possible cycle', () => {
    expect(paths({ ...held, reportSentDate: '2026-02-20', decision: 'amend', decisionNotifiedDate: '2026-03-05' })).toEqual([]);
  });
  it.each<[string, Partial<ReviewCycleFacts>, string]>([
    ['meeting before the last review', { meetingDate: '2025-03-01' }, 'meetingDate'],
    ['held without a date', { meetingHeld: true }, 'meetingHeld'],
    ['held in the future', { meetingDate: '2026-04-01', meetingHeld: true }, 'meetingHeld'],
    ['papers after the meeting', { meetingDate: '2026-02-10', papersCirculatedDate: '2026-02-12' }, 'papersCirculatedDate'],
    ['report before the meeting was held', { meetingDate: '2026-02-10', reportSentDate: '2026-02-20' }, 'reportSentDate'],
    ['decision without its date', { ...held, decision: 'maintain' }, 'decisionNotifiedDate'],
    ['proposals without an amend decision', { ...held, proposedAmendmentsSentDate: '2026-03-01' }, 'proposedAmendmentsSentDate'],
    ['report sent in the future', { ...held, reportSentDate: '2026-03-25' }, 'reportSentDate'],
  ])('refuses %s', (_name, over, path) => {
    expect(paths(over)).toContain(path);
  });
});

describe('phase transfers from the year group', () => {
  // On 2026-12-01: born 2015-10-01 is in Year 6; born 2010-10-01 in Year 11; born 2019-10-01 in Year 2.
  const row = (dateOfBirth: string, extra: object = {}) => {
    const subject = { ...pupil, dateOfBirth, lastReviewMeetingDate: '2026-03-10', ...extra };
    return caseloadFieldsOf(describeReviewCycle(subject, facts({}), '2026-12-01'), subject, '2026-12-01');
  };

  it('always treats Year 6 as moving to secondary school next September, with no column in the file', () => {
    expect(row('2015-10-01').phaseTransfer).toMatchObject({
      type: 'primary-to-secondary',
      transferDate: '2027-09-01',
      lastCompliantDay: '2027-02-14',
      basis: 'year-group',
    });
  });

  it('always treats Year 11 as moving to post-16', () => {
    expect(row('2010-10-01').phaseTransfer).toMatchObject({ type: 'secondary-to-post16', basis: 'year-group' });
  });

  it('only suggests an infant-to-junior move in Year 2, leaving the timeline alone', () => {
    const fields = row('2019-10-01');
    expect(fields.phaseTransfer).toBeNull();
    expect(fields.suggestedTransfer).toEqual({ type: 'infant-to-junior', transferDate: '2027-09-01' });
  });

  it('keeps a recorded transfer as it is', () => {
    const fields = row('2015-10-01', { transfer: { type: 'primary-to-middle', transferDate: '2027-09-01' } });
    expect(fields.phaseTransfer).toMatchObject({ type: 'primary-to-middle', basis: 'recorded' });
    expect(fields.suggestedTransfer).toBeNull();
  });
});
