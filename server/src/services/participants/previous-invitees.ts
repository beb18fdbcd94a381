import { PARTICIPANT_ROLE_LABELS, type ParticipantRole, type PreviousInvitees } from '@ehcp/shared';
import { Participant, Review } from '../../models/index.ts';

/**
 * The people invited to the pupil's previous review (the latest one created before this one)
 * who are not yet invited to this one, by email, in the order they were invited then. Links
 * withdrawn then are left out: someone removed last year is not offered again.
 */
export async function listPreviousInvitees(review: { id: string; pupilId: string }): Promise<PreviousInvitees> {
  const previous = await Review.findOne({ pupilId: review.pupilId, _id: { $lt: review.id } }, { meetingDate: 1 })
    .sort({ _id: -1 })
    .lean();
  if (!previous) return { reviewedOn: null, people: [] };
  const [then, now] = await Promise.all([
    Participant.find({ reviewId: previous._id, revokedAt: null }, { name: 1, email: 1, role: 1 }).sort({ _id: 1 }).lean(),
    Participant.find({ reviewId: review.id }, { email: 1 }).lean(),
  ]);
  const invited = new Set(now.map(({ email }) => email.toLowerCase()));
  return {
    reviewedOn: previous.meetingDate ?? null,
    people: then
      .filter(({ email }) => !invited.has(email.toLowerCase()))
      .map(({ name, email, role }) => ({
        name,
        email,
        role: role as ParticipantRole,
        roleLabel: PARTICIPANT_ROLE_LABELS[role as ParticipantRole],
      })),
  };
}
