/**
 * The SENDCo's "This week" view (issue 11 item 2): what falls due across the caseload in the
 * next seven days, and what is already late and not yet done (late is normal: it stays listed
 * until it is done, marked late, instead of dropping off).
 */
export const THIS_WEEK_KINDS = ['meetings', 'contributions', 'papers', 'reports', 'decisions'] as const;
/** One of {@link THIS_WEEK_KINDS}. */
export type ThisWeekKind = (typeof THIS_WEEK_KINDS)[number];

/** What each list is called on screen. */
export const THIS_WEEK_LABELS: Record<ThisWeekKind, string> = {
  meetings: 'Review meetings',
  contributions: 'Contributions due',
  papers: 'Papers to circulate',
  reports: 'Reports due to the LA',
  decisions: 'LA decisions due',
};

/** One thing to do or expect, in one review. */
export interface ThisWeekItem {
  reviewId: string;
  pupilName: string;
  /** The day it falls due (or the meeting's day), YYYY-MM-DD. */
  date: string;
  /** Its date has passed and it is not done. */
  isLate: boolean;
  /** What it is, in words: "14:00, Room 4", "Linh Nguyen (Parent or carer)". */
  detail: string;
}

/** One list of the view, with its count. */
export interface ThisWeekGroup {
  kind: ThisWeekKind;
  label: string;
  count: number;
  /** Soonest first. */
  items: ThisWeekItem[];
}

/** The whole view. */
export interface ThisWeek {
  asOf: string;
  /** Last day of the window (asOf + 6). */
  until: string;
  groups: ThisWeekGroup[];
}
