import type { Language, MeetingDetails, ParticipantRole } from '@ehcp/shared';
import { invitationSubject, subjectIn, writeInLanguageThenEnglish, type MailWriter } from '../mail/index.ts';

/** Everything a reminder says. */
export interface ReminderFacts {
  schoolName: string;
  /** Who at the school to contact: the SENDCo who nudged, or who sent the invitation. */
  contactName: string;
  childFirstName: string;
  /** `language`: what they read (their page's language); English when not given. */
  participant: { name: string; role: ParticipantRole; dueDate: string; language?: Language };
  /** When and where the review meeting is, when booked. */
  meeting: MeetingDetails | null;
  /** The day their current invitation (and link) was emailed (YYYY-MM-DD). */
  invitedOn: string;
  /** Whether they have a saved draft. */
  hasDraft: boolean;
  /** Today in England (YYYY-MM-DD): decides "is needed by" or "was needed by". */
  today: string;
}

/** The reminder's lines in one language (`reminder.*` and the invitation's `email.*` in the locale files). */
function reminderLines(facts: ReminderFacts, w: MailWriter): (string | null)[] {
  const { t, typed } = w;
  const { participant } = facts;
  const [child, school, contact] = [facts.childFirstName, facts.schoolName, facts.contactName].map(typed);
  const due = w.date(participant.dueDate);
  return [
    t('email.dear', { name: typed(participant.name) }),
    '',
    t('reminder.intro', { school, child }),
    '',
    t('email.invitedAs', { role: t(`role.${participant.role}`) }),
    facts.meeting ? t('email.meetingOn', { date: w.meeting(facts.meeting) }) : null,
    '',
    t('email.asked'),
    t(`ask.${participant.role}`, { child }),
    '',
    facts.today > participant.dueDate ? t('reminder.overdue', { date: due, contact }) : t('email.dueBy', { date: due }),
    facts.hasDraft ? t('reminder.draftSaved') : null,
    '',
    // The invitation's subject is quoted as it was sent (in English), so that they can search for it.
    t('reminder.whereLink', {
      date: w.date(facts.invitedOn),
      subject: typed(invitationSubject(facts.childFirstName, participant.dueDate)),
    }),
    '',
    t('reminder.lostLink', { contact, school }),
  ];
}

/**
 * The plain-language subject and body of a reminder, in the participant's language (then in
 * English, like the invitation): what is asked, by which date, and where their personal link is.
 * The link itself is not repeated: only its hash is stored, and issuing a new one would stop the
 * link they may already be using (decision 22).
 */
export function composeReminder(facts: ReminderFacts): { subject: string; text: string } {
  const { participant } = facts;
  const language = participant.language ?? 'en';
  const isOverdue = facts.today > participant.dueDate;
  return {
    subject: subjectIn(language, (w) =>
      w.t(isOverdue ? 'reminder.subjectOverdue' : 'reminder.subject', {
        child: w.typed(facts.childFirstName),
        date: w.date(participant.dueDate),
      }),
    ),
    text: writeInLanguageThenEnglish(language, (w) => reminderLines(facts, w)),
  };
}
