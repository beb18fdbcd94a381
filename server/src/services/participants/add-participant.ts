import { LIMITS, type AddParticipantRequest, type InvitedParticipant } from '@ehcp/shared';
import { createToken, hashToken, type StaffPrincipal } from '../../auth/index.ts';
import { conflict } from '../../errors/index.ts';
import { Participant } from '../../models/index.ts';
import { rememberInvitee } from '../address-book/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { emailInvitation } from './email-invitation.ts';
import { latenessOf, resolveDueDate } from './due-date.ts';
import { linkExpiry, loadInvitationContext, presentParticipant, type ParticipantDeps } from './invitation-context.ts';
import { recordParticipantEvent } from './record-participant-event.ts';

/**
 * Adds a participant to a review and emails them a personal link (token stored only as a hash).
 * Adding the same email twice to one review is refused by a unique index, so a retried request
 * cannot invite someone twice; resend the invitation instead.
 * Any due date from today on is accepted; one after the statutory circulation date comes back
 * with a warning (`lateness`), not a refusal: late reviews are the normal case.
 * Everyone but a parent, carer or young person is kept in the school's address book.
 * @throws AppError validation_failed for a past due date or none; conflict when already invited or the review is full.
 */
export async function addParticipant(
  deps: ParticipantDeps,
  review: ReviewFacts,
  input: AddParticipantRequest,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<InvitedParticipant> {
  const context = await loadInvitationContext(review.id, deps.today());
  const dueDate = resolveDueDate(input.dueDate, context, deps.today());
  if ((await Participant.countDocuments({ reviewId: review.id })) >= LIMITS.participantsPerReviewMax)
    throw conflict('conflict', `A review can have at most ${LIMITS.participantsPerReviewMax} participants.`);
  const token = createToken();
  let participant;
  try {
    participant = await Participant.create({
      reviewId: review.id,
      schoolId: review.schoolId,
      name: input.name,
      email: input.email,
      role: input.role,
      dueDate,
      tokenHash: hashToken(token),
      expiresAt: linkExpiry(dueDate),
      invitedAt: now,
      invitedBy: staff.userId,
      language: input.language ?? 'en',
    });
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      throw conflict('conflict', `${input.email} is already a participant in this review. Resend their invitation instead.`);
    throw error;
  }
  await recordParticipantEvent('participant.added', staff, review, String(participant._id), {
    participant: input.name,
    role: input.role,
    dueDate,
  });
  await rememberInvitee(staff, input, { reviewId: review.id, schoolName: context.schoolName }, now);
  const { link, mailStatus } = await emailInvitation(deps, review, context, staff, { ...input, dueDate }, token);
  return {
    participant: presentParticipant(participant, now, null, null, context),
    link,
    mailStatus,
    lateness: latenessOf(dueDate, context),
  };
}
