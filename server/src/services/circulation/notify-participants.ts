import type { Language } from '@ehcp/shared';
import { Participant } from '../../models/index.ts';
import type { Mailer } from '../ports/index.ts';
import { deliverMail, subjectIn, writeInLanguageThenEnglish, type MailWriter } from '../mail/index.ts';
import type { InvitationContext } from '../participants/index.ts';

/** What the "papers are ready" email says. */
export interface PapersNoticeFacts {
  participantName: string;
  /** What they read (their page's language); English when not given. */
  language?: Language;
  context: Pick<InvitationContext, 'schoolName' | 'childFirstName' | 'meetingDate'>;
  version: number;
}

/** The notice's lines in one language (`papersEmail.*` in the locale files). */
function papersNoticeLines(facts: PapersNoticeFacts, w: MailWriter): string[] {
  const { t, typed } = w;
  const { context } = facts;
  const [school, child] = [context.schoolName, context.childFirstName].map(typed);
  const key = `papersEmail.${facts.version > 1 ? 'sharedAgain' : 'shared'}${context.meetingDate ? 'On' : ''}`;
  return [
    t('email.dear', { name: typed(facts.participantName) }),
    '',
    t(key, { school, child, ...(context.meetingDate ? { date: w.date(context.meetingDate) } : {}) }),
    '',
    t('papersEmail.whatPapers'),
    '',
    t('papersEmail.noLink'),
  ];
}

/**
 * The plain-language "papers are ready" email, in the participant's language (then in English,
 * like the invitation). It carries no link: only the hash of each personal link is stored, and
 * rotating links just to mail them would break the one already held. Pure, so it is easy to test
 * and preview.
 */
export function composePapersNotice(facts: PapersNoticeFacts): { subject: string; text: string } {
  const language = facts.language ?? 'en';
  return {
    subject: subjectIn(language, (w) => w.t('papersEmail.subject', { child: w.typed(facts.context.childFirstName) })),
    text: writeInLanguageThenEnglish(language, (w) => papersNoticeLines(facts, w)),
  };
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
    const { subject, text } = composePapersNotice({
      participantName: participant.name,
      language: (participant.language ?? 'en') as Language,
      context,
      version,
    });
    await deliverMail(mailer, review.schoolId, { to: participant.email, subject, text });
  }
  return participants.length;
}
