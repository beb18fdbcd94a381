import type { AttachmentView } from '../schemas/attachment.schema.ts';
import type { ReviewOutcome } from './review.views.ts';

/** What the LA sees behind a link. */
export interface SharedOutcomeView {
  pupilName: string;
  /** The child's identifiers, so a caseworker can match the report to their record. */
  pupil: PupilIdentifiers;
  schoolName: string;
  reviewDueBy: string;
  outcome: ReviewOutcome;
  reportDocName: string;
  /** Statutory dates after the meeting as they stand today: due (engine) and done (recorded). */
  statutoryDates: DatedStep[];
  /** Files attached to the papers and to the submitted contributions, downloadable through the link. */
  attachments: AttachmentView[];
}

/** One dated step after the meeting: a statutory date still due, or something recorded as done. */
export interface DatedStep {
  label: string;
  date: string;
  kind: 'due' | 'done';
}

/** What identifies a child on everything the LA receives: date of birth, UPN (when known) and local authority. */
export interface PupilIdentifiers {
  dateOfBirth: string;
  upn: string | null;
  la: string | null;
}
