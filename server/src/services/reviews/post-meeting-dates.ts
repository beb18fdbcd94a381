import { optionLabel, RECOMMENDATION_OPTIONS, type DatedStep } from '@ehcp/shared';
import type { ReviewFacts } from './load-review.ts';
import { getReviewCycle } from './get-review-cycle.ts';

/** Engine outputs that fall after the meeting, in the order they happen. */
const POST_MEETING_FIELDS = new Set([
  'reportDueBy',
  'decisionDueBy',
  'representationsCloseOn',
  'finalPlanDueBy',
  'finalPlanLongstop',
  'appealDeadline',
  'nextReviewDueBy',
]);

/**
 * The statutory dates after the meeting as they stand today: what is due (from the engine,
 * which continues as the school records the LA's decision and the amendments) and what has
 * happened (the recorded facts), earliest first.
 */
export async function postMeetingDates(review: ReviewFacts, asOf: string): Promise<DatedStep[]> {
  const { facts, entries } = await getReviewCycle(review, asOf);
  const due: DatedStep[] = entries
    .filter((entry) => POST_MEETING_FIELDS.has(entry.field))
    .map((entry) => ({ label: entry.label, date: entry.date, kind: 'due' }));
  const happened: DatedStep[] = [];
  if (facts.reportSentDate) happened.push({ label: 'Review report sent to the LA', date: facts.reportSentDate, kind: 'done' });
  if (facts.decisionNotifiedDate)
    happened.push({
      label: facts.decision
        ? `LA decision notified: ${optionLabel(RECOMMENDATION_OPTIONS, facts.decision).toLowerCase()}`
        : 'LA decision notified',
      date: facts.decisionNotifiedDate,
      kind: 'done',
    });
  if (facts.proposedAmendmentsSentDate)
    happened.push({ label: 'Proposed amendments sent', date: facts.proposedAmendmentsSentDate, kind: 'done' });
  if (facts.finalPlanIssuedDate)
    happened.push({ label: 'Final amended plan issued', date: facts.finalPlanIssuedDate, kind: 'done' });
  return [...due, ...happened].sort((a, b) => a.date.localeCompare(b.date));
}
