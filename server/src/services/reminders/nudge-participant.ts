import { nudgeReminderKey, type NudgeResult } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { conflict, notFound } from '../../errors/index.ts';
import { Contribution, Participant } from '../../models/index.ts';
import { loadInvitationContext, loadLastReminders, presentParticipant } from '../participants/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { principalActor } from '../audit/index.ts';
import { sendReminder } from './send-reminder.ts';
import type { ReminderDeps } from './reminder-deps.ts';

/**
 * The SENDCo's "Nudge": emails a participant a reminder now, at most once a day (England), so a
 * double click or a retried request sends one email. The reminder says what is asked, by when,
 * and where their link is, like the automatic ones.
 * @throws AppError participant_not_found (404); review_finalised, contribution_submitted,
 * participant_link_unavailable (withdrawn or expired link) or already_reminded (409).
 */
export async function nudgeParticipant(
  deps: ReminderDeps,
  review: ReviewFacts,
  participantId: string,
  staff: StaffPrincipal,
  now = new Date(),
): Promise<NudgeResult> {
  const participant = await Participant.findOne({ _id: participantId, reviewId: review.id }).lean();
  if (!participant) throw notFound('participant', 'participant_not_found');
  if (review.status === 'finalised') throw conflict('review_finalised', 'This review is finalised: contributions are closed.');
  const contribution = await Contribution.findOne({ participantId }).lean();
  if (contribution?.submittedAt)
    throw conflict('contribution_submitted', `${participant.name} has already sent their contribution.`);
  if (participant.revokedAt || participant.expiresAt <= now)
    throw conflict('participant_link_unavailable', `${participant.name}’s link no longer works. Send them a new link instead.`);

  const today = deps.today();
  const mailStatus = await sendReminder(
    deps.mailer,
    {
      participant,
      context: await loadInvitationContext(review.id, today),
      key: nudgeReminderKey(today),
      kind: 'nudge',
      actor: principalActor(staff),
      contactName: staff.name,
      hasDraft: Boolean(contribution?.draftStartedAt),
      today,
    },
    now,
  );
  if (mailStatus === null)
    throw conflict('already_reminded', `${participant.name} was already nudged today. You can nudge them again tomorrow.`);
  const reminders = await loadLastReminders({ participantId }, now);
  return {
    participant: presentParticipant(participant, now, contribution, reminders.get(participantId) ?? null),
    mailStatus,
  };
}
