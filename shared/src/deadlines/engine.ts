/**
 * The deadline engine: validates the input, applies rules R1–R19 and returns section 4 outputs.
 *
 * Pure: no clock, no I/O. `asOf` is an input, and every date is a local-midnight `Date` built
 * from a `YYYY-MM-DD` string, so results do not depend on the machine's time zone (R1).
 */
import { TimelineValidationError, toTimelineIssues } from './errors.ts';
import { resolveLeadTimes, type LeadTimes, type TimelineOptions } from './options.ts';
import { computeAmendmentDates } from './rules/amendments.ts';
import { computeAppealDeadline } from './rules/ceasing.ts';
import { formatIsoDate as iso, parseIsoDate } from './rules/dates.ts';
import { computePhaseTransfer, type PhaseTransferDates } from './rules/phase-transfer.ts';
import { computePostMeetingDates, computeReportDueBy } from './rules/post-meeting.ts';
import { computePreMeetingDates } from './rules/pre-meeting.ts';
import { computeNextReviewDueBy, computeOverdue, computeReviewCycle, type ReviewCycle } from './rules/review-cycle.ts';
import { computeUnderFiveWindow } from './rules/under-five.ts';
import { effectiveYearGroup, isUnderFive, isYear9Plus } from './rules/year-group.ts';
import { TimelineInputSchema, type CompleteTimelineInput, type ParsedTimelineInput, type TimelineInput } from './schema.ts';
import type { CompleteTimeline, PhaseTransferTimeline, Timeline, TimelineFlags } from './types.ts';

/** Result of {@link safeComputeTimeline}, shaped like zod's `safeParse` result. */
export type TimelineResult = { success: true; data: Timeline } | { success: false; error: TimelineValidationError };

/**
 * Validates raw input against {@link TimelineInputSchema}.
 *
 * @throws TimelineValidationError listing every problem, each naming its field.
 */
export function parseTimelineInput(input: unknown): ParsedTimelineInput {
  const result = TimelineInputSchema.safeParse(input);
  if (!result.success) throw new TimelineValidationError(toTimelineIssues(result.error));
  return result.data;
}

const optionalDate = (value: string | null | undefined): Date | undefined => (value == null ? undefined : parseIsoDate(value));

/**
 * Computes every statutory, case-law, Code and Product date of the annual-review timeline that
 * its input determines. Only `asOf` is required; each output is present when the inputs it
 * depends on are given and it applies, and absent otherwise (never a guess):
 * - `dateOfBirth`, or `yearGroupOverride`: `yearGroup`, `flags.isYear9Plus` (and with a
 *   meeting `yearGroupAtMeeting`); `dateOfBirth`: `flags.isUnderFive` (R3, R12, R15);
 * - `planIssuedDate` or `lastReviewMeetingDate` (the anchor, R4): `reviewAnchorDate`,
 *   `reviewDueBy`, `anniversaryDate`, `latestMeetingDate`, `reviewSurfaceFrom`; without a
 *   meeting also `flags.reviewOverdue`, plus `daysOverdue` when overdue (R4);
 * - `meetingDate`: `inviteBy`, `adviceCirculatedBy`, `requestAdviceTarget`,
 *   `sendInvitesTarget`, `reportDueBy`, `nextReviewDueBy` (R6, R7, R11, R19); with the anchor
 *   also `decisionDueBy`, `flags.meetingLate`, and `flags.decisionWindowCapped` when the
 *   meeting is not late (R5, R8);
 * - `proposedAmendmentsSentDate` (which requires `meetingDate`): the R9 chain, and
 *   `flags.proposedAmendmentsLate` when `decisionDueBy` is known;
 * - `transfer`: `phaseTransfer` (`namedDate` is `null` for post16-to-post16), no plan date needed;
 * - under five on `asOf`, with the anchor: `underFiveReviewWindow` (R15);
 * - `decision` is `cease` and `decisionNotifiedDate` is given: `appealDeadline` (R17).
 * With a birth date and a plan issue date every output that applies is present (the result is
 * then a {@link CompleteTimeline}). No date is ever moved off a weekend or holiday (R1).
 *
 * @param input Section 4 inputs with `YYYY-MM-DD` dates; see {@link TimelineInputSchema}.
 * @param options Optional Product lead times (R19); defaults to {@link DEFAULT_LEAD_TIMES}.
 * @throws TimelineValidationError when the input or options are invalid.
 */
