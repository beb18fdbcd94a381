/**
 * Input schema for the deadline engine (spec section 4), shared by client forms and server.
 *
 * Dates stay `YYYY-MM-DD` strings after parsing so the same schema can validate form values;
 * the engine turns them into local dates itself. Unknown keys are rejected so that a misspelt
 * field (for example `meetingdate`) cannot silently change a statutory date.
 */
import { z } from 'zod';
import { describeDateProblem, type IsoDate } from './rules/dates.ts';
import { REVIEW_DECISIONS, TRANSFER_TYPES } from './types.ts';

/** Lowest accepted `yearGroupOverride` (−1 is the year before Reception). */
export const MIN_YEAR_GROUP_OVERRIDE = -5;
/** Highest accepted `yearGroupOverride` (13 is Year 13; a young person may be older). */
export const MAX_YEAR_GROUP_OVERRIDE = 20;

function dateField(field: string) {
  const message = (input: unknown): string =>
    input === undefined || input === null
      ? `${field} is required: give a date written as YYYY-MM-DD.`
      : `${field} ${describeDateProblem(input) ?? 'is not a valid date'}.`;
  // A refinement (rather than z.custom) keeps the issue non-fatal, so the combination checks
  // below still run and every problem is reported at once.
  return z.string({ error: (issue) => message(issue.input) }).refine((value) => describeDateProblem(value) === undefined, {
    error: (issue) => message(issue.input),
  });
}

const transferTypeList = TRANSFER_TYPES.join(', ');

/** A phase transfer (R13, R14): its kind and the date the child or young person moves. */
export const TransferSchema = z.strictObject(
  {
    /** Kind of transfer; decides the reg 18 deadline (15 February, 31 March or 5 months before). */
    type: z.enum(TRANSFER_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? `transfer.type is required: one of ${transferTypeList}.`
          : `transfer.type must be one of ${transferTypeList} (got "${String(issue.input)}").`,
    }),
    /** Date the child or young person starts at the new school or institution. */
    transferDate: dateField('transfer.transferDate'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? undefined : 'transfer must be an object with a type and a transferDate.',
  },
);

const yearGroupOverrideMessage = `yearGroupOverride must be a whole number from ${MIN_YEAR_GROUP_OVERRIDE} to ${MAX_YEAR_GROUP_OVERRIDE}, for example 9 for Year 9 or 0 for Reception.`;

