import { z } from 'zod';
import type { ReviewCycleStatus, ReviewStage, StatutoryDeadline, Urgency, NextAction } from './review-cycle.schema.ts';
import { LIMITS } from './limits.ts';

/** One row of the caseload: a pupil, their plan and where the current review cycle stands. */
export interface CaseloadRow {
  reviewId: string;
  pupilName: string;
  yearGroup: number;
  planIssuedDate: string;
  lastReviewMeetingDate: string | null;
  /** Last compliant day for the review (statutory-timeline R4). */
  reviewDueBy: string;
  /** Days from asOf to `reviewDueBy`; negative when past it. */
  daysUntilDue: number;
  /** Report state: open until the SENDCo finalises it. */
  status: 'open' | 'finalised';
  /** Review meeting booked or held in the current cycle, if any. */
  meetingDate: string | null;
  /** Stage of the current cycle. */
  stage: ReviewStage;
  /** What to do next and by when. */
  nextAction: NextAction;
  urgency: Urgency;
  /** Whole days from asOf to the next action's due date. */
  daysUntilAction: ReviewCycleStatus['daysUntilDue'];
  /** The statutory deadline and its status, apart from the next action's planning date. */
  statutory: StatutoryDeadline;
  /** Legally late: the statutory deadline has passed (urgency `overdue`). */
  isOverdue: boolean;
  /** In or beyond Year 9 at the meeting (preparing for adulthood, R12). */
  isYear9Plus: boolean;
  isUnderFive: boolean;
  /**
   * Phase transfer within reach (R13, R14), or null: recorded on the pupil, or read from the
   * year group (Year 6 and Year 11 always transfer next September).
   */
  phaseTransfer: {
    type: string;
    transferDate: string;
    lastCompliantDay: string;
    atRisk: boolean;
    basis: 'recorded' | 'year-group';
  } | null;
  /** A transfer the year group suggests (infant to junior, middle schools …) for the SENDCo to confirm, or null. */
  suggestedTransfer: { type: string; transferDate: string } | null;
}

/** Bytes the string takes in UTF-8 (shared has no TextEncoder: it uses no DOM or Node APIs). */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Body of a caseload import: the CSV file's text. */
export const CaseloadImportRequestSchema = z.object({
  /** The spreadsheet exported as CSV (UTF-8, comma-separated, first row the column names). */
  csv: z
    .string()
    .min(1, 'The file is empty.')
    .refine((value) => utf8Length(value) <= LIMITS.caseloadImportMaxBytes, {
      message: `The file is larger than ${LIMITS.caseloadImportMaxBytes / 1024} KB; split it into smaller files.`,
    }),
});
export type CaseloadImportRequest = z.infer<typeof CaseloadImportRequestSchema>;

/** One problem in an imported file, located by spreadsheet row (header = row 1) and column. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** Result of a successful import. */
export interface CaseloadImportResult {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * The caseload template the SENDCo downloads: the column names the import reads, one example
 * row ("Surname, Forename" and DD/MM/YYYY as schools' systems export them) and a blank Transfer
 * type (Year 6 and Year 11 are phase transfers without it). CRLF line ends, as spreadsheets write.
 */
export const CASELOAD_TEMPLATE_CSV =
  [
    'Pupil name,Date of birth,UPN,Plan issue date,Last review meeting date,LA,Year group,Transfer type,Transfer date',
    '"Mohammed, Aisha",14/03/2015,A123456789012,01/09/2021,20/06/2025,Northshire,,,',
  ].join('\r\n') + '\r\n';
