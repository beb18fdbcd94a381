import type { ParticipantSummary } from '@ehcp/shared';
import { Contribution, Participant } from '../../models/index.ts';
import { presentParticipant } from './invitation-context.ts';
import { loadLastReminders } from './last-reminder.ts';

/**
 * A review's participants in the order they were invited, with where each stands for the
 * tracker: invited, opened, drafting, submitted, overdue, withdrawn or expired, and the last
 * reminder each was sent.
 */
export async function listParticipants(reviewId: string, now = new Date()): Promise<ParticipantSummary[]> {
  const [docs, contributions, reminders] = await Promise.all([
    Participant.find({ reviewId }).sort({ _id: 1 }).lean(),
    Contribution.find({ reviewId }).lean(),
    loadLastReminders({ reviewId }, now),
  ]);
  const byParticipant = new Map(contributions.map((contribution) => [String(contribution.participantId), contribution]));
  return docs.map((doc) =>
    presentParticipant(doc, now, byParticipant.get(String(doc._id)) ?? null, reminders.get(String(doc._id)) ?? null),
  );
}
