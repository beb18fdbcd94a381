/**
 * Output types of the deadline engine (spec section 4) and the input enumerations.
 */
import type { IsoDate } from './rules/dates.ts';

/** Phase transfers of reg 2(1) (R13) plus a post-16 move at another time (reg 18(2), R14). */
export const TRANSFER_TYPES = [
  'early-years-to-school',
  'infant-to-junior',
  'primary-to-middle',
  'primary-to-secondary',
  'middle-to-secondary',
  'secondary-to-post16',
  'post16-to-post16',
] as const;

/** One of {@link TRANSFER_TYPES}. */
export type TransferType = (typeof TRANSFER_TYPES)[number];

/** The LA's decision after a review meeting (reg 20; spec R8). */
export const REVIEW_DECISIONS = ['maintain', 'amend', 'cease'] as const;

/** One of {@link REVIEW_DECISIONS}. */
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Phase-transfer output (R13, R14). */
export interface PhaseTransferTimeline {
  /** Calendar year of `transfer.transferDate`. */
  calendarYear: number;
  /** 15 February or 31 March of `calendarYear` as named in reg 18(1); `null` for post16-to-post16. */
  namedDate: IsoDate | null;
  /** Last day the amended plan is compliant: 14 February / 30 March, or 5 months before (reg 18(2)). */
  lastCompliantDay: IsoDate;
  /** Start of the 12 months before the transfer. */
  windowOpens: IsoDate;
  /** Latest meeting date that still leaves the full 4 + 8 week chain (Product). */
  latestMeetingDate: IsoDate;
  /** True when the meeting, or `asOf` without one, is after `latestMeetingDate` (Product). */
  atRisk: boolean;
}

/** CoP 9.178 interim-review window for a child under five (R15). */
export interface UnderFiveReviewWindow {
  /** Review anchor + 3 months. */
  from: IsoDate;
  /** Review anchor + 6 months. */
  to: IsoDate;
}

/** Boolean outputs. Optional flags are absent when they do not apply. */
export interface TimelineFlags {
  /** Younger than five on `asOf` (R3, R15); only with `dateOfBirth`. */
  isUnderFive?: boolean;
  /** In or beyond Year 9 at the meeting, or on `asOf` without one (reg 20(6), 21(6); R12); only when a year group is known. */
  isYear9Plus?: boolean;
  /** `asOf` is after `reviewDueBy`; only when no `meetingDate` is given and the cycle is known (R4). */
  reviewOverdue?: boolean;
  /** The meeting is after `reviewDueBy`; only with `meetingDate` and a known cycle (R5). */
  meetingLate?: boolean;
  /** The 12-month date cut the 4-week decision window short; only when the meeting is not late (R5). */
  decisionWindowCapped?: boolean;
  /** Proposed amendments sent after `decisionDueBy`; only with `proposedAmendmentsSentDate` and a known `decisionDueBy` (R8). */
  proposedAmendmentsLate?: boolean;
}

/**
 * Result of {@link computeTimeline}: the output names of spec section 4. Dates are
 * `YYYY-MM-DD`. Outputs that do not apply, or that the input does not determine, are absent
 * (the key is not present): e.g. the review-cycle dates need `planIssuedDate` or
 * `lastReviewMeetingDate`, the year group needs `dateOfBirth` or `yearGroupOverride`.
 */
export interface Timeline {
  /** Year group on `asOf`, honouring `yearGroupOverride` (R3); needs `dateOfBirth` or `yearGroupOverride`. */
  yearGroup?: number;
  /** Year group on `meetingDate`; only with `meetingDate` (R3, R12). */
  yearGroupAtMeeting?: number;
  /** Previous review meeting, else the plan issue date (R4, A1); needs one of the two. */
  reviewAnchorDate?: IsoDate;
  /** Last compliant day of the annual review, including the decision notice (R4); with the anchor. */
  reviewDueBy?: IsoDate;
  /** Same day 12 months after the anchor; display only (R4, A2); with the anchor. */
  anniversaryDate?: IsoDate;
  /** Last meeting date that leaves the full 4-week decision window (R5); with the anchor. */
  latestMeetingDate?: IsoDate;
  /** When to surface the review (R19, Product); with the anchor. */
  reviewSurfaceFrom?: IsoDate;
  /** Days past `reviewDueBy`; only when overdue with no `meetingDate` (R4). */
  daysOverdue?: number;
  /** Latest day to give 2 weeks' notice of the meeting; only with `meetingDate` (R6). */
  inviteBy?: IsoDate;
  /** Latest day to circulate advice; only with `meetingDate` (R6). */
  adviceCirculatedBy?: IsoDate;
  /** Target day to request advice; only with `meetingDate` (R19, Product). */
  requestAdviceTarget?: IsoDate;
  /** Target day to send invitations; only with `meetingDate` (R19, Product). */
  sendInvitesTarget?: IsoDate;
  /** Review report due; only with `meetingDate` (R7). */
  reportDueBy?: IsoDate;
  /** LA decision notice due; only with `meetingDate` and the anchor, whose 12 months may cap it (R5, R8). */
  decisionDueBy?: IsoDate;
  /** Next cycle's `reviewDueBy`, counted from this meeting; only with `meetingDate` (R11). */
  nextReviewDueBy?: IsoDate;
  /** Last day for representations; only with `proposedAmendmentsSentDate` (R9). */
  representationsCloseOn?: IsoDate;
  /** Earliest day the final amended plan may issue; only with `proposedAmendmentsSentDate` (R9). */
  earliestFinalIssueDate?: IsoDate;
  /** Final amended plan due (reg 22(3)); only with `proposedAmendmentsSentDate` (R9). */
  finalPlanDueBy?: IsoDate;
  /** Final amended plan longstop (Devon); only with `proposedAmendmentsSentDate` (R9). */
  finalPlanLongstop?: IsoDate;
  /** `finalPlanDueBy` capped by the phase-transfer deadline; only with `proposedAmendmentsSentDate` (R9). */
  effectiveFinalPlanDueBy?: IsoDate;
  /** Phase-transfer dates; only with `transfer` (R13, R14). */
  phaseTransfer?: PhaseTransferTimeline;
  /** Interim-review window; only when under five on `asOf` (R15). */
  underFiveReviewWindow?: UnderFiveReviewWindow;
  /** Last day to appeal a cease decision; only when `decision` is `cease` and notified (R17). */
  appealDeadline?: IsoDate;
  /** Boolean outputs. */
  flags: TimelineFlags;
}

/** The outputs present whenever the birth date and the plan's issue date are given. */
type AlwaysWithCompleteInput =
  'yearGroup' | 'reviewAnchorDate' | 'reviewDueBy' | 'anniversaryDate' | 'latestMeetingDate' | 'reviewSurfaceFrom';

/**
 * A timeline computed from a {@link CompleteTimelineInput}: the year group, the review cycle's
 * dates and both age flags are always there; the other outputs still depend on what happened.
 */
export type CompleteTimeline = Omit<Timeline, AlwaysWithCompleteInput | 'flags'> &
  Required<Pick<Timeline, AlwaysWithCompleteInput>> & {
    flags: TimelineFlags & Required<Pick<TimelineFlags, 'isUnderFive' | 'isYear9Plus'>>;
  };
