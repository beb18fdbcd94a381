import { docPlainText, type MeetingReport } from './meeting-report.ts';
import { PFA_ITEMS } from './report-layout.ts';

/** What the checks need to know about the review besides its report. */
export interface CompletenessContext {
  /** R12: the child is in or beyond Year 9, so preparing-for-adulthood items are required. */
  isYear9Plus: boolean;
  /** A phase transfer is due (R13), so the next setting must be recorded. */
  isPhaseTransfer: boolean;
  /** The meeting date is recorded and not in the future (the post-meeting dates count from it). */
  hasMeetingDate: boolean;
}

/** One thing that must be done before the report can be finalised. */
export interface MissingItem {
  /** Stable identifier of the part of the report, e.g. `outcomes.2.evidence`. */
  field: string;
  /** Plain-English description, e.g. "Outcome 2: evidence of progress". */
  message: string;
}

const isBlank = (value: string) => value.trim().length === 0;

function checkAttendees(report: MeetingReport): MissingItem[] {
  const named = report.attendees.filter((attendee) => !isBlank(attendee.name));
  if (named.length === 0) return [{ field: 'attendees', message: 'Attendees: record who attended' }];
  return named
    .filter((attendee) => !attendee.attendance)
    .map((attendee) => ({ field: `attendees.${attendee.id}.attendance`, message: `Attendee ${attendee.name}: attended or not` }));
}

function checkOutcomes(report: MeetingReport): MissingItem[] {
  if (report.outcomes.length === 0)
    return [{ field: 'outcomes', message: 'Progress towards outcomes: add each Section E outcome' }];
  return report.outcomes.flatMap((outcome, index) => {
    const label = `Outcome ${index + 1}`;
    const items: MissingItem[] = [];
    if (isBlank(outcome.outcome)) items.push({ field: `outcomes.${outcome.id}.outcome`, message: `${label}: the outcome` });
    if (!outcome.rating) items.push({ field: `outcomes.${outcome.id}.rating`, message: `${label}: progress rating` });
    if (isBlank(outcome.evidence))
      items.push({ field: `outcomes.${outcome.id}.evidence`, message: `${label}: evidence of progress` });
    return items;
  });
}

function checkActions(report: MeetingReport): MissingItem[] {
  return report.actions.flatMap((action, index) => {
    const label = `Action ${index + 1}`;
    const items: MissingItem[] = [];
    if (isBlank(action.what)) items.push({ field: `actions.${action.id}.what`, message: `${label}: what is to be done` });
    if (isBlank(action.who)) items.push({ field: `actions.${action.id}.who`, message: `${label}: who will do it` });
    if (!action.byWhen) items.push({ field: `actions.${action.id}.byWhen`, message: `${label}: by when` });
    return items;
  });
}

/**
 * Everything that must be completed before a review can be finalised, in report order; empty
 * when it is ready. The same check runs in the browser (to show a checklist) and on the server
 * (which refuses to finalise while anything is listed).
 */
export function findMissingItems(report: MeetingReport, context: CompletenessContext): MissingItem[] {
  const missing: MissingItem[] = [];
  const requireText = (field: string, message: string, value: string) => {
    if (isBlank(value)) missing.push({ field, message });
  };
  if (!context.hasMeetingDate)
    missing.push({ field: 'meetingDate', message: 'Meeting date: record the date the meeting was held (today or earlier)' });
  missing.push(...checkAttendees(report));
  requireText('youngPersonViews', "The young person's views", docPlainText(report.text.youngPersonViews));
  requireText('parentViews', "Parents' and carers' views", docPlainText(report.text.parentViews));
  missing.push(...checkOutcomes(report));
  if (report.recommendation === 'amend' && !report.changes.some((change) => !isBlank(change.proposed)))
    missing.push({ field: 'changes', message: 'Proposed changes: the recommendation is to amend, so say what should change' });
  requireText('provisionReview', 'Provision review', docPlainText(report.text.provisionReview));
  if (!report.personalBudget.answer)
    missing.push({ field: 'personalBudget.answer', message: 'Personal budget: record the answer to the question' });
  if (context.isYear9Plus)
    for (const item of PFA_ITEMS)
      requireText(`pfa.${item.key}`, `Preparing for adulthood (Year 9+): ${item.label}`, report.pfa[item.key]);
  if (context.isPhaseTransfer)
    requireText('phaseTransfer.nextSetting', 'Phase transfer: the preferred next setting', report.phaseTransfer.nextSetting);
  if (!report.recommendation)
    missing.push({ field: 'recommendation', message: 'Recommendation: maintain, amend or cease the plan' });
  requireText('recommendation.reasons', 'Recommendation: the reasons for it', report.reasons);
  missing.push(...checkActions(report));
  return missing;
}
