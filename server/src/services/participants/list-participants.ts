import type { InvitationDefaults, ParticipantSummary } from '@ehcp/shared';
import { Contribution, Participant } from '../../models/index.ts';
import { invitationDefaults } from './due-date.ts';
import { loadInvitationContext, presentParticipant } from './invitation-context.ts';
import { loadLastReminders } from './last-reminder.ts';

/**
 * A review's participants in the order they were invited, with where each stands for the
 * tracker: invited, opened, drafting, submitted, overdue, withdrawn or expired, and the last
 * reminder each was sent.
 */
export async function listParticipants(
  reviewId: string,
  today: string,
  now = new Date(),
): Promise<{ participants: ParticipantSummary[]; invitation: InvitationDefaults }> {
  const [docs, contributions, reminders, context] = await Promise.all([
    Participant.find({ reviewId }).sort({ _id: 1 }).lean(),
    Contribution.find({ reviewId }).lean(),
    loadLastReminders({ reviewId }, now),
    loadInvitationContext(reviewId, today),
  ]);
  const byParticipant = new Map(contributions.map((contribution) => [String(contribution.participantId), contribution]));
  const participants = docs.map((doc) =>
    presentParticipant(doc, now, byParticipant.get(String(doc._id)) ?? null, reminders.get(String(doc._id)) ?? null, context),
  );
  return { participants, invitation: invitationDefaults(context, today) };
}
