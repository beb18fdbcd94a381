import type { TFunction } from 'i18next';
import { meetingEndTime, type Language, type MeetingDetails } from '@ehcp/shared';
import { directedLine, isolated } from './plain-text-direction.ts';
import { longDateIn, translatorFor } from './translate.ts';

/** What composing an email in one language needs: its texts, its dates, and its direction. */
export interface MailWriter {
  language: Language;
  t: TFunction;
  /** A YYYY-MM-DD date in full, in the language. */
  date(isoDate: string): string;
  /** Text people typed (names, the school's name, a place), kept whole inside the language's sentences. */
  typed(text: string): string;
  /** When and where the meeting is, in the language: "Tuesday 10 March 2026, 14:30 to 15:30, at Room 4". */
  meeting(meeting: MeetingDetails): string;
}

/** The writer for one language. */
export function mailWriterFor(language: Language): MailWriter {
  const t = translatorFor(language);
  const date = (isoDate: string) => longDateIn(isoDate, language);
  const typed = (text: string) => isolated(text, language);
  return {
    language,
    t,
    date,
    typed,
    meeting: (meeting) => {
      const when = meeting.time
        ? t('meetingDetails.timed', {
            date: date(meeting.date),
            start: meeting.time,
            end: meetingEndTime(meeting.time, meeting.durationMinutes),
          })
        : date(meeting.date);
      const { place, videoLink: link } = meeting;
      if (place && link) return t('meetingDetails.atOrOnline', { when, place: typed(place), link });
      if (place) return t('meetingDetails.at', { when, place: typed(place) });
      if (link) return t('meetingDetails.online', { when, link });
      return when;
    },
  };
}

/** The lines of one email, written by a writer; null lines are left out. */
export type WriteLines = (w: MailWriter) => readonly (string | null)[];

const SEPARATOR = '—'.repeat(20);

/**
 * An email's body for a reader of `language`: in English, the English lines; in another language,
 * the note that a computer translated it, the translated lines, and then the English again (for
 * whoever helps the family, and for the school's record). Right-to-left lines start with a
 * RIGHT-TO-LEFT MARK (`directedLine`).
 */
export function translatedThenEnglish(
  language: Language,
  translated: readonly (string | null)[],
  english: readonly (string | null)[],
): string {
  const present = (lines: readonly (string | null)[]) => lines.filter((line) => line !== null);
  if (language === 'en') return present(english).join('\n');
  const t = translatorFor(language);
  const inLanguage = present([t('email.machineNote'), '', ...translated, '', t('email.englishBelow')]).map((line) =>
    directedLine(line, language),
  );
  return [...inLanguage, '', SEPARATOR, '', ...present(english)].join('\n');
}

/** The body of an email written from the locale files, in the participant's language (then English). */
export function writeInLanguageThenEnglish(language: Language, write: WriteLines): string {
  return translatedThenEnglish(language, language === 'en' ? [] : write(mailWriterFor(language)), write(mailWriterFor('en')));
}

/** A subject line in the participant's language. */
export const subjectIn = (language: Language, write: (w: MailWriter) => string): string =>
  directedLine(write(mailWriterFor(language)), language);
