import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.schema.ts';
import { LanguageSchema, type Language } from './language.schema.ts';
import { LIMITS } from './limits.ts';
import { NameSchema } from './text.schema.ts';

/** The people a SENDCo can invite to contribute to an annual review, by role. */
export const PARTICIPANT_ROLES = [
  'parent_carer',
  'young_person',
  'school_staff',
  'educational_psychologist',
  'speech_language_therapist',
  'occupational_therapist',
  'health',
  'social_care',
  'careers_adviser',
  'la_officer',
] as const;
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** Plain-English label of each role, as shown to the SENDCo and in invitations. */
export const PARTICIPANT_ROLE_LABELS: Readonly<Record<ParticipantRole, string>> = {
  parent_carer: 'Parent or carer',
  young_person: 'Young person',
  school_staff: 'Teacher or other school staff',
  educational_psychologist: 'Educational psychologist',
  speech_language_therapist: 'Speech and language therapist',
  occupational_therapist: 'Occupational therapist',
  health: 'Health professional',
  social_care: 'Social care',
  careers_adviser: 'Careers adviser',
  la_officer: 'Local authority officer',
};

/**
 * What each role is asked to contribute, in plain language; `{child}` is replaced with the
 * child's first name. Used in the invitation email; the participant's page shows the same text
 * from the client's locale files (`ask.*` in client/src/i18n/locales), in the person's language.
 */
export const PARTICIPANT_ASKS: Readonly<Record<ParticipantRole, string>> = {
  parent_carer:
    'Tell us how {child} is getting on at home and at school this year. What is going well? What has been hard? What would you like to change in the plan?',
  young_person:
    'Tell us what you think about school this year. What is going well? What is hard? What help works for you? What do you want for the future?',
  school_staff:
    'A short report on {child}’s progress towards the outcomes in the plan, the support given in school, and what should change.',
  educational_psychologist:
    'Your advice on {child}’s learning and development since the last review, and any changes you recommend to the plan.',
  speech_language_therapist:
    'Your advice on {child}’s speech, language and communication, the therapy given this year, and what the plan should say next.',
  occupational_therapist:
    'Your advice on {child}’s motor, sensory and everyday-living needs, the support given this year, and what the plan should say next.',
  health: 'Your advice on {child}’s health needs and the health support in the plan, and whether it should change.',
  social_care: 'Your advice on {child}’s social care needs and support, and whether the plan should change.',
  careers_adviser:
    'Your advice on how {child} is getting ready for adult life: next steps in education, training or work, and the support needed.',
  la_officer: 'Anything the local authority knows that the review should think about, and questions for the meeting.',
};

/** Fills a role's ask with the child's first name. */
export function askFor(role: ParticipantRole, childFirstName: string): string {
  return PARTICIPANT_ASKS[role].replaceAll('{child}', childFirstName);
}

/** Request to add a participant to a review; they are emailed a personal link. */
export const AddParticipantRequestSchema = z.object({
  /** The participant's name as it should appear in the invitation. */
  name: NameSchema(LIMITS.nameMax),
  /** Where the invitation is sent; compared case-insensitively. */
  email: z.string().trim().toLowerCase().max(LIMITS.emailMax).pipe(z.email('must be an email address')),
  /** What they are invited as; decides what they are asked for. */
  role: ParticipantRoleSchema,
  /**
   * When their contribution is needed: any date from today on. Required when the review has no
   * meeting date; with one it defaults to the statutory date for circulating advice, or, once that
   * has passed, to two working days before the meeting. A date after the statutory date is
   * accepted with a warning (`lateness`).
   */
  dueDate: IsoDateSchema.optional(),
  /** The language their page and invitation are shown in; English when not given. They can change it. */
  language: LanguageSchema.optional(),
});
export type AddParticipantRequest = z.infer<typeof AddParticipantRequestSchema>;

/** Route params naming one participant of one review. */
export const ParticipantParamsSchema = z.object({ reviewId: IdSchema, participantId: IdSchema });

/** Participant links are 32 random bytes in base64url (43 characters). */
export const ParticipantTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a valid link'),
});

/** Where a participant's invitation stands, as the SENDCo sees it. */
export type ParticipantStatus = 'invited' | 'opened' | 'drafting' | 'submitted' | 'overdue' | 'revoked' | 'expired';

