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
