import { describe, expect, it } from 'vitest';
import { composeInvitation, longDate, type InvitationFacts } from './send-invitation.ts';

const facts: InvitationFacts = {
  schoolId: '0123456789abcdef01234567',
  schoolName: 'Oakfield Community Academy',
  inviterName: 'Priya Shah',
  childFirstName: 'Chloe',
  participant: { name: 'Dr Okafor', email: 'okafor@nhs.example', role: 'speech_language_therapist', dueDate: '2026-02-24' },
  meeting: { date: '2026-03-10', time: null, durationMinutes: 60, place: null, videoLink: null },
  link: 'https://reviews.example/p/TOKEN',
};

describe('composeInvitation', () => {
  it('says who asks, for which child, exactly what for this role, by when, the link, and that no account is needed', () => {
    const { subject, text } = composeInvitation(facts);
    expect(subject).toBe('Chloe’s annual review: your contribution is needed by Tuesday 24 February 2026');
    expect(text).toContain('Priya Shah at Oakfield Community Academy is asking for your help with Chloe’s annual review');
    expect(text).toContain('You are invited as: Speech and language therapist.');
    expect(text).toContain('The review meeting is on Tuesday 10 March 2026.');
    expect(text).toContain('Your advice on Chloe’s speech, language and communication');
    expect(text).toContain('Please send it by Tuesday 24 February 2026.');
    expect(text).toContain('https://reviews.example/p/TOKEN');
    expect(text).toContain('You do not need an account or a password.');
  });

  it('writes first in the participant’s language, says a computer translated it, then repeats it in English', () => {
    const parent = { ...facts, participant: { ...facts.participant, role: 'parent_carer' as const, language: 'pl' as const } };
    const { subject, text } = composeInvitation(parent);
    expect(subject).toBe('Chloe’s annual review: your contribution is needed by Tuesday 24 February 2026');
    expect(text.startsWith('Tę wiadomość przetłumaczył komputer.')).toBe(true);
    expect(text).toContain('Zaproszenie dla: Rodzic lub opiekun.');
    expect(text).toContain('Napisz nam, jak Chloe radzi sobie w tym roku w domu i w szkole.');
    expect(text).toContain('Prosimy o odpowiedź do wtorek, 24 lutego 2026.');
    // The link is in both parts; the English follows the translation.
    expect(text.split('https://reviews.example/p/TOKEN')).toHaveLength(3);
    expect(text.indexOf('Poniżej ta sama wiadomość po angielsku.')).toBeLessThan(text.indexOf('Dear Dr Okafor,'));
    const arabic = composeInvitation({ ...parent, participant: { ...parent.participant, language: 'ar' } }).text;
    expect(arabic).toContain('ترجم الحاسوب هذه الرسالة.');
    expect(arabic).toContain('أنت مدعو بصفتك: أحد الوالدين أو مقدم الرعاية.');
  });

  it('is English only for an English reader', () => {
    expect(
      composeInvitation({ ...facts, participant: { ...facts.participant, language: 'en' } }).text.startsWith('Dear Dr Okafor,'),
    ).toBe(true);
  });

  it('leaves out the meeting line when no meeting is booked', () => {
    expect(composeInvitation({ ...facts, meeting: null }).text).not.toContain('review meeting is on');
  });

  it('says when and where the meeting is: the time, the place and the video link (issue 11 item 4)', () => {
    const meeting = {
      date: '2026-03-10',
      time: '14:30',
      durationMinutes: 90,
      place: 'Oakfield, Room 4',
      videoLink: 'https://meet.example/abc',
    };
    expect(composeInvitation({ ...facts, meeting }).text).toContain(
      'The review meeting is on Tuesday 10 March 2026, 14:30 to 16:00, at Oakfield, Room 4, or online: https://meet.example/abc.',
    );
  });
});

describe('longDate', () => {
  it('writes dates in full without a comma', () => {
    expect(longDate('2027-01-01')).toBe('Friday 1 January 2027');
  });
});
