import type { Language, MailStatus, ParticipantRole } from '@ehcp/shared';
import type { StaffPrincipal } from '../../auth/index.ts';
import { sendInvitation } from '../mail/index.ts';
import type { ReviewFacts } from '../reviews/index.ts';
import { participantLink, type InvitationContext, type ParticipantDeps } from './invitation-context.ts';

/** Emails a participant their personal link for `token`; used by adding and resending. */
export async function emailInvitation(
  deps: ParticipantDeps,
  review: ReviewFacts,
  context: InvitationContext,
  staff: StaffPrincipal,
  participant: { name: string; email: string; role: ParticipantRole; dueDate: string; language?: Language | string | null },
  token: string,
): Promise<{ link: string; mailStatus: MailStatus }> {
  const link = participantLink(deps.publicUrl, token);
  const mailStatus = await sendInvitation(
    deps.mailer,
    {
      schoolId: review.schoolId,
      schoolName: context.schoolName,
      inviterName: staff.name,
      childFirstName: context.childFirstName,
      participant: { ...participant, language: (participant.language ?? 'en') as Language },
      meeting: context.meeting,
      link,
    },
    deps.outboxSecret,
  );
  return { link, mailStatus };
}
