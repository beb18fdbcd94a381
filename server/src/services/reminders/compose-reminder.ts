import type { MeetingDetails, ParticipantRole } from '@ehcp/shared';
import { askedLines, invitationSubject, longDate } from '../mail/index.ts';

/** Everything a reminder says. */
export interface ReminderFacts {
  schoolName: string;
  /** Who at the school to contact: the SENDCo who nudged, or who sent the invitation. */
  contactName: string;
  childFirstName: string;
  participant: { name: string; role: ParticipantRole; dueDate: string };
  /** When and where the review meeting is, when booked. */
  meeting: MeetingDetails | null;
  /** The day their current invitation (and link) was emailed (YYYY-MM-DD). */
  invitedOn: string;
  /** Whether they have a saved draft. */
  hasDraft: boolean;
  /** Today in England (YYYY-MM-DD): decides "is needed by" or "was needed by". */
  today: string;
}

/**
 * The plain-language subject and body of a reminder: what is asked, by which date, and where
 * their personal link is. The link itself is not repeated: only its hash is stored, and issuing
 * a new one would stop the link they may already be using (decision 22).
 */
export function composeReminder(facts: ReminderFacts): { subject: string; text: string } {
  const { participant, childFirstName, schoolName, contactName } = facts;
  const due = longDate(participant.dueDate);
  const isOverdue = facts.today > participant.dueDate;
  const lines = [
    `Dear ${participant.name},`,
    '',
    `This is a reminder from ${schoolName} about ${childFirstName}’s annual review of their education, health and care plan (EHCP). We have not received your contribution yet.`,
    '',
    ...askedLines(facts),
    '',
    isOverdue
      ? `It was needed by ${due}. Please send it as soon as you can, or tell ${contactName} if you cannot.`
      : `Please send it by ${due}.`,
    facts.hasDraft ? 'Your draft is saved: open your link to finish it and send it.' : null,
    '',
    `Your personal link is in the invitation we emailed you on ${longDate(facts.invitedOn)}, with the subject “${invitationSubject(childFirstName, participant.dueDate)}”. You do not need an account or a password.`,
    '',
    `If you cannot find that email, contact ${contactName} at ${schoolName}, who can send you a new link.`,
  ];
  return {
    subject: isOverdue
      ? `${childFirstName}’s annual review: your contribution was needed by ${due}`
      : `Reminder: ${childFirstName}’s annual review: your contribution is needed by ${due}`,
    text: lines.filter((line) => line !== null).join('\n'),
  };
}
