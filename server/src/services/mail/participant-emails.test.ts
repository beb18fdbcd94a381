import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { describeMeeting, LANGUAGE_INFO, LANGUAGES, type Language, type MeetingDetails } from '@ehcp/shared';
import { composePapersNotice } from '../circulation/notify-participants.ts';
import { composeReminder } from '../reminders/compose-reminder.ts';
import { mailWriterFor } from './mail-writer.ts';
import { FSI, PDI, RLM } from './plain-text-direction.ts';
import { composeInvitation } from './send-invitation.ts';
import { translatorFor } from './translate.ts';

const bidi = bidiFactory();
const SEPARATOR = '—'.repeat(20);

// Typed values that right-to-left text must keep whole: brackets, an apostrophe, digits.
const SCHOOL = 'St Mary’s (C of E) Primary';
const PLACE = 'Room 4';
const VIDEO = 'https://meet.example/abc';
const LINK = 'https://reviews.example/p/TOKEN';
const MEETINGS: (MeetingDetails | null)[] = [
  null,
  { date: '2026-03-10', time: null, durationMinutes: 60, place: null, videoLink: null },
  { date: '2026-03-10', time: '14:30', durationMinutes: 90, place: PLACE, videoLink: VIDEO },
  { date: '2026-03-10', time: '09:00', durationMinutes: 60, place: PLACE, videoLink: null },
  { date: '2026-03-10', time: null, durationMinutes: 60, place: null, videoLink: VIDEO },
];

interface Email {
  name: string;
  subject: string;
  text: string;
}

/** Every email a participant can get, in every variant, in one language. */
function emailsIn(language: Language): Email[] {
  const emails: Email[] = [];
  for (const [m, meeting] of MEETINGS.entries()) {
    const person = {
      name: 'Huda Haddad',
      email: 'huda@example.test',
      role: 'parent_carer' as const,
      dueDate: '2026-02-24',
      language,
    };
    emails.push({
      name: `invitation, meeting ${m}`,
      ...composeInvitation({
        schoolId: '0123456789abcdef01234567',
        schoolName: SCHOOL,
        inviterName: 'Priya Shah',
        childFirstName: 'Chloe',
        participant: person,
        meeting,
        link: LINK,
      }),
    });
    for (const today of ['2026-02-17', '2026-02-25'])
      for (const hasDraft of [false, true])
        emails.push({
          name: `reminder on ${today}${hasDraft ? ' with a draft' : ''}, meeting ${m}`,
          ...composeReminder({
            schoolName: SCHOOL,
            contactName: 'Priya Shah',
            childFirstName: 'Chloe',
            participant: person,
            meeting,
            invitedOn: '2026-01-20',
            hasDraft,
            today,
          }),
        });
  }
  for (const meetingDate of [null, '2026-03-20'])
    for (const version of [1, 2])
      emails.push({
        name: `papers v${version}${meetingDate ? ' with the meeting date' : ''}`,
        ...composePapersNotice({
          participantName: 'Huda Haddad',
          language,
          context: { schoolName: SCHOOL, childFirstName: 'Chloe', meetingDate },
          version,
        }),
      });
  return emails;
}

