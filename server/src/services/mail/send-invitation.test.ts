import { describe, expect, it } from 'vitest';
import { composeInvitation, longDate, type InvitationFacts } from './send-invitation.ts';

const facts: InvitationFacts = {
  schoolId: '0123456789abcdef01234567',
  schoolName: 'Oakfield Community Academy',
  inviterName: 'Priya Shah',
  childFirstName: 'Chloe',
  participant: { name: 'Dr Okafor', email: 'okafor@nhs.example', role: 'speech_language_therapist', dueDate: '2026-02-24' },
  meetingDate: '2026-03-10',
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
    expect(composeInvitation({ ...facts, meetingDate: null }).text).not.toContain('review meeting is on');
  });
});

describe('longDate', () => {
  it('writes dates in full without a comma', () => {
    expect(longDate('2027-01-01')).toBe('Friday 1 January 2027');
  });
});
