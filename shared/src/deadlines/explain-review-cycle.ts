/**
 * Explanations for the review-cycle outputs (R3, R4, R5, R11, R12, R15 flag, R19).
 */
import { daysBetween, plural, weekendNote, yearGroupLabel } from './explain-helpers.ts';
import type { ExplainContext, ExplanationBuilder, TimelineField } from './explanation-types.ts';

const S44 = 'Children and Families Act 2014 s44(1); SEND Code of Practice 9.166, 9.169';
const ADMISSIONS =
  'School admissions guidance: Reception starts in the September after the 4th birthday; the school year runs 1 September to 31 August';

function yearGroupReason({ input, long }: ExplainContext, yearGroup: number, on: string): string {
  const basis =
    input.yearGroupOverride == null
      ? `worked out from the date of birth (${long(input.dateOfBirth)}); year groups change on 1 September`
      : 'based on the year group entered for a pupil taught outside their age group, moving up each 1 September';
  return `On ${long(on)} the child is in ${yearGroupLabel(yearGroup)}, ${basis}.`;
}

/**
 * Builders for the review-cycle outputs, keyed by output name. A builder runs only for an output
 * that is present, so the outputs it is derived from are present too (hence the `!`s).
 */
export const REVIEW_CYCLE_EXPLANATIONS: Partial<Record<TimelineField, ExplanationBuilder>> = {
  yearGroup: (c) => ({
    ruleId: 'R3',
    status: 'product',
    source: ADMISSIONS,
    reason: yearGroupReason(c, c.timeline.yearGroup!, c.input.asOf),
  }),
  yearGroupAtMeeting: (c) => ({
    ruleId: 'R3',
    status: 'product',
    source: ADMISSIONS,
    reason: yearGroupReason(c, c.timeline.yearGroupAtMeeting ?? 0, c.input.meetingDate ?? ''),
  }),
  reviewAnchorDate: ({ input, long }) => ({
    ruleId: 'R4',
    status: 'statutory',
    source: `${S44}; anchor on the meeting date: product decision A1`,
    verification: 'V2',
    reason:
      input.lastReviewMeetingDate == null
        ? `This is the plan's first annual review, so the 12 months are counted from the day the plan was first issued, ${long(input.planIssuedDate)}.`
        : `The 12 months are counted from the last annual review meeting, held on ${long(input.lastReviewMeetingDate)}.`,
  }),
  reviewDueBy: ({ timeline: t, long }) => ({
    ruleId: 'R4',
    status: 'statutory',
    source: S44,
    verification: 'V2',
    reason: `The whole annual review, including the council's decision letter, must be finished by ${long(t.reviewDueBy)}: the last day of the 12 months that start on ${long(t.reviewAnchorDate)}.${weekendNote(t.reviewDueBy!)}`,
  }),
  anniversaryDate: ({ timeline: t, long }) => ({
    ruleId: 'R4',
    status: 'product',
    source: 'Shown for reference only (decision A2); many guides say "by the anniversary"',
    reason:
      t.anniversaryDate === t.reviewDueBy
        ? `${long(t.anniversaryDate)} is the anniversary of ${long(t.reviewAnchorDate)} and also the legal deadline.`
        : `${long(t.anniversaryDate)} is the anniversary of ${long(t.reviewAnchorDate)}. Many guides say "by the anniversary", but the legal deadline is the day before, ${long(t.reviewDueBy)}.`,
  }),
  latestMeetingDate: ({ timeline: t, long }) => ({
    ruleId: 'R5',
    status: 'product',
    source: 'Derived from SEND Code of Practice 9.169 (decision within 4 weeks of the meeting and within the 12 months)',
    reason: `Holding the review meeting by ${long(t.latestMeetingDate)} leaves the council its full four weeks to send its decision before the review deadline of ${long(t.reviewDueBy)}.`,
  }),
  reviewSurfaceFrom: ({ timeline: t, long }) => ({
    ruleId: 'R19',
    status: 'product',
    source: 'Product lead time (configurable), not law',
    reason: `We start showing this review on ${long(t.reviewSurfaceFrom)}, ${plural(daysBetween(t.reviewSurfaceFrom!, t.reviewDueBy!) / 7, 'week')} before its deadline, to leave time to book the meeting and gather advice. This is our suggestion, not a legal date.`,
  }),
  daysOverdue: ({ timeline: t, input, long }) => ({
    ruleId: 'R4',
    status: 'statutory',
    source: S44,
    verification: 'V2',
    reason: `No review meeting is recorded and the review deadline of ${long(t.reviewDueBy)} has passed: on ${long(input.asOf)} the review is ${plural(t.daysOverdue ?? 0, 'day')} overdue.`,
  }),
  nextReviewDueBy: ({ timeline: t, input, long }) => ({
    ruleId: 'R11',
    status: 'statutory',
    source: `${S44}; IPSEA FAQ (a completed review restarts the 12 months); anchor: product decision A1`,
    verification: 'V2',
    reason: `The review meeting on ${long(input.meetingDate ?? '')} starts a new 12 months, so the next annual review must be finished by ${long(t.nextReviewDueBy ?? '')}${t.flags.meetingLate ? ', even though this meeting was late' : ''}.`,
  }),
  'flags.isUnderFive': ({ timeline: t, input, long }) => ({
    ruleId: 'R15',
    status: 'code',
    source: 'SEND Code of Practice 9.178; age test: product reading of spec R3',
    verification: 'V2',
    reason: t.flags.isUnderFive
      ? `The child is under five on ${long(input.asOf)}, so the council should consider reviewing the plan every 3 to 6 months as well as every year.`
      : `The child is five or older on ${long(input.asOf)}, so the extra under-five reviews do not apply.`,
  }),
  'flags.isYear9Plus': ({ timeline: t }) => {
    // Present only when a year group is known.
    const yearGroup = (t.yearGroupAtMeeting ?? t.yearGroup)!;
    const when = t.yearGroupAtMeeting === undefined ? 'now' : 'at the review meeting';
    return {
      ruleId: 'R12',
      status: 'statutory',
      source: 'SEND Regulations 2014 reg 20(6), reg 21(6); SEND Code of Practice ch. 8 (8.9–8.11)',
      verification: 'V',
      reason: t.flags.isYear9Plus
        ? `The child is in ${yearGroupLabel(yearGroup)} ${when}, so the review must consider preparing for adulthood: work or further study, independent living, friends and community, and good health.`
        : `The child is in ${yearGroupLabel(yearGroup)} ${when}, below Year 9, so the preparing-for-adulthood discussion is not yet required.`,
    };
  },
  'flags.reviewOverdue': ({ timeline: t, input, long }) => ({
    ruleId: 'R4',
    status: 'statutory',
    source: S44,
    verification: 'V2',
    reason: t.flags.reviewOverdue
      ? `No review meeting is recorded and the deadline of ${long(t.reviewDueBy)} passed before ${long(input.asOf)}, so the review is overdue.`
      : `The review deadline of ${long(t.reviewDueBy)} has not passed on ${long(input.asOf)}, so the review is not overdue.`,
  }),
};
