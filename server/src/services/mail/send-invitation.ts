import {
  askFor,
  describeMeeting,
  longDate,
  PARTICIPANT_ROLE_LABELS,
  type Language,
  type MailStatus,
  type MeetingDetails,
  type ParticipantRole,
} from '@ehcp/shared';
import { deliverMail } from './deliver-mail.ts';
import type { Mailer } from '../ports/index.ts';
import { mailWriterFor, translatedThenEnglish, type MailWriter } from './mail-writer.ts';

/** Everything an invitation says. */
export interface InvitationFacts {
  schoolId: string;
  schoolName: string;
  inviterName: string;
  childFirstName: string;
  participant: { name: string; email: string; role: ParticipantRole; dueDate: string; language?: Language };
  /** When and where the review meeting is, when booked. */
  meeting: MeetingDetails | null;
  /** The personal link with its token. */
  link: string;
}

export { longDate };

/** The subject of an invitation; reminders quote it so the participant can find the email. */
export const invitationSubject = (childFirstName: string, dueDate: string) =>
  `${childFirstName}’s annual review: your contribution is needed by ${longDate(dueDate)}`;

/** The lines of an invitation or reminder that say what they are invited as and what is asked. */
export function askedLines(facts: {
  participant: { role: ParticipantRole };
  childFirstName: string;
  meeting: MeetingDetails | null;
}): (string | null)[] {
  return [
    `You are invited as: ${PARTICIPANT_ROLE_LABELS[facts.participant.role]}.`,
    facts.meeting ? `The review meeting is on ${describeMeeting(facts.meeting)}.` : null,
    '',
    'What we are asking you for:',
    askFor(facts.participant.role, facts.childFirstName),
  ];
}

/**
 * The invitation in the participant's language, when it is not English: the same lines (the
 * English follows them in the email, after the note that a computer translated it).
 */
function translatedInvitation(facts: InvitationFacts, w: MailWriter): string[] {
  const { t, typed } = w;
  const { participant } = facts;
  const [child, inviter, school] = [facts.childFirstName, facts.inviterName, facts.schoolName].map(typed);
  return [
    t('email.dear', { name: typed(participant.name) }),
    '',
    t('email.intro', { inviter, school, child }),
    '',
    t('email.invitedAs', { role: t(`role.${participant.role}`) }),
    ...(facts.meeting ? [t('email.meetingOn', { date: w.meeting(facts.meeting) })] : []),
    '',
    t('email.asked'),
    t(`ask.${participant.role}`, { child }),
    '',
    t('email.dueBy', { date: w.date(participant.dueDate) }),
    '',
    t('email.openLink'),
    facts.link,
    '',
    t('email.noAccount'),
    '',
    t('email.questions', { inviter, school }),
  ];
}

/**
 * The plain-language subject and body of an invitation; in the participant's language first
 * (then in English) when they read another. Pure, so it is easy to test and preview.
 */
export function composeInvitation(facts: InvitationFacts): { subject: string; text: string } {
  const { participant, childFirstName } = facts;
  const due = longDate(participant.dueDate);
  const lines = [
    `Dear ${participant.name},`,
    '',
    `${facts.inviterName} at ${facts.schoolName} is asking for your help with ${childFirstName}’s annual review of their education, health and care plan (EHCP).`,
    '',
    ...askedLines(facts),
    '',
    `Please send it by ${due}.`,
    '',
    'Open your personal link to see what is asked and respond:',
    facts.link,
    '',
    'You do not need an account or a password. The link is for you only: please do not forward it. It stops working some weeks after the date above, or sooner if the school withdraws it.',
    '',
    `If you have questions, contact ${facts.inviterName} at ${facts.schoolName}.`,
  ];
  const language = participant.language ?? 'en';
  const translated = language === 'en' ? [] : translatedInvitation(facts, mailWriterFor(language));
  return {
    subject: invitationSubject(childFirstName, participant.dueDate),
    text: translatedThenEnglish(language, translated, lines),
  };
}

/**
 * Emails a participant their invitation (recorded in the outbox with the link encrypted under
 * `outboxSecret`; sent when SMTP is configured).
 */
export async function sendInvitation(mailer: Mailer, facts: InvitationFacts, outboxSecret: string): Promise<MailStatus> {
  const { subject, text } = composeInvitation(facts);
  return deliverMail(mailer, facts.schoolId, { to: facts.participant.email, subject, text, links: [facts.link] }, outboxSecret);
}
