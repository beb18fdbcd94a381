import type { ParticipantSummary } from '@ehcp/shared';
import { Participant } from '../../models/index.ts';
import { presentParticipant } from './invitation-context.ts';

/** A review's participants in the order they were invited, with where each invitation stands. */
export async function listParticipants(reviewId: string, now = new Date()): Promise<ParticipantSummary[]> {
  const docs = await Participant.find({ reviewId }).sort({ _id: 1 }).lean();
  return docs.map((doc) => presentParticipant(doc, now));
}
