import { describe, expect, it } from 'vitest';
import { linkExpiry, participantStatus, presentParticipant } from './invitation-context.ts';

describe('linkExpiry', () => {
  it('keeps the link working for 30 whole days after the due date, across a month end', () => {
    expect(linkExpiry('2026-01-31').toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });
});

describe('presentParticipant', () => {
  const base = {
    _id: 'abc',
    name: 'Pat',
    email: 'pat@example.test',
    role: 'parent_carer',
    dueDate: '2026-02-24',
    invitedAt: new Date('2026-01-20T10:00:00Z'),
    expiresAt: new Date('2026-03-27T00:00:00Z'),
  };
  const now = new Date('2026-02-01T00:00:00Z');

  it('reports revoked before expired before opened before invited', () => {
    expect(presentParticipant(base, now).status).toBe('invited');
    expect(presentParticipant({ ...base, openedAt: now }, now).status).toBe('opened');
    expect(presentParticipant({ ...base, openedAt: now, expiresAt: now }, now).status).toBe('expired');
    expect(presentParticipant({ ...base, openedAt: now, expiresAt: now, revokedAt: now }, now).status).toBe('revoked');
    expect(presentParticipant(base, now).roleLabel).toBe('Parent or carer');
  });
});

describe('participantStatus (the tracker)', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const doc = { dueDate: '2026-11-30', openedAt: null, revokedAt: null, expiresAt: new Date('2026-12-31T00:00:00Z') };
  it.each([
    ['invited', doc, null],
    ['opened', { ...doc, openedAt: now }, null],
    ['drafting', { ...doc, openedAt: now }, { draftStartedAt: now }],
    ['overdue', { ...doc, dueDate: '2026-11-21' }, { draftStartedAt: now }],
    ['submitted', { ...doc, dueDate: '2026-11-21' }, { draftStartedAt: now, submittedAt: now }],
    ['submitted', { ...doc, revokedAt: now }, { submittedAt: now }],
    ['revoked', { ...doc, revokedAt: now }, { draftStartedAt: now }],
    ['expired', { ...doc, expiresAt: now }, null],
  ] as const)('%s', (expected, participant, contribution) => {
    expect(participantStatus(participant, contribution, now)).toBe(expected);
  });

  it('is not overdue on the due date itself, in England', () => {
    // 23:30 UTC on 30 Nov is still 30 Nov in London (GMT).
    expect(participantStatus(doc, null, new Date('2026-11-30T23:30:00Z'))).toBe('invited');
    expect(participantStatus(doc, null, new Date('2026-12-01T00:30:00Z'))).toBe('overdue');
  });
});