export function computeTimeline(input: CompleteTimelineInput, options?: TimelineOptions): CompleteTimeline;
export function computeTimeline(input: TimelineInput, options?: TimelineOptions): Timeline;
export function computeTimeline(input: TimelineInput, options?: TimelineOptions): Timeline {
  const parsed = parseTimelineInput(input);
  return buildTimeline(parsed, resolveLeadTimes(options));
}

/**
 * Like {@link computeTimeline} but returns a result union instead of throwing on invalid input.
 */
export function safeComputeTimeline(input: unknown, options?: TimelineOptions): TimelineResult {
  try {
    return { success: true, data: computeTimeline(input as TimelineInput, options) };
  } catch (error: unknown) {
    if (error instanceof TimelineValidationError) return { success: false, error };
    throw error;
  }
}

function buildTimeline(input: ParsedTimelineInput, leadTimes: LeadTimes): Timeline {
  const dateOfBirth = optionalDate(input.dateOfBirth);
  const asOf = parseIsoDate(input.asOf);
  const meetingDate = optionalDate(input.meetingDate);
  const override = input.yearGroupOverride ?? undefined;

  const cycle = computeReviewCycle(
    optionalDate(input.planIssuedDate),
    optionalDate(input.lastReviewMeetingDate),
    leadTimes.reviewSurfaceWeeks,
  );
  const yearGroup = effectiveYearGroup(dateOfBirth, asOf, asOf, override);
  const yearGroupAtMeeting = meetingDate && effectiveYearGroup(dateOfBirth, meetingDate, asOf, override);
  const yearGroupForPfa = yearGroupAtMeeting ?? yearGroup;
  const flags: TimelineFlags = {
    ...(dateOfBirth && { isUnderFive: isUnderFive(dateOfBirth, asOf) }),
    ...(yearGroupForPfa !== undefined && { isYear9Plus: isYear9Plus(yearGroupForPfa) }),
  };
  const timeline: Timeline = {
    ...(yearGroup !== undefined && { yearGroup }),
    ...(yearGroupAtMeeting !== undefined && { yearGroupAtMeeting }),
    ...(cycle && cycleOutputs(cycle)),
    flags,
  };

  if (!meetingDate && cycle) {
    // R4/R19: overdue is judged only while no meeting is recorded in the cycle.
    const overdue = computeOverdue(asOf, cycle.reviewDueBy);
    flags.reviewOverdue = overdue.reviewOverdue;
    if (overdue.daysOverdue !== undefined) timeline.daysOverdue = overdue.daysOverdue;
  }

  const transfer = input.transfer ?? undefined;
  const phaseTransfer = transfer && computePhaseTransfer(transfer.type, parseIsoDate(transfer.transferDate), meetingDate, asOf);

  if (meetingDate) {
    const sentDate = optionalDate(input.proposedAmendmentsSentDate);
    addMeetingOutputs(timeline, meetingDate, sentDate, cycle?.reviewDueBy, phaseTransfer, leadTimes);
  }
  if (phaseTransfer) timeline.phaseTransfer = formatPhaseTransfer(phaseTransfer);
  if (flags.isUnderFive && cycle) {
    const window = computeUnderFiveWindow(cycle.reviewAnchorDate);
    timeline.underFiveReviewWindow = { from: iso(window.from), to: iso(window.to) };
  }
  const decisionNotifiedDate = optionalDate(input.decisionNotifiedDate);
  if (input.decision === 'cease' && decisionNotifiedDate) {
    const mediation = optionalDate(input.mediationCertificateDate);
    timeline.appealDeadline = iso(computeAppealDeadline(decisionNotifiedDate, mediation));
  }
  return orderKeys(timeline);
}

