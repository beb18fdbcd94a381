import type { DocJsonNode } from '../schemas/doc-json.ts';

/**
 * Where each part of the meeting report lives in its Yjs document. Long narrative parts are
 * rich-text fragments edited with Tiptap; short answers are Y.Text or plain values in one map;
 * repeating rows (attendees, outcomes, actions) are arrays of maps. Client and server both
 * address the document through these names only.
 */
export const REPORT_TEXT_FRAGMENTS = {
  youngPersonViews: 'youngPersonViews',
  parentViews: 'parentViews',
  provisionReview: 'provisionReview',
  /** General discussion notes; the document's original fragment, so older reports keep their text. */
  notes: 'report',
} as const;
export type ReportTextFragment = keyof typeof REPORT_TEXT_FRAGMENTS;

/** The root map of short answers, keyed by `ReportFieldKey`. */
export const REPORT_FIELDS_MAP = 'fields';
/** Root arrays of rows; each row is a map with a stable `id`. */
export const REPORT_ROW_ARRAYS = { attendees: 'attendees', outcomes: 'outcomes', actions: 'actions' } as const;
export type ReportRowKind = keyof typeof REPORT_ROW_ARRAYS;

/** The sections of an EHC plan (SEND Code of Practice 9.62), for proposed changes. */
export const EHCP_SECTIONS = [
  { key: 'A', title: 'Views, interests and aspirations' },
  { key: 'B', title: 'Special educational needs' },
  { key: 'C', title: 'Health needs' },
  { key: 'D', title: 'Social care needs' },
  { key: 'E', title: 'Outcomes' },
  { key: 'F', title: 'Special educational provision' },
  { key: 'G', title: 'Health provision' },
  { key: 'H', title: 'Social care provision (H1 and H2)' },
  { key: 'I', title: 'Placement' },
  { key: 'J', title: 'Personal budget' },
  { key: 'K', title: 'Advice and information' },
] as const;
export type EhcpSectionKey = (typeof EHCP_SECTIONS)[number]['key'];

/** How far a Section E outcome has been met, as agreed in the meeting. */
export const OUTCOME_RATINGS = [
  { value: 'achieved', label: 'Achieved' },
  { value: 'good-progress', label: 'Good progress' },
  { value: 'some-progress', label: 'Some progress' },
  { value: 'no-progress', label: 'Little or no progress' },
] as const;
export type OutcomeRating = (typeof OUTCOME_RATINGS)[number]['value'];

/** Answers to the personal budget question (CFA 2014 s49; Section J). */
export const PERSONAL_BUDGET_ANSWERS = [
  { value: 'not-requested', label: 'Discussed: no personal budget requested' },
  { value: 'requested', label: 'A personal budget is requested' },
  { value: 'existing-continue', label: 'The existing personal budget should continue as it is' },
  { value: 'existing-change', label: 'The existing personal budget should change' },
] as const;
export type PersonalBudgetAnswer = (typeof PERSONAL_BUDGET_ANSWERS)[number]['value'];

/** Whether an attendee was there. */
export const ATTENDANCE = [
  { value: 'attended', label: 'Attended' },
  { value: 'written', label: 'Sent a written contribution' },
  { value: 'apologies', label: 'Sent apologies' },
] as const;
export type Attendance = (typeof ATTENDANCE)[number]['value'];

/** Preparing-for-adulthood items every Year 9+ review records (statutory-timeline.md R12, items 1–7). */
export const PFA_ITEMS = [
  { key: 'employment', label: 'Higher education and/or employment (including training)' },
  { key: 'independentLiving', label: 'Independent living' },
  { key: 'community', label: 'Participating in society and the community' },
  { key: 'health', label: 'Being as healthy as possible in adult life' },
  { key: 'transitionPlan', label: 'Transition plan: post-16 options, next phase and aspirations' },
  { key: 'views', label: "The young person's views, wishes and feelings about adulthood" },
  { key: 'post16AndAdultServices', label: 'Post-16 institutions invited, and whether adult-services transition applies' },
] as const;
export type PfaItemKey = (typeof PFA_ITEMS)[number]['key'];

/** Keys of the short answers in the fields map. */
export type ReportFieldKey =
  | `change.${EhcpSectionKey}.proposed`
  | `change.${EhcpSectionKey}.disagreement`
  | `pfa.${PfaItemKey}`
  | 'personalBudget.answer'
  | 'personalBudget.notes'
  | 'phaseTransfer.nextSetting'
  | 'recommendation'
  | 'recommendation.reasons';

/** The text fields of each kind of row. */
export const REPORT_ROW_FIELDS = {
  attendees: ['name', 'role', 'attendance'],
  outcomes: ['outcome', 'rating', 'evidence'],
  actions: ['who', 'what', 'byWhen'],
} as const satisfies Record<ReportRowKind, readonly string[]>;

/**
 * The document's content as plain JSON, as both sides read it from Yjs: each rich-text fragment
 * as Tiptap JSON, the fields map and the row arrays as their `toJSON()`. Untrusted until parsed
 * with `parseMeetingReport` (anyone in the meeting could have written anything into it).
 */
export interface RawReportContent {
  fragments: Record<string, DocJsonNode>;
  fields: Record<string, unknown>;
  rows: Record<string, unknown[]>;
}

/**
 * Every short-answer key whose value is collaborative text (Y.Text). The server creates them all
 * when it seeds a report, so two people starting to type in the same box share one text.
 */
export const REPORT_TEXT_FIELD_KEYS: readonly ReportFieldKey[] = [
  ...EHCP_SECTIONS.flatMap(({ key }) => [`change.${key}.proposed`, `change.${key}.disagreement`] as const),
  ...PFA_ITEMS.map(({ key }) => `pfa.${key}` as const),
  'personalBudget.notes',
  'phaseTransfer.nextSetting',
  'recommendation.reasons',
];
