/**
 * Statutory deadline engine for EHCP annual reviews (England): see
 * `shared/docs/statutory-timeline.md` for rules R1–R19 and decisions A1–A8, and this folder's
 * README.md for the choices made where the spec is silent.
 */
export { computeTimeline, parseTimelineInput, safeComputeTimeline } from './engine.ts';
export type { TimelineResult } from './engine.ts';
export { explainTimeline, explainTimelineFields, listTimelineFields } from './explanations.ts';
export type { Explanation, RuleId, RuleStatus, TimelineExplanations, TimelineField, Verification } from './explanation-types.ts';
export { listDateWarnings } from './warnings.ts';
export type { DateWarning } from './warnings.ts';
export { TimelineValidationError } from './errors.ts';
export type { TimelineIssue } from './errors.ts';
export { DEFAULT_LEAD_TIMES, TimelineOptionsSchema } from './options.ts';
export type { LeadTimes, TimelineOptions } from './options.ts';
export { MAX_YEAR_GROUP_OVERRIDE, MIN_YEAR_GROUP_OVERRIDE, TimelineInputSchema, TransferSchema } from './schema.ts';
export type { CompleteTimelineInput, ParsedTimelineInput, TimelineInput } from './schema.ts';
export { REVIEW_DECISIONS, TRANSFER_TYPES } from './types.ts';
export type {
  CompleteTimeline,
  PhaseTransferTimeline,
  ReviewDecision,
  Timeline,
  TimelineFlags,
  TransferType,
  UnderFiveReviewWindow,
} from './types.ts';
export { endOfMonthsPeriod, formatIsoDate, isIsoDate, parseIsoDate } from './rules/dates.ts';
export { yearGroupLabel } from './rules/year-group.ts';
export type { IsoDate } from './rules/dates.ts';
export { TRANSFER_TYPE_LABELS, transferForYearGroup, YEAR_11, YEAR_6 } from './rules/year-group-transfer.ts';
export type { YearGroupTransfer } from './rules/year-group-transfer.ts';
export { effectiveYearGroup } from './rules/year-group.ts';
