import type { ReviewOutcome } from './review.views.ts';

/** What the LA sees behind a link. */
export interface SharedOutcomeView {
  pupilName: string;
  schoolName: string;
  reviewDueBy: string;
  outcome: ReviewOutcome;
  reportDocName: string;
  /** Statutory dates after the meeting as they stand today: due (engine) and done (recorded). */
  statutoryDates: DatedStep[];
}

/** One dated step after the meeting: a statutory date still due, or something recorded as done. */
export interface DatedStep {
  label: string;
  date: string;
  kind: 'due' | 'done';
}
