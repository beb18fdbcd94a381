import type { DomainEventBus } from '../../events/index.ts';
import {
  LIMITS,
  type CallRequest,
  type Language,
  type LastReminder,
  type ParticipantStatus,
  type ParticipantSummary,
  PARTICIPANT_ROLE_LABELS,
  type ParticipantRole,
  type MeetingDetails,
} from '@ehcp/shared';
import { computeTimeline } from '@ehcp/shared/deadlines';
import { notFound } from '../../errors/index.ts';
import { Pupil, Review, School } from '../../models/index.ts';
import { meetingDetailsOf, timelineInputFor } from '../review-cycle/index.ts';
import { todayInEngland } from '../clock.ts';
import type { Mailer } from '../ports/index.ts';
import { latenessOf } from './due-date.ts';

/** What the participant use cases need besides the database. */
export interface ParticipantDeps {
  mailer: Mailer;
  /** Base URL of links in emails, without a trailing slash. */
  publicUrl: string;
  /** Today's date in England (YYYY-MM-DD). */
  today: () => string;
  /** Domain events: a re-sent link ends the old link's open connections. */
  events: DomainEventBus;
  /** Secret the outbox's link-encryption key comes from (OUTBOX_SECRET). */
  outboxSecret: string;
}

/** The facts of a review that invitations and participant pages show. */
export interface InvitationContext {
  schoolName: string;
  childFirstName: string;
  meetingDate: string | null;
  /** When and where the meeting is, when booked. */
  meeting: MeetingDetails | null;
  /** Statutory date to circulate advice (two weeks before the meeting), when a meeting is booked. */
  adviceCirculatedBy: string | null;
}

/** Loads the school, child and meeting facts of a review for invitations. */
export async function loadInvitationContext(reviewId: string, asOf: string): Promise<InvitationContext> {
  const review = await Review.findById(reviewId).lean();
  if (!review) throw notFound('review', 'review_not_found');
  const [pupil, school] = await Promise.all([Pupil.findById(review.pupilId).lean(), School.findById(review.schoolId).lean()]);
  if (!pupil || !school) throw notFound('review', 'review_not_found');
  const meetingDate = review.meetingDate ?? null;
  const timeline = meetingDate
    ? computeTimeline(
        timelineInputFor(pupil, asOf, {
          meetingDate,
          decision: null,
          decisionNotifiedDate: null,
          proposedAmendmentsSentDate: null,
        }),
      )
    : null;
  return {
    schoolName: school.name,
    childFirstName: pupil.name.trim().split(/\s+/)[0] ?? pupil.name,
    meetingDate,
    meeting: meetingDetailsOf(review),
    adviceCirculatedBy: timeline?.adviceCirculatedBy ?? null,
  };
}

/** When a link for a contribution due on `dueDate` stops working. */
export function linkExpiry(dueDate: string): Date {
  const [y, m, d] = dueDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1 + LIMITS.participantLinkDaysAfterDue));
}

/** The personal link for a token. */
export const participantLink = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/p/${token}`;

/**
 * Where a participant stands, for the SENDCo's tracker. A submitted contribution wins; then a
 * withdrawn or expired link; then overdue (not submitted and the due date, in England, has
 * passed); then drafting (an edit was stored), opened, invited.
 */
export function participantStatus(
  doc: { dueDate: string; openedAt?: Date | null; revokedAt?: Date | null; expiresAt: Date },
  contribution: { draftStartedAt?: Date | null; submittedAt?: Date | null } | null,
  now: Date,
): ParticipantStatus {
  if (contribution?.submittedAt) return 'submitted';
  if (doc.revokedAt) return 'revoked';
  if (doc.expiresAt <= now) return 'expired';
  if (todayInEngland(now) > doc.dueDate) return 'overdue';
  if (contribution?.draftStartedAt) return 'drafting';
  return doc.openedAt ? 'opened' : 'invited';
}

/** A stored participant as the SENDCo sees it. */
export function presentParticipant(
  doc: {
    _id: unknown;
    name: string;
    email: string;
    role: string;
    dueDate: string;
    invitedAt: Date;
    openedAt?: Date | null;
    revokedAt?: Date | null;
    expiresAt: Date;
    language?: string | null;
    callRequest?: { at: Date; phone: string; bestTime?: string | null } | null;
  },
  now = new Date(),
  contribution: { draftStartedAt?: Date | null; submittedAt?: Date | null; language?: string | null } | null = null,
  lastReminder: LastReminder | null = null,
  circulation: { meetingDate: string | null; adviceCirculatedBy: string | null } | null = null,
): ParticipantSummary {
  const role = doc.role as ParticipantRole;
  return {
    id: String(doc._id),
    name: doc.name,
    email: doc.email,
    role,
    roleLabel: PARTICIPANT_ROLE_LABELS[role],
    status: participantStatus(doc, contribution, now),
    dueDate: doc.dueDate,
    invitedAt: doc.invitedAt.toISOString(),
    openedAt: doc.openedAt ? doc.openedAt.toISOString() : null,
    expiresAt: doc.expiresAt.toISOString(),
    lastReminder,
    language: (doc.language ?? 'en') as Language,
    contributionLanguage: contribution?.submittedAt ? ((contribution.language ?? 'en') as Language) : null,
    callRequest: presentCallRequest(doc.callRequest),
    lateness: circulation ? latenessOf(doc.dueDate, circulation) : null,
  };
}

/** A stored "please phone me" request as the API shows it. */
export function presentCallRequest(
  stored: { at: Date; phone: string; bestTime?: string | null } | null | undefined,
): CallRequest | null {
  return stored ? { at: stored.at.toISOString(), phone: stored.phone, bestTime: stored.bestTime ?? null } : null;
}
