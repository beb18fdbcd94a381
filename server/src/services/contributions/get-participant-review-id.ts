import { Participant } from '../../models/index.ts';

/** The review a participant was invited to, or null for an unknown participant. */
export async function getParticipantReviewId(participantId: string): Promise<string | null> {
  const participant = await Participant.findById(participantId).select('reviewId').lean();
  return participant ? String(participant.reviewId) : null;
}
