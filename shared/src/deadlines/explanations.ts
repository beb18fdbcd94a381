/**
 * Plain-English explanations of every output, for parents, SENDCos and LA officers.
 */
import { computeTimeline, parseTimelineInput } from './engine.ts';
import { longDate } from './explain-helpers.ts';
import type { IsoDate } from './rules/dates.ts';

const long = (date: IsoDate | null | undefined): string => (date ? longDate(date) : '');
import { MEETING_EXPLANATIONS } from './explain-meeting.ts';
import { REVIEW_CYCLE_EXPLANATIONS } from './explain-review-cycle.ts';
import { TRANSFER_EXPLANATIONS } from './explain-transfer.ts';
import type { ExplainContext, ExplanationBuilder, TimelineExplanations, TimelineField } from './explanation-types.ts';
import type { TimelineOptions } from './options.ts';
import type { TimelineInput } from './schema.ts';
import type { Timeline } from './types.ts';

const BUILDERS: Partial<Record<TimelineField, ExplanationBuilder>> = {
  ...REVIEW_CYCLE_EXPLANATIONS,
  ...MEETING_EXPLANATIONS,
  ...TRANSFER_EXPLANATIONS,
};

/**
 * Lists the output names present in a timeline, with nested objects as dotted paths
 * (`phaseTransfer.namedDate`, `flags.isYear9Plus`). `null` values (post16-to-post16
 * `namedDate`) count as present.
 */
export function listTimelineFields(timeline: Timeline): TimelineField[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(timeline)) {
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (innerValue !== undefined) fields.push(`${key}.${inner}`);
      }
    } else {
      fields.push(key);
    }
  }
  return fields as TimelineField[];
}

/**
 * Explains each output of {@link computeTimeline}: the spec rule (R4 …), a plain-English
 * reason quoting the actual dates, how binding it is (statutory, case law, Code or Product)
 * and its source. Keys are the output names; nested outputs use dotted paths. Only outputs
 * present in the timeline are explained.
 *
 * @throws TimelineValidationError when the input or options are invalid.
 */
export function explainTimeline(input: TimelineInput, options?: TimelineOptions): TimelineExplanations {
  const timeline = computeTimeline(input, options);
  const context: ExplainContext = { timeline, input: parseTimelineInput(input), long };
  const explanations: TimelineExplanations = {};
  for (const field of listTimelineFields(timeline)) {
    const build = BUILDERS[field];
    if (build) explanations[field] = build(context);
  }
  return explanations;
}

/**
 * Explains only some outputs of a timeline already computed from `input` (for lists, where
 * building every explanation for every row would dominate the cost). Gives the same
 * explanations as {@link explainTimeline} for those fields; fields absent from the timeline
 * are skipped.
 *
 * @param timeline The result of `computeTimeline(input, options)` for this same input.
 * @throws TimelineValidationError when the input is invalid.
 */
export function explainTimelineFields(
  input: TimelineInput,
  timeline: Timeline,
  fields: readonly TimelineField[],
): TimelineExplanations {
  const context: ExplainContext = { timeline, input: parseTimelineInput(input), long };
  const present = new Set(listTimelineFields(timeline));
  const explanations: TimelineExplanations = {};
  for (const field of fields) {
    const build = BUILDERS[field];
    if (build && present.has(field)) explanations[field] = build(context);
  }
  return explanations;
}
