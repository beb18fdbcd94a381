/**
 * Phase-transfer deadlines (spec R13, R14, A3, A6).
 */
import { getYear, isAfter, subDays, subMonths, subWeeks } from 'date-fns';
import type { TransferType } from '../types.ts';
import { parseIsoDate } from './dates.ts';

/** Months before the transfer when the reg 18 "within 12 months" window opens. */
export const TRANSFER_WINDOW_MONTHS = 12;
/** Months before a post-16 to post-16 transfer by which the plan must be amended (reg 18(2)). */
export const POST16_NOTICE_MONTHS = 5;
/** Weeks of the longest decision (4) plus final-plan (8) chain, for the latest meeting (Product). */
export const TRANSFER_CHAIN_WEEKS = 12;

/** Phase-transfer dates. */
export interface PhaseTransferDates {
  /** Calendar year of the transfer date. */
  calendarYear: number;
  /** "Before" date named in reg 18(1): 15 February or 31 March; `null` for post16-to-post16. */
  namedDate: Date | null;
  /** Last day on which the amended plan is compliant: the day before the named date (A3). */
  lastCompliantDay: Date;
  /** Start of the 12 months before the transfer (reg 18 trigger). */
  windowOpens: Date;
  /** Last meeting date from which the full 4 + 8 week chain still ends by `lastCompliantDay`. */
  latestMeetingDate: Date;
  /** True when the meeting (or, without one, `asOf`) is after `latestMeetingDate`. */
  atRisk: boolean;
}

/**
 * Computes the phase-transfer dates.
 *
 * - reg 18(1): amend "before 31 March" in the calendar year of a `secondary-to-post16`
 *   transfer, "before 15 February" for every other phase transfer of reg 2(1). "Before" means
 *   `lastCompliantDay` is 30 March / 14 February and is never moved off a weekend (A3, R1).
 * - reg 18(2) (`post16-to-post16` at another time): at least five months before the transfer,
 *   so `lastCompliantDay = transferDate − 5 months` and `namedDate = null` (R14).
 * - `windowOpens = transferDate − 12 months`; `latestMeetingDate = lastCompliantDay − 12 weeks`
 *   (Product); `atRisk = (meetingDate ?? asOf) > latestMeetingDate` (Product).
 */
export function computePhaseTransfer(
  type: TransferType,
  transferDate: Date,
  meetingDate: Date | undefined,
  asOf: Date,
): PhaseTransferDates {
  const calendarYear = getYear(transferDate);
  let namedDate: Date | null = null;
  let lastCompliantDay: Date;
  if (type === 'post16-to-post16') {
    lastCompliantDay = subMonths(transferDate, POST16_NOTICE_MONTHS);
  } else {
    // reg 18(1): "before 31 March" for secondary to post-16, "before 15 February" otherwise.
    const monthDay = type === 'secondary-to-post16' ? '03-31' : '02-15';
    namedDate = parseIsoDate(`${calendarYear}-${monthDay}`);
    lastCompliantDay = subDays(namedDate, 1);
  }
  const latestMeetingDate = subWeeks(lastCompliantDay, TRANSFER_CHAIN_WEEKS);
  return {
    calendarYear,
    namedDate,
    lastCompliantDay,
    windowOpens: subMonths(transferDate, TRANSFER_WINDOW_MONTHS),
    latestMeetingDate,
    atRisk: isAfter(meetingDate ?? asOf, latestMeetingDate),
  };
}
