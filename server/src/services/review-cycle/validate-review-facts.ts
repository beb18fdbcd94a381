import type { ReviewCycleFacts } from '@ehcp/shared';
import { safeComputeTimeline } from '@ehcp/shared/deadlines';
import { timelineInputFor, type PupilTimelineFacts } from './pupil-timeline.ts';

/** One problem with a set of facts, naming the fact. */
export interface FactIssue {
  path: keyof ReviewCycleFacts;
  message: string;
}

const FACT_NAMES: readonly (keyof ReviewCycleFacts)[] = [
  'meetingDate',
  'meetingHeld',
  'papersCirculatedDate',
  'reportSentDate',
  'decision',
  'decisionNotifiedDate',
  'proposedAmendmentsSentDate',
  'finalPlanIssuedDate',
];

function orderIssues(f: ReviewCycleFacts, asOf: string): FactIssue[] {
  const issues: FactIssue[] = [];
  const add = (path: keyof ReviewCycleFacts, message: string) => issues.push({ path, message });
  const happened: (keyof ReviewCycleFacts)[] = [
    'papersCirculatedDate',
    'reportSentDate',
    'decisionNotifiedDate',
    'proposedAmendmentsSentDate',
    'finalPlanIssuedDate',
  ];
  for (const key of happened) {
    const value = f[key];
    if (typeof value === 'string' && value > asOf)
      add(key, `${key} (${value}) is in the future: record it once it has happened.`);
  }
  if (f.meetingHeld && !f.meetingDate) add('meetingHeld', 'A meeting cannot be held without a meeting date: give meetingDate.');
  if (f.meetingHeld && f.meetingDate && f.meetingDate > asOf)
    add('meetingHeld', `The meeting on ${f.meetingDate} has not happened yet, so it cannot be marked as held.`);
  if (f.papersCirculatedDate && !f.meetingDate)
    add('papersCirculatedDate', 'Papers are circulated for a booked meeting: give meetingDate first.');
  if (f.papersCirculatedDate && f.meetingDate && f.papersCirculatedDate > f.meetingDate)
    add(
      'papersCirculatedDate',
      `Papers circulated on ${f.papersCirculatedDate} cannot be after the meeting on ${f.meetingDate}.`,
    );
  if (f.reportSentDate && !f.meetingHeld)
    add('reportSentDate', 'The report is sent after the meeting: mark the meeting as held first.');
  if (f.reportSentDate && f.meetingDate && f.reportSentDate < f.meetingDate)
    add('reportSentDate', `The report sent on ${f.reportSentDate} cannot be before the meeting on ${f.meetingDate}.`);
  if (f.decision && !f.decisionNotifiedDate) add('decisionNotifiedDate', 'Give the date the LA notified its decision.');
  if (f.decisionNotifiedDate && !f.decision) add('decision', 'Give the decision: maintain, amend or cease.');
  if (f.decisionNotifiedDate && !f.meetingHeld)
    add('decisionNotifiedDate', "The LA's decision follows the review meeting: mark the meeting as held first.");
  if (f.proposedAmendmentsSentDate && f.decision !== 'amend')
    add('proposedAmendmentsSentDate', 'Proposed amendments follow a decision to amend the plan: record that decision first.');
  if (f.finalPlanIssuedDate && !f.proposedAmendmentsSentDate)
    add('finalPlanIssuedDate', 'The final amended plan follows the proposed amendments: give proposedAmendmentsSentDate first.');
  if (f.finalPlanIssuedDate && f.proposedAmendmentsSentDate && f.finalPlanIssuedDate < f.proposedAmendmentsSentDate)
    add(
      'finalPlanIssuedDate',
      `The final plan issued on ${f.finalPlanIssuedDate} cannot be before the proposals sent on ${f.proposedAmendmentsSentDate}.`,
    );
  return issues;
}

/**
 * Checks a whole set of facts for impossible combinations: the engine's own validation (a
 * meeting before the plan was issued or before the last review, proposals before the meeting…)
 * plus the order of the cycle's steps and that recorded steps are not in the future. Pure.
 * @returns every problem found, each naming the fact; empty when the facts are possible.
 */
export function validateReviewFacts(pupil: PupilTimelineFacts, facts: ReviewCycleFacts, asOf: string): FactIssue[] {
  const issues = orderIssues(facts, asOf);
  const result = safeComputeTimeline(timelineInputFor(pupil, asOf, facts));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = FACT_NAMES.find((name) => name === issue.field) ?? 'meetingDate';
      issues.push({ path, message: issue.message });
    }
  }
  return issues;
}
