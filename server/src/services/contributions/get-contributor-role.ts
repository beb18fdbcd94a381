import type { ParticipantRole } from '@ehcp/shared';
import { Participant } from '../../models/index.ts';

/** The role a participant was invited with, or null for an unknown participant. */
export async function getContributorRole(participantId: string): Promise<ParticipantRole | null> {
  const participant = await Participant.findById(participantId).lean();
  return (participant?.role as ParticipantRole | undefined) ?? null;
}

/** The review a participant was invited to, or null for an unknown participant. */
export async function getParticipantReviewId(participantId: string): Promise<string | null> {
  const participant = await Participant.findById(participantId).select('reviewId').lean();
  return participant ? String(participant.reviewId) : null;
}
