/**
 * School year group and age rules (spec R3, R12, R15 trigger).
 *
 * Status: Product (derivation from admissions guidance: Reception in the September after the
 * 4th birthday; the school year runs 1 September to 31 August).
 */
import { differenceInYears, getMonth, getYear } from 'date-fns';

/** Year group of Year 9, from which the review must consider preparation for adulthood. */
export const YEAR_9 = 9;

/**
 * Calendar year in which the school year containing `date` started (September = month 8).
 * Source: admissions guidance (cohort 1 September to 31 August), spec R3.
 */
export function academicYearStart(date: Date): number {
  return getMonth(date) >= 8 ? getYear(date) : getYear(date) - 1;
}

/**
 * Chronological year group on a date: 0 = Reception, 1–13 = Year 1–13, −1 = the year before
 * Reception, 14+ = beyond Year 13. Changes on 1 September, so a child born on 31 August is
 * one year group above a child born on 1 September (spec R3).
 */
export function chronologicalYearGroup(dateOfBirth: Date, on: Date): number {
  return academicYearStart(on) - academicYearStart(dateOfBirth) - 5;
}

/**
 * Year group on `on`, honouring an out-of-cohort override (spec R3, A8).
 *
 * Product decision: `yearGroupOverride` is the pupil's actual year group on `asOf`. The pupil
 * still moves up each 1 September, so on other dates the same offset from the chronological
 * year group is applied. When `on` and `asOf` fall in the same school year this is simply the
 * override; it differs only when a meeting is in a later (or earlier) school year than `asOf`.
 * Undefined when neither a birth date nor an override is given.
 */
export function effectiveYearGroup(
  dateOfBirth: Date | undefined,
  on: Date,
  asOf: Date,
  yearGroupOverride: number | undefined,
): number | undefined {
  if (yearGroupOverride === undefined) return dateOfBirth && chronologicalYearGroup(dateOfBirth, on);
  // chronological(on) + override − chronological(asOf) = override + the school years between
  // asOf and on: the birth date cancels out, so an override alone gives the year group.
  return yearGroupOverride + academicYearStart(on) - academicYearStart(asOf);
}

/**
 * True while the child is younger than five on `on`. Someone born on 29 February reaches the
 * birthday on 1 March in a common year, which is how `differenceInYears` counts (spec R3,
 * Product reading). Used to surface the CoP 9.178 interim reviews (R15).
 */
export function isUnderFive(dateOfBirth: Date, on: Date): boolean {
  return differenceInYears(on, dateOfBirth) < 5;
}

/**
 * True in or beyond Year 9: the review meeting must consider preparation for adulthood and
 * independent living (SEND Regulations 2014 reg 20(6), reg 21(6); spec R12).
 */
export function isYear9Plus(yearGroup: number): boolean {
  return yearGroup >= YEAR_9;
}

/**
 * A year group in words, the same everywhere it is shown (caseload, review page, explanations,
 * the printed report): "Nursery" (the year before Reception), "Reception", "Year 1" to
 * "Year 13", "Pre-school" below Nursery and "Year 14 (beyond Year 13)" above Year 13.
 */
export function yearGroupLabel(yearGroup: number): string {
  if (yearGroup === 0) return 'Reception';
  if (yearGroup === -1) return 'Nursery';
  if (yearGroup < -1) return 'Pre-school';
  if (yearGroup > 13) return `Year ${yearGroup} (beyond Year 13)`;
  return `Year ${yearGroup}`;
}