/** Plain text with every placeholder filled and no key name, tag or HTML entity. */
function expectPlainText(text: string, where: string) {
  expect(text, where).not.toMatch(/\{\{|\}\}/);
  expect(text, where).not.toMatch(/\b(?:email|reminder|papersEmail|meetingDetails|prompt|role|ask|landing|draft)\.[A-Za-z_]+/);
  expect(text, where).not.toMatch(/<\/?[a-z]+>|&[a-z]+;|&#\d+;/);
  expect(text, where).not.toMatch(/undefined|null|\[object/);
}

/** The part in the participant's language, and the English after it. */
function parts(text: string): { translated: string[]; english: string } {
  const at = text.indexOf(`\n${SEPARATOR}\n`);
  return at === -1
    ? { translated: [], english: text }
    : { translated: text.slice(0, at).trimEnd().split('\n'), english: text.slice(at + SEPARATOR.length + 3) };
}

describe('participant emails in every language', () => {
  it.each(LANGUAGES)(
    '%s: every email and variant is plain text with every text found and every placeholder filled',
    (language) => {
      for (const email of emailsIn(language)) {
        expectPlainText(email.subject, `${language} ${email.name}: subject`);
        expectPlainText(email.text, `${language} ${email.name}`);
      }
    },
  );

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s: written in the language first, saying a computer translated it, then the same email in English',
    (language) => {
      const t = translatorFor(language);
      const english = emailsIn('en');
      for (const [i, email] of emailsIn(language).entries()) {
        const { translated, english: after } = parts(email.text);
        expect(translated[0]?.replace(RLM, ''), email.name).toBe(t('email.machineNote'));
        expect(translated.at(-1)?.replace(RLM, ''), email.name).toBe(t('email.englishBelow'));
        expect(after, email.name).toBe(english[i]!.text);
        // Not English: the subject is in the language (the invitation's stays English, as the reminder quotes it).
        if (!email.name.startsWith('invitation')) expect(email.subject, email.name).not.toBe(english[i]!.subject);
      }
    },
  );

  it('says in Polish what a Polish reminder and papers email say', () => {
    const [reminder] = emailsIn('pl').filter((email) => email.name === 'reminder on 2026-02-25 with a draft, meeting 2');
    expect(reminder!.subject).toBe('Coroczny przegląd – Chloe: prosiliśmy o Twoją odpowiedź do wtorek, 24 lutego 2026');
    expect(reminder!.text).toContain(`To przypomnienie od ${SCHOOL} w sprawie corocznego przeglądu`);
    expect(reminder!.text).toContain('Spotkanie w sprawie przeglądu odbędzie się wtorek, 10 marca 2026, od 14:30 do 16:00');
    expect(reminder!.text).toContain('Twoja wersja robocza jest zapisana');
    expect(reminder!.text).toContain(
      'z tematem „Chloe’s annual review: your contribution is needed by Tuesday 24 February 2026”',
    );
    const papers = emailsIn('pl').find((email) => email.name === 'papers v2 with the meeting date')!;
    expect(papers.subject).toBe('Coroczny przegląd – Chloe: dokumenty na spotkanie są gotowe');
    expect(papers.text).toContain('udostępniła nową wersję dokumentów');
    expect(papers.text).toContain('piątek, 20 marca 2026');
  });

  it('is English only for an English reader, as before', () => {
    for (const email of emailsIn('en')) {
      expect(email.text, email.name).not.toContain(SEPARATOR);
      expect(email.text + email.subject, email.name).not.toMatch(/[\u200F\u2068\u2069]/);
    }
  });

  it('writes the meeting in English exactly as the staff pages and the English invitation do', () => {
    const w = mailWriterFor('en');
    for (const meeting of MEETINGS.filter((m) => m !== null)) expect(w.meeting(meeting)).toBe(describeMeeting(meeting));
  });
});

describe('right-to-left emails as plain text', () => {
  const rtl = LANGUAGES.filter((language) => LANGUAGE_INFO[language].dir === 'rtl');

  it('ships right-to-left languages to test', () => {
    expect(rtl).toEqual(['ur', 'ar']);
  });

  it.each(rtl)('%s: every line in the language is laid out right to left, whatever word it starts with', (language) => {
    for (const email of emailsIn(language)) {
      // The invitation's subject stays English (reminders quote it); links stand alone, left to right.
      const subject = email.name.startsWith('invitation') ? [] : [email.subject];
      const lines = [...subject, ...parts(email.text).translated].filter((line) => line !== '' && line !== LINK);
      for (const line of lines) {
        expect(line.startsWith(RLM), `${email.name}: ${line}`).toBe(true);
        // What a mail program does with a plain-text line: the direction of its first strong letter.
        expect(bidi.getEmbeddingLevels(line, 'auto').paragraphs[0]!.level, `${email.name}: ${line}`).toBe(1);
      }
    }
  });

  it.each(rtl)('%s: names, the school and the place read left to right, whole, inside the sentences', (language) => {
    for (const email of emailsIn(language)) {
      for (const line of parts(email.text).translated) {
        const shown = bidi.getReorderedString(line, bidi.getEmbeddingLevels(line, 'auto'));
        for (const typed of [SCHOOL, PLACE, 'Huda Haddad', 'Priya Shah'])
          if (line.includes(typed)) {
            expect(line, email.name).toContain(`${FSI}${typed}${PDI}`);
            expect(shown, `${email.name}: ${line}`).toContain(typed);
          }
      }
    }
  });

  it.each(rtl)('%s: links are left bare, so that mail programs make the whole address clickable', (language) => {
    for (const email of emailsIn(language)) {
      for (const line of email.text.split('\n')) {
        if (line.includes(LINK)) expect(line, email.name).toBe(LINK);
        // The video link ends at a space, a full stop or the end of the line: never at a mark.
        if (line.includes(VIDEO))
          expect(line, email.name).toMatch(new RegExp(`\\s${VIDEO.replace(/[./]/g, '\\$&')}(?:$|[\\s.۔])`));
      }
    }
  });

  it('needs the marks: an Urdu subject that starts with the child’s name would otherwise be laid out left to right', () => {
    const subject = composeReminder({
      schoolName: SCHOOL,
      contactName: 'Priya Shah',
      childFirstName: 'Chloe',
      participant: { name: 'Huda Haddad', role: 'parent_carer', dueDate: '2026-02-24', language: 'ur' },
      meeting: null,
      invitedOn: '2026-01-20',
      hasDraft: false,
      today: '2026-02-25',
    }).subject;
    expect(bidi.getEmbeddingLevels(subject.replace(/[\u200F\u2068\u2069]/g, ''), 'auto').paragraphs[0]!.level).toBe(0);
    // Either mark alone is enough for a program that follows Unicode; the RLM also for older ones.
    expect(bidi.getEmbeddingLevels(subject.replace(RLM, ''), 'auto').paragraphs[0]!.level).toBe(1);
    expect(bidi.getEmbeddingLevels(subject, 'auto').paragraphs[0]!.level).toBe(1);
  });
});

describe('the translator', () => {
  it('throws on a key that no locale file has, instead of mailing the key name', () => {
    expect(() => translatorFor('pl')('reminder.nothingHere')).toThrow(/No text for "reminder.nothingHere"/);
  });

  it('throws on a placeholder left without a value, instead of mailing "{{child}}"', () => {
    expect(() => translatorFor('ar')('reminder.intro', { school: 'Oakfield' })).toThrow(/A value is missing/);
  });
});
