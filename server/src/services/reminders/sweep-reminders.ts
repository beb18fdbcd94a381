import { scheduledReminderDue } from '@ehcp/shared';
import { Contribution, Outcome, Participant, Reminder, Review, User } from '../../models/index.ts';
import type { AuditActor } from '../audit/index.ts';
import { todayInEngland } from '../clock.ts';
import type { Mailer } from '../ports/index.ts';
import { loadInvitationContext, type InvitationContext } from '../participants/index.ts';
import { sendReminder } from './send-reminder.ts';

/** What one sweep did. */
export interface ReminderSweepResult {
  /** Reminders this sweep claimed and sent (or left in the outbox). */
  sent: number;
  /** Reminders that failed with an error; the others were still sent. */
  failures: { participantId: string; error: unknown }[];
}

const SYSTEM: AuditActor = { kind: 'system', id: null, name: 'Automatic reminder' };
const ids = (docs: { _id: unknown }[]) => docs.map((doc) => String(doc._id));

/** Open reviews with a meeting booked from `today` on and not yet held, finalised ones excluded. */
async function reviewsTakingContributions(today: string): Promise<string[]> {
  const reviews = ids(
    await Review.find({ status: 'open', meetingHeld: false, meetingDate: { $gte: today } })
      .select('_id')
      .lean(),
  );
  const outcomes = await Outcome.find({ reviewId: { $in: reviews } })
    .select('reviewId')
    .lean();
  const finalised = new Set(outcomes.map((outcome) => String(outcome.reviewId)));
  return reviews.filter((id) => !finalised.has(id));
}

/**
 * Sends every automatic reminder due `today` (`REMINDER_SCHEDULE`): to participants who have not
 * submitted, whose link is live (not withdrawn or expired; removed ones no longer exist), of open
 * reviews with a meeting booked. Safe to run from several processes at once and again after a
 * restart: each reminder is claimed by a unique insert before it is sent, so it goes once.
 */
export async function sweepReminders(mailer: Mailer, today: string, now = new Date()): Promise<ReminderSweepResult> {
  const participants = await Participant.find({
    reviewId: { $in: await reviewsTakingContributions(today) },
    revokedAt: null,
    expiresAt: { $gt: now },
  }).lean();
  const contributions = await Contribution.find({ participantId: { $in: ids(participants) } }).lean();
  const byParticipant = new Map(contributions.map((contribution) => [String(contribution.participantId), contribution]));
  const scheduled = participants.flatMap((participant) => {
    if (byParticipant.get(String(participant._id))?.submittedAt) return [];
    const entry = scheduledReminderDue(participant.dueDate, todayInEngland(participant.invitedAt), today);
    return entry ? [{ participant, key: entry.key }] : [];
  });
  // Skips the ones already claimed without trying (the unique insert still decides any race).
  const claimed = await Reminder.find({ participantId: { $in: scheduled.map((job) => job.participant._id) } })
    .select('participantId key')
    .lean();
  const claimedKeys = new Set(claimed.map((row) => `${String(row.participantId)}:${row.key}`));
  const due = scheduled.filter((job) => !claimedKeys.has(`${String(job.participant._id)}:${job.key}`));

  const contexts = new Map<string, Promise<InvitationContext>>();
  const contacts = new Map<string, Promise<string>>();
  // Loaded once per review and per inviter, and awaited one after the other below: a stored
  // promise that rejects while another is awaited must not become an unhandled rejection (which
  // stops the process), so each gets a handler at once; awaiting it still sees the error.
  const remember = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) => {
    if (map.has(key)) return;
    const loading = load();
    loading.catch(() => undefined);
    map.set(key, loading);
  };
  const result: ReminderSweepResult = { sent: 0, failures: [] };
  for (const { participant, key } of due) {
    const reviewId = String(participant.reviewId);
    const inviterId = String(participant.invitedBy);
    try {
      remember(contexts, reviewId, () => loadInvitationContext(reviewId, today));
      remember(contacts, inviterId, async () => {
        const user = await User.findById(inviterId).select('name').lean();
        return user?.name ?? 'the school’s SENDCo';
      });
      const status = await sendReminder(
        mailer,
        {
          participant,
          context: await contexts.get(reviewId)!,
          key,
          kind: 'automatic',
          actor: SYSTEM,
          contactName: await contacts.get(inviterId)!,
          hasDraft: Boolean(byParticipant.get(String(participant._id))?.draftStartedAt),
          today,
        },
        now,
      );
      if (status !== null) result.sent += 1;
    } catch (error) {
      result.failures.push({ participantId: String(participant._id), error });
    }
  }
  return result;
}
