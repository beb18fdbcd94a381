import { Contribution, Participant } from '../../models/index.ts';

/**
 * Records that a participant has started drafting (their first stored edit). Idempotent: a
 * conditional upsert, so repeated or concurrent calls change nothing after the first.
 */
export async function recordDraftActivity(participantId: string, now = new Date()): Promise<void> {
  const participant = await Participant.findById(participantId).lean();
  if (!participant) return;
  try {
    await Contribution.updateOne(
      { participantId },
      { $setOnInsert: { participantId, reviewId: participant.reviewId, schoolId: participant.schoolId, draftStartedAt: now } },
      { upsert: true },
    );
  } catch (error) {
    // A concurrent upsert (another edit, or the submission) created the row first: nothing to do.
    if ((error as { code?: number }).code !== 11000) throw error;
  }
}
