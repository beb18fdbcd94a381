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
import { longDateIn, translatorFor } from './translate.ts';

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
 * The invitation in the participant's language, when it is not English: the same lines, with a
 * note that a computer translated it (the English follows it in the email).
 */
function translatedInvitation(facts: InvitationFacts, language: Language): string[] {
  const t = translatorFor(language);
  const { participant, childFirstName: child, inviterName: inviter, schoolName: school } = facts;
  return [
    t('email.machineNote'),
    '',
    t('email.dear', { name: participant.name }),
    '',
    t('email.intro', { inviter, school, child }),
    '',
    t('email.invitedAs', { role: t(`role.${participant.role}`) }),
    ...(facts.meeting ? [t('email.meetingOn', { date: longDateIn(facts.meeting.date, language) })] : []),
    '',
    t('email.asked'),
    t(`ask.${participant.role}`, { child }),
    '',
    t('email.dueBy', { date: longDateIn(participant.dueDate, language) }),
    '',
    t('email.openLink'),
    facts.link,
    '',
    t('email.noAccount'),
    '',
    t('email.questions', { inviter, school }),
    '',
    t('email.englishBelow'),
    '',
    '—'.repeat(20),
    '',
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
  const translated = language === 'en' ? [] : translatedInvitation(facts, language);
  return {
    subject: invitationSubject(childFirstName, participant.dueDate),
    text: [...translated, ...lines].filter((line) => line !== null).join('\n'),
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
