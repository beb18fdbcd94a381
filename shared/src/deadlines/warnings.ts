/**
 * Weekend and due-soon warnings for legal deadlines (spec R1, R19; Product).
 *
 * No date is ever moved: a warning only tells people to act on the working day before.
 * Bank holidays are not covered (no holiday data is bundled); only Saturdays and Sundays.
 */
import { differenceInCalendarDays, getDay } from 'date-fns';
import { computeTimeline, parseTimelineInput } from './engine.ts';
import type { TimelineField } from './explanation-types.ts';
import { longDate } from './explain-helpers.ts';
import { resolveLeadTimes, type TimelineOptions } from './options.ts';
import { parseIsoDate, type IsoDate } from './rules/dates.ts';
import type { TimelineInput } from './schema.ts';
import type { Timeline } from './types.ts';

/** A warning about one legal deadline. */
export interface DateWarning {
  /** `weekend`: falls on a Saturday or Sunday; `due-soon`: within the due-soon lead time of `asOf`. */
  kind: 'weekend' | 'due-soon';
  /** Output name, e.g. `decisionDueBy` or `phaseTransfer.lastCompliantDay`. */
  field: TimelineField;
  /** The deadline, `YYYY-MM-DD`. */
  date: IsoDate;
  /** Plain-English message naming the date. */
  message: string;
}

// Statutory and case-law deadlines (not Product targets or display-only dates).
const DEADLINES: readonly [TimelineField, (t: Timeline) => IsoDate | null | undefined][] = [
  ['reviewDueBy', (t) => t.reviewDueBy],
  ['inviteBy', (t) => t.inviteBy],
  ['adviceCirculatedBy', (t) => t.adviceCirculatedBy],
  ['reportDueBy', (t) => t.reportDueBy],
  ['decisionDueBy', (t) => t.decisionDueBy],
  ['nextReviewDueBy', (t) => t.nextReviewDueBy],
  ['representationsCloseOn', (t) => t.representationsCloseOn],
  ['finalPlanDueBy', (t) => t.finalPlanDueBy],
  ['finalPlanLongstop', (t) => t.finalPlanLongstop],
  ['effectiveFinalPlanDueBy', (t) => t.effectiveFinalPlanDueBy],
  ['phaseTransfer.lastCompliantDay', (t) => t.phaseTransfer?.lastCompliantDay],
  ['appealDeadline', (t) => t.appealDeadline],
];

/**
 * Lists weekend and due-soon warnings for the legal deadlines of a timeline (R19, Product).
 * Due soon means `asOf` ≤ date ≤ `asOf` + `leadTimes.dueSoonDays` (default 7).
 *
 * @throws TimelineValidationError when the input or options are invalid.
 */
export function listDateWarnings(input: TimelineInput, options?: TimelineOptions): DateWarning[] {
  const timeline = computeTimeline(input, options);
  const asOf = parseIsoDate(parseTimelineInput(input).asOf);
  const { dueSoonDays } = resolveLeadTimes(options);
  const warnings: DateWarning[] = [];
  for (const [field, read] of DEADLINES) {
    const date = read(timeline);
    if (date == null) continue;
    const parsed = parseIsoDate(date);
    const day = getDay(parsed);
    if (day === 0 || day === 6) {
      warnings.push({
        kind: 'weekend',
        field,
        date,
        message: `${field} is ${longDate(date)}, a weekend day. The deadline does not move; act by the working day before.`,
      });
    }
    const daysLeft = differenceInCalendarDays(parsed, asOf);
    if (daysLeft >= 0 && daysLeft <= dueSoonDays) {
      warnings.push({
        kind: 'due-soon',
        field,
        date,
        message: `${field} is ${longDate(date)}, ${daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`}.`,
      });
    }
  }
  return warnings;
}
