import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTRIBUTION_FRAGMENT, contributionDocName, type Language, type ParticipantRole } from '@ehcp/shared';
import { Participant, Review } from '../../models/index.ts';
import { todayInEngland } from '../../services/index.ts';
import { connectCollabClient, isPersisted, type CollabClient } from '../../test/collab-client.ts';
import { inviteParticipant, type Invitation } from '../../test/participant-links.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';
import { waitFor } from '../../test/wait-for.ts';

let s: TwoSchools;
// Links expire by the real clock, so the calendar is built around the real today.
const today = todayInEngland();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const SEPARATOR = '—'.repeat(20);
const clients: CollabClient[] = [];

interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
}
/** What the SENDCo's outbox shows for one address, oldest first. */
async function outboxFor(email: string): Promise<OutboxMessage[]> {
  const result = await s.sendco.get('/api/outbox');
  expect(result.status).toBe(200);
  return (result.body.messages as OutboxMessage[]).filter((message) => message.to === email).reverse();
}

const invite = (name: string, email: string, role: ParticipantRole, language?: Language) =>
  inviteParticipant(s.sendco, s.home.reviewId, { name, email, role, dueDate: addDays(7), ...(language ? { language } : {}) });

function openDraft(person: Invitation): CollabClient {
  const client = connectCollabClient(s.t.wsUrl, contributionDocName(s.home.reviewId, person.id), { participant: person.token });
  clients.push(client);
  return client;
}
const draftText = (client: CollabClient) => client.doc.getXmlFragment(CONTRIBUTION_FRAGMENT).toString();

let polish: Invitation;
let arabic: Invitation;
let english: Invitation;

beforeAll(async () => {
  s = await startWithTwoSchools(today);
  await Review.updateOne({ _id: s.home.reviewId }, { $set: { meetingDate: addDays(20) } });
  polish = await invite('Pola Parent', 'pola@example.test', 'parent_carer', 'pl');
  arabic = await invite('Huda Haddad', 'huda@example.test', 'young_person', 'ar');
  english = await invite('Ms Rosa Evans', 'rosa@example.test', 'school_staff');
});
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
afterAll(async () => {
  await s.t.stop();
  await dropTestDatabase();
});

describe('a participant’s emails and draft in their own language (real database, outbox)', () => {
  it('starts each new draft with the prompts for their role in their language', async () => {
    const [pl, ar, en] = [openDraft(polish), openDraft(arabic), openDraft(english)];
    await waitFor(() => pl.provider.synced && ar.provider.synced && en.provider.synced);
    expect(draftText(pl)).toContain('Co idzie dobrze');
    expect(draftText(pl)).toContain('Na co masz nadzieję');
    expect(draftText(pl)).not.toContain('What is going well');
    expect(draftText(ar)).toContain('ما الذي يسير بشكل جيد بالنسبة لي');
    expect(draftText(en)).toContain('Progress against each outcome in the plan');
  });

  it('nudges a Polish parent in Polish first, then in English', async () => {
    const nudged = await s.sendco.post(`/api/reviews/${s.home.reviewId}/participants/${polish.id}/nudge`);
    expect(nudged.status).toBe(200);
    const [invitation, reminder] = await outboxFor('pola@example.test');
    expect(invitation!.text.startsWith('Tę wiadomość przetłumaczył komputer.')).toBe(true);
    expect(reminder!.subject).toMatch(/^Przypomnienie: coroczny przegląd – Pupil: prosimy o Twoją odpowiedź do /);
    expect(reminder!.text.startsWith('Tę wiadomość przetłumaczył komputer.')).toBe(true);
    const [inPolish, inEnglish] = reminder!.text.split(SEPARATOR) as [string, string];
    expect(inPolish).toContain('Szanowna Pani / Szanowny Panie Pola Parent,');
    expect(inPolish).toMatch(/To przypomnienie od Test School \d+ w sprawie corocznego przeglądu/);
    expect(inPolish).toContain('Napisz nam, jak Pupil radzi sobie w tym roku w domu i w szkole.');
    expect(inPolish).toContain('Twój osobisty link jest w zaproszeniu');
    expect(inPolish).not.toContain('Please send it by');
    expect(inEnglish).toContain('This is a reminder from Test School');
    expect(reminder!.text).not.toMatch(/\/p\/[A-Za-z0-9_-]{43}/);
  });

  it('sends the automatic reminder in Polish too, and an English reader’s in English only', async () => {
    await Participant.updateMany(
      { _id: { $in: [polish.id, english.id] } },
      { $set: { invitedAt: new Date(Date.now() - 10 * 86_400_000) } },
    );
    const swept = await s.t.app.reminders.sweep(today);
    expect(swept.failures).toEqual([]);
    const automatic = (await outboxFor('pola@example.test')).at(-1)!;
    expect(automatic.subject).toMatch(/^Przypomnienie: /);
    expect(automatic.text).toContain('Nie dostaliśmy jeszcze Twojej odpowiedzi.');
    const toRosa = (await outboxFor('rosa@example.test')).at(-1)!;
    expect(toRosa.subject).toMatch(/^Reminder: Pupil’s annual review/);
    expect(toRosa.text.startsWith('Dear Ms Rosa Evans,')).toBe(true);
    expect(toRosa.text).not.toContain(SEPARATOR);
  });

  it('tells a Polish parent in Polish that the papers are ready, and an Arabic reader in Arabic', async () => {
    const pl = openDraft(polish);
    await waitFor(() => pl.provider.synced);
    pl.type('Pupil lubi nowy klub czytelniczy.', CONTRIBUTION_FRAGMENT);
    await waitFor(() => isPersisted(pl), { message: 'the Polish draft is stored' });
    expect((await s.anonymous.post(`/api/participant/${polish.token}/submit`)).status).toBe(200);
    const circulated = await s.sendco.post(`/api/reviews/${s.home.reviewId}/circulation`, { acknowledgeWarnings: true });
    expect(circulated.status).toBe(201);
    expect(circulated.body.notified).toBe(3);

    const papers = (await outboxFor('pola@example.test')).at(-1)!;
    expect(papers.subject).toBe('Coroczny przegląd – Pupil: dokumenty na spotkanie są gotowe');
    expect(papers.text).toMatch(
      /Test School \d+ udostępniła dokumenty na spotkanie w sprawie corocznego przeglądu dziecka \(Pupil\)/,
    );
    expect(papers.text).toContain('Dla bezpieczeństwa Twojej strony ta wiadomość nie zawiera linku.');
    expect(papers.text.split(SEPARATOR)[1]).toContain('has shared the papers for Pupil’s annual review meeting on');

    const toHuda = (await outboxFor('huda@example.test')).at(-1)!;
    expect(toHuda.subject).toBe('\u200Fالمراجعة السنوية لـ\u2068Pupil\u2069: أوراق الاجتماع جاهزة');
    expect(toHuda.text.startsWith('\u200Fترجم الحاسوب هذه الرسالة.')).toBe(true);
    const toRosa = (await outboxFor('rosa@example.test')).at(-1)!;
    expect(toRosa.subject).toBe('Pupil’s annual review: the papers for the meeting are ready');
    expect(toRosa.text).not.toContain(SEPARATOR);
  });
});
