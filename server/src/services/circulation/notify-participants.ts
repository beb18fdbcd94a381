import { Participant } from '../../models/index.ts';
import type { Mailer } from '../ports/index.ts';
import { deliverMail, longDate } from '../mail/index.ts';
import type { InvitationContext } from '../participants/index.ts';

/** What the "papers are ready" email says. */
export interface PapersNoticeFacts {
  participantName: string;
  context: Pick<InvitationContext, 'schoolName' | 'childFirstName' | 'meetingDate'>;
  version: number;
}

/**
 * The plain-language "papers are ready" email. It carries no link: only the hash of each
 * personal link is stored, and rotating links just to mail them would break the one already held.
 * Pure, so it is easy to test and preview.
 */
export function composePapersNotice(facts: PapersNoticeFacts): { subject: string; text: string } {
  const { context } = facts;
  const meeting = context.meetingDate ? ` on ${longDate(context.meetingDate)}` : '';
  const lines = [
    `Dear ${facts.participantName},`,
    '',
    facts.version > 1
      ? `${context.schoolName} has shared a new set of papers for ${context.childFirstName}’s annual review meeting${meeting}. It replaces the set sent before.`
      : `${context.schoolName} has shared the papers for ${context.childFirstName}’s annual review meeting${meeting}.`,
    '',
    'The papers are what everyone has written for the review. To read them, open the link in your first email from the school (the invitation). The papers are on the same page where you wrote your views.',
    '',
    'To keep your page safe, this email does not have your link in it. If you cannot find the link, ask the school to send it again.',
  ];
  return { subject: `${context.childFirstName}’s annual review: the papers for the meeting are ready`, text: lines.join('\n') };
}

/**
 * Tells every participant whose link still works that the papers are ready (recorded in the
 * outbox; sent when SMTP is configured). Never fails the circulation for a mail error.
 * @returns how many participants were told.
 */
export async function notifyPapersCirculated(
  mailer: Mailer,
  review: { id: string; schoolId: string },
  context: PapersNoticeFacts['context'],
  version: number,
  now = new Date(),
): Promise<number> {
  const participants = await Participant.find({ reviewId: review.id, revokedAt: null, expiresAt: { $gt: now } })
    .sort({ _id: 1 })
    .lean();
  for (const participant of participants) {
    const { subject, text } = composePapersNotice({ participantName: participant.name, context, version });
    await deliverMail(mailer, review.schoolId, { to: participant.email, subject, text });
  }
  return participants.length;
}
