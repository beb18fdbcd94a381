import { z } from 'zod';
import { REVIEW_DECISIONS, type Explanation, type TimelineField } from '../deadlines/index.ts';
import { IsoDateSchema } from './common.schema.ts';

/**
 * What happened in a review's current cycle, as recorded by the SENDCo. Only facts (dates that
 * happened or are booked) are stored; every deadline is derived from them by the engine.
 */
export const ReviewCycleFactsSchema = z.object({
  /** Date the review meeting is booked for, or was held on (R5–R8). */
  meetingDate: IsoDateSchema.nullable(),
  /** True once the meeting has taken place on `meetingDate`. */
  meetingHeld: z.boolean(),
  /** Date advice and papers were circulated to everyone invited (R6). */
  papersCirculatedDate: IsoDateSchema.nullable(),
  /** Date the review report was sent to the local authority (R7). */
  reportSentDate: IsoDateSchema.nullable(),
  /** The LA's decision after the review (R8). */
  decision: z.enum(REVIEW_DECISIONS).nullable(),
  /** Date the LA notified its decision (R8). */
  decisionNotifiedDate: IsoDateSchema.nullable(),
  /** Date the LA sent the proposed amendments, "S" (R9). */
  proposedAmendmentsSentDate: IsoDateSchema.nullable(),
  /** Date the final amended plan was issued (R9); closes the cycle. */
  finalPlanIssuedDate: IsoDateSchema.nullable(),
});
export type ReviewCycleFacts = z.infer<typeof ReviewCycleFactsSchema>;

/** Facts with nothing recorded yet. */
export const EMPTY_REVIEW_CYCLE_FACTS: ReviewCycleFacts = Object.freeze({
  meetingDate: null,
  meetingHeld: false,
  papersCirculatedDate: null,
  reportSentDate: null,
  decision: null,
  decisionNotifiedDate: null,
  proposedAmendmentsSentDate: null,
  finalPlanIssuedDate: null,
});

/** PATCH body: any subset of the facts; `null` clears one. Unknown keys are refused. */
export const UpdateReviewFactsRequestSchema = ReviewCycleFactsSchema.partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one fact to record.');
export type UpdateReviewFactsRequest = z.infer<typeof UpdateReviewFactsRequestSchema>;

/** Stages of a review cycle, in order. */
export const REVIEW_STAGES = [
  'not-started',
  'meeting-booked',
  'papers-circulated',
  'meeting-held',
  'report-sent',
  'decision-received',
  'amendments',
  'closed',
] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/**
 * How pressing a cycle is, most pressing first. `overdue` means legally late: its statutory
 * deadline has passed. `behind-plan`: our own next step's date has passed (a planning target or
 * a step's own date), but the statutory deadline has not.
 */
export const URGENCIES = ['overdue', 'behind-plan', 'due-soon', 'lead-time', 'on-track'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Where a cycle stands against the law, apart from our planning targets. */
export const STATUTORY_STATUSES = ['late', 'due-soon', 'in-time'] as const;
export type StatutoryStatus = (typeof STATUTORY_STATUSES)[number];

/**
 * The statutory deadline a cycle is working to now: before the meeting is held, the review's
 * 12-month date (R4), or the phase transfer's amended-plan date when earlier (R13, R14); then the
 * report to the LA (R7), the LA's decision, the appeal or the final amended plan; once closed,
 * the next review. It is the law's date, never our lead-time target.
 */
export interface StatutoryDeadline {
  label: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Engine output it comes from. */
  field: TimelineField;
  /** Whole days from asOf; negative when past. */
  daysUntil: number;
  /** late: past; due-soon: within 7 days; in-time otherwise. */
  status: StatutoryStatus;
  /** Who must meet it: the school, or the local authority (a decision or final plan). */
  owner: 'school' | 'la';
}

/** The next thing to do in a review cycle, with its deadline and why it falls on that day. */
export interface NextAction {
  /** Stable identifier, e.g. `book-meeting`. */
  kind: string;
  /** Plain-English instruction, e.g. "Book the review meeting". */
  label: string;
  /** Last day to do it (YYYY-MM-DD). */
  dueDate: string;
  /** Engine output the date comes from, e.g. `latestMeetingDate`; `meetingDate` for the booked meeting itself. */
  field: TimelineField | 'meetingDate';
  /** Why this date: rule, reason, status and source (from explainTimeline). */
  explanation: Explanation | null;
}

/** Where a review cycle stands on a given day. */
export interface ReviewCycleStatus {
  stage: ReviewStage;
  nextAction: NextAction;
  urgency: Urgency;
  /** Whole days from asOf to the next action's due date; negative when late. */
  daysUntilDue: number;
  /** The statutory deadline, apart from the next action's (planning) date. */
  statutory: StatutoryDeadline;
}

/** One dated step on a review's visual timeline. */
export interface TimelineEntry {
  field: TimelineField | 'meetingDate';
  label: string;
  date: string;
  explanation: Explanation | null;
}

/** A review's current cycle: stored facts, derived status and the statutory dates. */
export interface ReviewCycleView {
  asOf: string;
  facts: ReviewCycleFacts;
  status: ReviewCycleStatus;
  entries: TimelineEntry[];
}
