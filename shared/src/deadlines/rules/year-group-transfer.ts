/**
 * Phase transfers read from the year group (issue 11 item 2). Year 6 moves to secondary school
 * and Year 11 to post-16 education in every area of England, so those are applied whether or
 * not the imported file says so. Other moves depend on the area's schools (infant and junior
 * schools, middle schools, a nursery class before Reception) and are only suggested, for the
 * SENDCo to confirm on the pupil.
 *
 * Status: Product (reg 2(1) names the transfers; which year groups move is the area's school
 * organisation).
 */
import type { TransferType } from '../types.ts';
import { academicYearStart } from './year-group.ts';

/** Year 6: primary to secondary, everywhere. */
export const YEAR_6 = 6;
/** Year 11: secondary to post-16, everywhere. */
export const YEAR_11 = 11;

const ALWAYS: Readonly<Record<number, TransferType>> = { [YEAR_6]: 'primary-to-secondary', [YEAR_11]: 'secondary-to-post16' };
/** Moves some areas have, by the year group pupils are in the year before. */
const SUGGESTED: Readonly<Record<number, TransferType>> = {
  [-1]: 'early-years-to-school',
  2: 'infant-to-junior',
  4: 'primary-to-middle',
  8: 'middle-to-secondary',
};

/** Plain-English names of the transfer types, for screens and emails. */
export const TRANSFER_TYPE_LABELS: Readonly<Record<TransferType, string>> = {
  'early-years-to-school': 'Early years to school',
  'infant-to-junior': 'Infant to junior school',
  'primary-to-middle': 'Primary to middle school',
  'primary-to-secondary': 'Primary to secondary school',
  'middle-to-secondary': 'Middle to secondary school',
  'secondary-to-post16': 'Secondary school to post-16',
  'post16-to-post16': 'Post-16 to another post-16 setting',
};

/** What the year group says about a transfer at the end of this school year. */
export interface YearGroupTransfer {
  type: TransferType;
  /** 1 September after this school year, YYYY-MM-DD. */
  transferDate: string;
  /** `always`: applied to the timeline; `suggested`: shown for the SENDCo to confirm. */
  basis: 'always' | 'suggested';
}

/**
 * The transfer the pupil's year group on `asOf` implies for 1 September next, or null.
 * @param yearGroup year group on `asOf` (0 = Reception, −1 the year before).
 */
export function transferForYearGroup(yearGroup: number | undefined, asOf: Date): YearGroupTransfer | null {
  if (yearGroup === undefined) return null;
  const transferDate = `${academicYearStart(asOf) + 1}-09-01`;
  const always = ALWAYS[yearGroup];
  if (always) return { type: always, transferDate, basis: 'always' };
  const suggested = SUGGESTED[yearGroup];
  return suggested ? { type: suggested, transferDate, basis: 'suggested' } : null;
}