/** The dates of the 12-month cycle (R4, R5, R19). */
function cycleOutputs(
  cycle: ReviewCycle,
): Pick<Timeline, 'reviewAnchorDate' | 'reviewDueBy' | 'anniversaryDate' | 'latestMeetingDate' | 'reviewSurfaceFrom'> {
  return {
    reviewAnchorDate: iso(cycle.reviewAnchorDate),
    reviewDueBy: iso(cycle.reviewDueBy),
    anniversaryDate: iso(cycle.anniversaryDate),
    latestMeetingDate: iso(cycle.latestMeetingDate),
    reviewSurfaceFrom: iso(cycle.reviewSurfaceFrom),
  };
}

/**
 * Adds the outputs that exist only with a meeting date (R5–R9, R11, R19). Those that also need
 * the 12-month date (the decision, which it may cap, and whether the meeting is late) are added
 * only when the cycle is known.
 */
function addMeetingOutputs(
  timeline: Timeline,
  meetingDate: Date,
  sentDate: Date | undefined,
  reviewDueBy: Date | undefined,
  phaseTransfer: PhaseTransferDates | undefined,
  leadTimes: LeadTimes,
): void {
  const { flags } = timeline;
  const pre = computePreMeetingDates(meetingDate, leadTimes.requestAdviceWeeks, leadTimes.sendInvitesWeeks);
  timeline.inviteBy = iso(pre.inviteBy);
  timeline.adviceCirculatedBy = iso(pre.adviceCirculatedBy);
  timeline.requestAdviceTarget = iso(pre.requestAdviceTarget);
  timeline.sendInvitesTarget = iso(pre.sendInvitesTarget);
  timeline.reportDueBy = iso(computeReportDueBy(meetingDate));
  const post = reviewDueBy && computePostMeetingDates(meetingDate, reviewDueBy);
  if (post) timeline.decisionDueBy = iso(post.decisionDueBy);
  timeline.nextReviewDueBy = iso(computeNextReviewDueBy(meetingDate));
  if (post) flags.meetingLate = post.meetingLate;
  if (post?.decisionWindowCapped !== undefined) {
    flags.decisionWindowCapped = post.decisionWindowCapped;
  }
  if (!sentDate) return;
  const chain = computeAmendmentDates(sentDate, meetingDate, post?.decisionDueBy, phaseTransfer?.lastCompliantDay);
  timeline.representationsCloseOn = iso(chain.representationsCloseOn);
  timeline.earliestFinalIssueDate = iso(chain.earliestFinalIssueDate);
  timeline.finalPlanDueBy = iso(chain.finalPlanDueBy);
  timeline.finalPlanLongstop = iso(chain.finalPlanLongstop);
  timeline.effectiveFinalPlanDueBy = iso(chain.effectiveFinalPlanDueBy);
  if (chain.proposedAmendmentsLate !== undefined) flags.proposedAmendmentsLate = chain.proposedAmendmentsLate;
}

function formatPhaseTransfer(dates: PhaseTransferDates): PhaseTransferTimeline {
  return {
    calendarYear: dates.calendarYear,
    namedDate: dates.namedDate && iso(dates.namedDate),
    lastCompliantDay: iso(dates.lastCompliantDay),
    windowOpens: iso(dates.windowOpens),
    latestMeetingDate: iso(dates.latestMeetingDate),
    atRisk: dates.atRisk,
  };
}

// Section 4 order, so serialised timelines read the same way as the spec.
const OUTPUT_ORDER: readonly (keyof Timeline)[] = [
  'yearGroup',
  'yearGroupAtMeeting',
  'reviewAnchorDate',
  'reviewDueBy',
  'anniversaryDate',
  'latestMeetingDate',
  'reviewSurfaceFrom',
  'daysOverdue',
  'inviteBy',
  'adviceCirculatedBy',
  'requestAdviceTarget',
  'sendInvitesTarget',
  'reportDueBy',
  'decisionDueBy',
  'nextReviewDueBy',
  'representationsCloseOn',
  'earliestFinalIssueDate',
  'finalPlanDueBy',
  'finalPlanLongstop',
  'effectiveFinalPlanDueBy',
  'phaseTransfer',
  'underFiveReviewWindow',
  'appealDeadline',
  'flags',
];

function orderKeys(timeline: Timeline): Timeline {
  const ordered: Record<string, unknown> = {};
  for (const key of OUTPUT_ORDER) if (key in timeline) ordered[key] = timeline[key];
  return ordered as unknown as Timeline;
}