const InputFieldsSchema = z.strictObject(
  {
    /** Child or young person's date of birth; gives the year group (R3) and under-five test (R15). */
    dateOfBirth: dateField('dateOfBirth').nullish(),
    /** Date the final EHC plan was first issued; anchors the first review (CFA 2014 s44(1), R4). */
    planIssuedDate: dateField('planIssuedDate').nullish(),
    /** Date of the previous cycle's review meeting; anchors later reviews (R4, A1). */
    lastReviewMeetingDate: dateField('lastReviewMeetingDate').nullish(),
    /** Date of this cycle's review meeting, planned or held (R5–R8, R11). */
    meetingDate: dateField('meetingDate').nullish(),
    /** Date the proposed amendments were sent with the decision notice, "S" (reg 22; Devon; R9). */
    proposedAmendmentsSentDate: dateField('proposedAmendmentsSentDate').nullish(),
    /** Date the LA notified its decision after the review (R8, R17). */
    decisionNotifiedDate: dateField('decisionNotifiedDate').nullish(),
    /** The LA's decision after the review: maintain, amend or cease (R8). */
    decision: z
      .enum(REVIEW_DECISIONS, {
        error: (issue) => `decision must be one of ${REVIEW_DECISIONS.join(', ')} (got "${String(issue.input)}").`,
      })
      .nullish(),
    /** Date of the mediation certificate, if any; can extend the appeal deadline (R17). */
    mediationCertificateDate: dateField('mediationCertificateDate').nullish(),
    /** The day the timeline is computed for ("today" in Europe/London); never read from a clock. */
    asOf: dateField('asOf'),
    /** Phase transfer within the next 12 months, if any (reg 18; R13, R14). */
    transfer: TransferSchema.nullish(),
    /** Actual year group on `asOf` for a pupil taught outside their cohort (R3, A8). */
    yearGroupOverride: z
      .int({ error: yearGroupOverrideMessage })
      .min(MIN_YEAR_GROUP_OVERRIDE, { error: yearGroupOverrideMessage })
      .max(MAX_YEAR_GROUP_OVERRIDE, { error: yearGroupOverrideMessage })
      .nullish(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? undefined
        : 'The timeline input must be an object with at least asOf (the day to compute the timeline for).',
  },
);

type RawFields = Partial<Record<string, unknown>>;

function validDate(fields: RawFields, key: string): IsoDate | undefined {
  const value = fields[key];
  return describeDateProblem(value) === undefined ? (value as IsoDate) : undefined;
}

interface OrderRule {
  /** Field that must not come before `earlier`. */
  later: string;
  earlier: string;
  /** True when the two dates may not be equal either. */
  strict: boolean;
  /** Plain-English reason, completing "…: <why>." */
  why: string;
}

// Impossible orderings, reported on the `later` field except where noted.
const ORDER_RULES: readonly OrderRule[] = [
  {
    later: 'lastReviewMeetingDate',
    earlier: 'planIssuedDate',
    strict: false,
    why: 'a plan cannot be reviewed before it was issued',
  },
  {
    later: 'meetingDate',
    earlier: 'planIssuedDate',
    strict: false,
    why: 'a plan cannot be reviewed before it was issued',
  },
  {
    later: 'meetingDate',
    earlier: 'lastReviewMeetingDate',
    strict: true,
    why: "this cycle's meeting must come after the previous cycle's review meeting",
  },
  {
    later: 'proposedAmendmentsSentDate',
    earlier: 'meetingDate',
    strict: false,
    why: 'amendments are proposed after the review meeting',
  },
  {
    later: 'decisionNotifiedDate',
    earlier: 'meetingDate',
    strict: false,
    why: 'the decision is made after the review meeting',
  },
  {
    later: 'decisionNotifiedDate',
    earlier: 'planIssuedDate',
    strict: false,
    why: 'there can be no decision about a plan before the plan was issued',
  },
  {
    later: 'mediationCertificateDate',
    earlier: 'decisionNotifiedDate',
    strict: false,
    why: 'mediation comes after the decision',
  },
];

function checkCombinations(fields: RawFields, ctx: z.core.$RefinementCtx<unknown>): void {
  const dateOfBirth = validDate(fields, 'dateOfBirth');
  const planIssuedDate = validDate(fields, 'planIssuedDate');
  if (dateOfBirth !== undefined && planIssuedDate !== undefined && dateOfBirth > planIssuedDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['dateOfBirth'],
      message: `dateOfBirth (${dateOfBirth}) must be on or before planIssuedDate (${planIssuedDate}): a plan cannot be issued before the child was born.`,
      input: dateOfBirth,
    });
  }
  for (const rule of ORDER_RULES) {
    const later = validDate(fields, rule.later);
    const earlier = validDate(fields, rule.earlier);
    if (later === undefined || earlier === undefined) continue;
    if (later > earlier || (!rule.strict && later === earlier)) continue;
    const relation = rule.strict ? 'after' : 'on or after';
    ctx.addIssue({
      code: 'custom',
      path: [rule.later],
      message: `${rule.later} (${later}) must be ${relation} ${rule.earlier} (${earlier}): ${rule.why}.`,
      input: later,
    });
  }
  if (fields.proposedAmendmentsSentDate != null && fields.meetingDate == null) {
    ctx.addIssue({
      code: 'custom',
      path: ['proposedAmendmentsSentDate'],
      message:
        'proposedAmendmentsSentDate needs meetingDate: amendments are proposed after a review meeting, so give the meeting date too.',
      input: fields.proposedAmendmentsSentDate,
    });
  }
}

/**
 * Zod schema for {@link TimelineInput}: field formats plus impossible combinations (a meeting
 * before the plan was issued, amendments sent before the meeting, and so on). `null` is
 * accepted for any optional field and means "not given".
 */
export const TimelineInputSchema = InputFieldsSchema.superRefine(
  (value, ctx) => {
    if (typeof value === 'object' && value !== null) checkCombinations(value as RawFields, ctx);
  },
  // Run the combination checks even when a field failed, so every problem is reported at once.
  { when: () => true },
);

/** Input to {@link computeTimeline}; dates are `YYYY-MM-DD` strings (spec section 4). */
export type TimelineInput = z.input<typeof TimelineInputSchema>;

/**
 * Input with the two facts every review has once a plan exists: the birth date and the plan's
 * issue date. With them every output that applies is present (see {@link CompleteTimeline}).
 */
export type CompleteTimelineInput = TimelineInput & { dateOfBirth: IsoDate; planIssuedDate: IsoDate };

/** Input after validation. */
export type ParsedTimelineInput = z.output<typeof TimelineInputSchema>;
