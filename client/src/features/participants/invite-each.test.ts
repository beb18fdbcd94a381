import { describe, expect, it } from 'vitest';
import type { AddParticipantRequest, InvitedParticipant } from '@ehcp/shared';
import { ApiError } from '../../api/index.ts';
import { inviteEach } from './invite-each.ts';

const invited = (body: AddParticipantRequest) =>
  ({ participant: { name: body.name }, lateness: null }) as unknown as InvitedParticipant;

describe('inviteEach', () => {
  it('invites each person in turn with the one due date, and one refusal does not stop the rest', async () => {
    const sent: AddParticipantRequest[] = [];
    const results = await inviteEach(
      [
        { name: 'Ade', email: 'ade@ep.example', role: 'educational_psychologist', language: 'en' },
        { name: 'Sally', email: 'sally@slt.example', role: 'speech_language_therapist' },
        { name: 'Bea', email: 'bea at social', role: 'social_care' },
      ],
      '2026-03-01',
      async (body) => {
        sent.push(body);
        if (body.name === 'Sally')
          throw new ApiError(409, 'conflict', 'sally@slt.example is already a participant in this review.');
        if (body.name === 'Bea')
          throw new ApiError(400, 'validation_failed', 'The request is not valid.', [
            { path: 'email', message: 'must be an email address' },
          ]);
        return invited(body);
      },
    );
    expect(sent.map((body) => [body.name, body.dueDate])).toEqual([
      ['Ade', '2026-03-01'],
      ['Sally', '2026-03-01'],
      ['Bea', '2026-03-01'],
    ]);
    expect(results.map((result) => (result.ok ? [result.person.name, 'invited'] : [result.person.name, result.reason]))).toEqual([
      ['Ade', 'invited'],
      ['Sally', 'sally@slt.example is already a participant in this review.'],
      ['Bea', 'must be an email address'],
    ]);
  });

  it('leaves the due date to the server when none is chosen, and words a network failure', async () => {
    const results = await inviteEach([{ name: 'Ade', email: 'ade@ep.example', role: 'health' }], undefined, async (body) => {
      expect(body).not.toHaveProperty('dueDate');
      throw new TypeError('offline');
    });
    expect(results).toEqual([
      { person: { name: 'Ade', email: 'ade@ep.example', role: 'health' }, ok: false, reason: 'could not be invited.' },
    ]);
  });
});
