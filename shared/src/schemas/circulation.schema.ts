import { z } from 'zod';
import type { AttachmentView } from './attachment.schema.ts';
import type { ParticipantRole, ParticipantStatus } from './participant.schema.ts';
import type { DocJsonNode } from './review.schema.ts';

/**
 * Request to circulate the papers. When circulating now would raise warnings (late, no meeting,
 * contributions missing) the SENDCo must have seen them: `acknowledgeWarnings` must be true.
 */
export const CirculatePapersRequestSchema = z
  .object({
    /** True once the SENDCo has seen the warnings of the preview and confirmed. */
    acknowledgeWarnings: z.boolean().default(false),
  })
  .strict();
export type CirculatePapersRequest = z.infer<typeof CirculatePapersRequestSchema>;

/** Something the SENDCo should know before (and after) circulating; `message` is plain English. */
export type CirculationWarning =
  | { kind: 'late'; message: string; dueBy: string; daysLate: number }
  | { kind: 'no_meeting'; message: string }
  | { kind: 'missing'; message: string; participantId: string; name: string; roleLabel: string };

/** A participant whose contribution was not (or is not yet) submitted. */
export interface MissingContribution {
  participantId: string;
  name: string;
  role: ParticipantRole;
  roleLabel: string;
  status: ParticipantStatus;
}

/** Who wrote one contribution and when they sent it. */
export interface ContributionAttribution {
  participantId: string;
  authorName: string;
  role: ParticipantRole;
  roleLabel: string;
  /** ISO timestamp of submission. */
  submittedAt: string;
}

/** One submitted contribution in a circulated pack, quoted as it was sent. */
export interface PackContribution extends ContributionAttribution {
  content: DocJsonNode;
  /** Files the participant attached to it (a photo, a drawing, a voice note), oldest first. */
  attachments: AttachmentView[];
}

/** One circulation of the papers, without the contributions' text. */
export interface CirculationSummary {
  id: string;
  /** 1 for the first circulation; each later circulation adds a version and keeps the earlier ones. */
  version: number;
  /** YYYY-MM-DD (England) the papers were circulated. */
  circulatedOn: string;
  circulatedByName: string;
  contributionCount: number;
  /** Days after the statutory date (positive when late, 0 or less when on time); null with no meeting booked. */
  daysLate: number | null;
}

/** A circulated pack as staff read it: the contributions, and what was missing or late at the time. */
export interface CirculationRecord extends CirculationSummary {
  meetingDate: string | null;
  adviceCirculatedBy: string | null;
  contributions: PackContribution[];
  missing: MissingContribution[];
  warnings: CirculationWarning[];
}

/** What circulating now would include, and the warnings the SENDCo must see first. */
export interface CirculationPreview {
  included: ContributionAttribution[];
  missing: MissingContribution[];
  warnings: CirculationWarning[];
  /** Why circulating now is refused (nothing submitted, nothing new since the last pack), or null. */
  blockedReason: string | null;
}

/** A review's circulation as staff see it. */
export interface CirculationView {
  asOf: string;
  meetingDate: string | null;
  /** Statutory last day to circulate advice and papers (two weeks before the meeting, R6). */
  adviceCirculatedBy: string | null;
  /** The date recorded on the review's timeline (the first circulation's, or one recorded by hand). */
  papersCirculatedDate: string | null;
  /** The latest circulated pack, or null before the first circulation. */
  current: CirculationRecord | null;
  /** Every circulation, newest first. */
  history: CirculationSummary[];
  /** For the SENDCo of an open review: what circulating now would do. Null for other staff. */
  preview: CirculationPreview | null;
}

/** The result of circulating: the new view, and how many participants were emailed. */
export interface CirculationResult {
  circulation: CirculationView;
  /** Participants with a working link who were told by email (recorded in the outbox). */
  notified: number;
}

/** The read-only pack a participant sees behind their personal link. */
export interface ParticipantPapersView {
  childFirstName: string;
  schoolName: string;
  meetingDate: string | null;
  version: number;
  circulatedOn: string;
  contributions: PackContribution[];
  /** Files the SENDCo attached to the papers, oldest first. */
  attachments: AttachmentView[];
}
