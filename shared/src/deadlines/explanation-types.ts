/**
 * Types for the plain-English explanations of each output (see {@link explainTimeline}).
 */
import type { IsoDate } from './rules/dates.ts';
import type { ParsedTimelineInput } from './schema.ts';
import type { Timeline } from './types.ts';

/** How binding a date is (spec section 1). */
export type RuleStatus = 'statutory' | 'case-law' | 'code' | 'product';

/**
 * How the source was checked (spec section 1): `V` read in legislation.gov.uk, `V2` read only
 * as quoted by a secondary source, `U` unverified.
 */
export type Verification = 'V' | 'V2' | 'U';

/** Rule identifiers of the spec (R1–R19). */
export type RuleId = `R${number}`;

/** Why an output has its value, for parents, SENDCos and LA officers. */
export interface Explanation {
  /** Spec rule, e.g. `R4`. */
  ruleId: RuleId;
  /** One or two plain-English sentences, quoting the actual dates where useful. */
  reason: string;
  /** How binding the date is. */
  status: RuleStatus;
  /** Statutory or other source, e.g. "Children and Families Act 2014 s44(1); SEND Code of Practice 9.169". */
  source: string;
  /** How the legal source was checked; absent for Product choices, which are not law. */
  verification?: Verification;
}

/** Output names with nested objects flattened to dotted paths, e.g. `phaseTransfer.namedDate`. */
export type TimelineField =
  | Exclude<keyof Timeline, 'phaseTransfer' | 'underFiveReviewWindow' | 'flags'>
  | `phaseTransfer.${keyof NonNullable<Timeline['phaseTransfer']>}`
  | `underFiveReviewWindow.${keyof NonNullable<Timeline['underFiveReviewWindow']>}`
  | `flags.${keyof Timeline['flags']}`;

/** Explanations keyed by output name; only outputs present in the timeline have an entry. */
export type TimelineExplanations = Partial<Record<TimelineField, Explanation>>;

/** What an explanation builder sees. */
export interface ExplainContext {
  /** The computed timeline. */
  timeline: Timeline;
  /** The validated input. */
  input: ParsedTimelineInput;
  /**
   * Formats a `YYYY-MM-DD` date for people, e.g. "Saturday 14 February 2026". Builders run only
   * for outputs present, whose inputs are then present too; a missing date reads as "".
   */
  long: (date: IsoDate | null | undefined) => string;
}

/** Builds the explanation of one output; only called when the output is present. */
export type ExplanationBuilder = (context: ExplainContext) => Explanation;
