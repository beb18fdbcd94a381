import type { Language, MailStatus, ParticipantRole, ReminderKind } from '@ehcp/shared';
import { Reminder } from '../../models/index.ts';
import { recordAuditEvent, type AuditActor } from '../audit/index.ts';
import { todayInEngland } from '../clock.ts';
import type { Mailer } from '../ports/index.ts';
import { deliverMail } from '../mail/index.ts';
import type { InvitationContext } from '../participants/index.ts';
import { composeReminder } from './compose-reminder.ts';

/** One reminder to send to one participant. */
export interface ReminderJob {
  participant: {
    _id: unknown;
    reviewId: unknown;
    schoolId: unknown;
    name: string;
    email: string;
    role: string;
    dueDate: string;
    invitedAt: Date;
    /** What they read; older rows have none (English). */
    language?: string | null;
  };
  context: InvitationContext;
  /** A `REMINDER_SCHEDULE` key or a nudge key: each is sent at most once per participant. */
  key: string;
  kind: ReminderKind;
  /** Who reminds: the staff member who nudged, or the system. */
  actor: AuditActor;
  /** Who the participant should contact at the school. */
  contactName: string;
  hasDraft: boolean;
  today: string;
}

/**
 * Claims, sends and records one reminder; returns what happened to the email, or null when the
 * reminder was already claimed (by another process, an earlier sweep, or a double click). The
 * insert is the claim (unique `{participantId, key}`); the outcome is stored after sending, so a
 * crash in between leaves a claim without an outcome, which is never sent again (decision 22).
 */
export async function sendReminder(mailer: Mailer, job: ReminderJob, now = new Date()): Promise<MailStatus | null> {
  const { participant } = job;
  const participantId = String(participant._id);
  const reviewId = String(participant.reviewId);
  const schoolId = String(participant.schoolId);
  // Composed before the claim: a reminder that cannot be written is not marked as sent.
  const { subject, text } = composeReminder({
    schoolName: job.context.schoolName,
    contactName: job.contactName,
    childFirstName: job.context.childFirstName,
    participant: {
      name: participant.name,
      role: participant.role as ParticipantRole,
      dueDate: participant.dueDate,
      language: (participant.language ?? 'en') as Language,
    },
    meeting: job.context.meeting,
    invitedOn: todayInEngland(participant.invitedAt),
    hasDraft: job.hasDraft,
    today: job.today,
  });
  let claim;
  try {
    claim = await Reminder.create({
      participantId,
      reviewId,
      schoolId,
      key: job.key,
      kind: job.kind,
      dueDate: participant.dueDate,
      requestedBy: job.actor.kind === 'staff' ? job.actor.id : null,
      claimedAt: now,
    });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return null;
    throw error;
  }
  const mailStatus = await deliverMail(mailer, schoolId, { to: participant.email, subject, text });
  await Reminder.updateOne({ _id: claim._id }, { $set: { mailStatus, completedAt: new Date() } });
  await recordAuditEvent({
    schoolId,
    action: 'participant.reminded',
    actor: job.actor,
    target: { kind: 'participant', id: participantId },
    details: {
      reviewId,
      participant: participant.name,
      kind: job.kind,
      reminder: job.key,
      dueDate: participant.dueDate,
      mail: mailStatus,
    },
    at: now,
  });
  return mailStatus;
}
