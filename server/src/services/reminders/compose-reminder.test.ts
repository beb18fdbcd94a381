import { describe, expect, it } from 'vitest';
import { composeReminder, type ReminderFacts } from './compose-reminder.ts';

const facts: ReminderFacts = {
  schoolName: 'Oakfield Community Academy',
  contactName: 'Priya Shah',
  childFirstName: 'Chloe',
  participant: { name: 'Dr Okafor', role: 'speech_language_therapist', dueDate: '2026-02-24' },
  meeting: { date: '2026-03-10', time: null, durationMinutes: 60, place: null, videoLink: null },
  invitedOn: '2026-01-20',
  hasDraft: false,
  today: '2026-02-17',
};

describe('composeReminder', () => {
  it('says what is asked, by when, and where their link is, without repeating the link', () => {
    const { subject, text } = composeReminder(facts);
    expect(subject).toBe('Reminder: Chloe’s annual review: your contribution is needed by Tuesday 24 February 2026');
    expect(text).toContain('This is a reminder from Oakfield Community Academy about Chloe’s annual review');
    expect(text).toContain('We have not received your contribution yet.');
    expect(text).toContain('You are invited as: Speech and language therapist.');
    expect(text).toContain('The review meeting is on Tuesday 10 March 2026.');
    expect(text).toContain('Your advice on Chloe’s speech, language and communication');
    expect(text).toContain('Please send it by Tuesday 24 February 2026.');
    expect(text).toContain(
      'Your personal link is in the invitation we emailed you on Tuesday 20 January 2026, with the subject “Chloe’s annual review: your contribution is needed by Tuesday 24 February 2026”.',
    );
    expect(text).toContain('contact Priya Shah at Oakfield Community Academy, who can send you a new link.');
    expect(text).not.toMatch(/https?:|\/p\//);
    expect(text).not.toContain('draft is saved');
  });

  it('says "was needed by" once the due date has passed, and mentions a saved draft', () => {
    const { subject, text } = composeReminder({ ...facts, today: '2026-02-25', hasDraft: true });
    expect(subject).toBe('Chloe’s annual review: your contribution was needed by Tuesday 24 February 2026');
    expect(text).toContain('It was needed by Tuesday 24 February 2026. Please send it as soon as you can, or tell Priya Shah');
    expect(text).toContain('Your draft is saved: open your link to finish it and send it.');
    expect(composeReminder({ ...facts, today: '2026-02-24' }).subject).toMatch(/^Reminder: .* is needed by/);
  });

  it('leaves out the meeting line when no meeting is booked', () => {
    expect(composeReminder({ ...facts, meeting: null }).text).not.toContain('review meeting is on');
  });
});