/** A participant as listed to the SENDCo (never includes the link token). */
export interface ParticipantSummary {
  id: string;
  name: string;
  email: string;
  role: ParticipantRole;
  roleLabel: string;
  status: ParticipantStatus;
  /** YYYY-MM-DD their contribution is needed by. */
  dueDate: string;
  invitedAt: string;
  openedAt: string | null;
  expiresAt: string;
  /** The latest reminder sent to them (automatic or nudge), or null. */
  lastReminder: LastReminder | null;
  /** The language their page is shown in (chosen by the SENDCo, changeable by them). */
  language: Language;
  /** The language their contribution was written in (their page's language when they sent it), or null until sent. */
  contributionLanguage: Language | null;
  /** When they asked to be phoned instead of writing, and the number to call; null when they have not. */
  callRequest: CallRequest | null;
  /** Why their due date is after the statutory circulation date, or null when it is not. */
  lateness: string | null;
}

/** A phone number: digits, spaces, brackets, dashes and an optional leading +. */
export const PhoneSchema = z
  .string()
  .trim()
  .min(1, 'Enter a phone number')
  .max(LIMITS.phoneMax, `Phone number must be at most ${LIMITS.phoneMax} characters`)
  .regex(/^\+?[0-9 ()-]{6,}$/, 'Enter a phone number using only numbers, spaces and a + at the start');

/** "I would rather talk to someone": the participant asks to be phoned instead of writing. */
export const CallRequestSchema = z.object({
  /** The number to call. */
  phone: PhoneSchema,
  /** When suits them, in their own words (optional). */
  bestTime: z.string().trim().max(LIMITS.callNoteMax, `Must be at most ${LIMITS.callNoteMax} characters`).optional(),
});
export type CallRequestInput = z.infer<typeof CallRequestSchema>;
export interface CallRequest {
  /** ISO timestamp of the request. */
  at: string;
  phone: string;
  bestTime: string | null;
}

/** What the invitation form offers for a review: its meeting, the statutory date, the date to suggest. */
export interface InvitationDefaults {
  meetingDate: string | null;
  /** Statutory last day to circulate advice (two weeks before the meeting, R6). */
  adviceCirculatedBy: string | null;
  /** The due date the form fills in; null without a meeting. */
  suggestedDueDate: string | null;
  /** Said plainly when the statutory date has passed; null otherwise. */
  lateNotice: string | null;
}

/** Who sent a reminder: the automatic schedule (`REMINDER_SCHEDULE`) or the SENDCo's "Nudge". */
export type ReminderKind = 'automatic' | 'nudge';

/**
 * The latest reminder to a participant. `sending`: being sent now; `interrupted`: the server
 * stopped while sending, so it may or may not have gone (it is never sent twice: check the
 * outbox); otherwise what happened to the email.
 */
export interface LastReminder {
  /** ISO timestamp of the reminder. */
  at: string;
  kind: ReminderKind;
  outcome: MailStatus | 'sending' | 'interrupted';
}

/** The result of nudging a participant: their updated summary and what happened to the email. */
export interface NudgeResult {
  participant: ParticipantSummary;
  mailStatus: MailStatus;
}

/** The result of adding a participant or resending their invitation. */
export interface InvitedParticipant {
  participant: ParticipantSummary;
  /** The personal link, shown once: only its hash is stored. */
  link: string;
  /** What happened to the invitation email. */
  mailStatus: MailStatus;
  /** Why the due date is after the statutory circulation date, or null. */
  lateness: string | null;
}

/** What a participant sees behind their personal link: only their own part of one review. */
export interface ParticipantView {
  participantName: string;
  role: ParticipantRole;
  roleLabel: string;
  childFirstName: string;
  schoolName: string;
  /** The review meeting date (YYYY-MM-DD), when one is booked. */
  meetingDate: string | null;
  /** When and where the meeting is, in words (time, place, video link as far as known), when booked. */
  meetingDescription: string | null;
  /** What they are asked to contribute, in plain language. */
  asked: string;
  /** YYYY-MM-DD their contribution is needed by. */
  dueDate: string;
  /** The language their page is shown in; they can change it. */
  language: Language;
  /** Their request to be phoned instead of writing, or null. */
  callRequest: CallRequest | null;
  /** Their contribution draft: the live document to write in, and where it stands. */
  contribution: {
    docName: string;
    /** ISO timestamp of the first stored edit, or null. */
    draftStartedAt: string | null;
    /** ISO timestamp of submission, or null while it is a draft; submitted drafts are read-only. */
    submittedAt: string | null;
  };
}

/** queued: recorded in the outbox, not (yet) sent; sent: accepted by the SMTP server; failed: SMTP refused it. */
export type MailStatus = 'queued' | 'sent' | 'failed';

/** One message in the school's outbox. */
export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Someone invited to the pupil's previous review, offered again ("invite last year's people"). */
export interface PreviousInvitee {
  name: string;
  email: string;
  role: ParticipantRole;
  roleLabel: string;
}

/** The previous review's people not yet invited to this one; `reviewedOn` is that review's meeting date, if any. */
export interface PreviousInvitees {
  reviewedOn: string | null;
  people: PreviousInvitee[];
}
