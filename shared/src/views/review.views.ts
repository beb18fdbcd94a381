/**
 * What the API answers about a review: its detail for the review page, its finalised outcome,
 * and what a participant's link needs to join the meeting. Response shapes only (the server's
 * use cases build them; the HTTP contract in api/ names them per route).
 */
import type { MeetingReport, QuotedContribution } from '../report/index.ts';
import type { MeetingDetails } from '../schemas/meeting.schema.ts';
import type { Recommendation } from '../schemas/recommendation.schema.ts';

/** The statutory dates that follow the meeting, as computed when the review was finalised. */
export interface PostMeetingDates {
  meetingDate: string | null;
  /** R7: the school's report reaches the LA. */
  reportDueBy: string | null;
  /** R8: the LA notifies its decision. */
  decisionDueBy: string | null;
}

/** The finalised outcome of a review. */
export interface ReviewOutcome {
  recommendation: Recommendation;
  reasons: string;
  finalisedAt: string;
  finalisedBy: string;
  /** The structured meeting report as finalised. */
  report: MeetingReport;
  /** Submitted contributions, quoted and attributed. */
  contributions: QuotedContribution[];
  dates: PostMeetingDates;
  /** SHA-256 (hex) of the rendered HTML record stored at finalisation; null for older outcomes. */
  htmlSha256: string | null;
}

/** A review as the workspace page sees it. */
export interface ReviewDetail {
  id: string;
  pupilName: string;
  yearGroup: number;
  reviewDueBy: string;
  status: 'open' | 'finalised';
  reportDocName: string;
  canFinalise: boolean;
  /** When and where the meeting is, once booked. */
  meeting: MeetingDetails | null;
  /** Which optional parts of the meeting report apply (R12 Year 9+, R13 phase transfer). */
  reportParts: { isYear9Plus: boolean; isPhaseTransfer: boolean };
  outcome: ReviewOutcome | null;
}

/** What a participant's link needs to join the review's meeting report. */
export interface ParticipantMeeting {
  reportDocName: string;
  status: 'open' | 'finalised';
  meetingDate: string | null;
  /** When and where the meeting is, in words, once booked. */
  meetingDescription: string | null;
  reportParts: ReviewDetail['reportParts'];
  /** Once finalised, the outcome and the report as finalised, so the family sees them on their own page. */
  outcome: ReviewOutcome | null;
}
