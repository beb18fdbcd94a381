import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInEngland } from '@ehcp/shared';
import { Participant, Pupil } from '../../models/index.ts';
import { startWithSchool, stopSchoolApp, type SchoolApp } from '../../test/school-app.ts';

/** Issue 10, item 6: names with bidi overrides, zero-width or control characters are refused, and nothing is stored. */
let app: SchoolApp;
beforeAll(async () => {
  app = await startWithSchool();
});
afterAll(() => stopSchoolApp(app));

const invite = (name: string, email: string) =>
  app.sendco.post(`/api/reviews/${app.school.reviewId}/participants`, {
    name,
    email,
    role: 'parent_carer',
    // Within the year ahead: a due date further out is refused as a likely typo of the year.
    dueDate: addCalendarDays(todayInEngland(), 30),
  });

describe('participant names', () => {
  it.each([
    ['a right-to-left override', 'Pat \u202eParent', 'U+202E'],
    ['a bidi isolate', 'Pat \u2067Parent', 'U+2067'],
    ['a zero-width space', 'Pat\u200bParent', 'U+200B'],
    ['a NUL character', 'Pat\u0000Parent', 'U+0000'],
    ['a byte-order mark inside', 'Pat\ufeffParent', 'U+FEFF'],
    ['a zero-width joiner outside a word', 'Pat \u200d Parent', 'U+200D'],
  ])('refuses %s with a message naming the character, and stores nothing', async (_what, name, character) => {
    const result = await invite(name, `refused.${character.slice(2).toLowerCase()}@example.test`);
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('validation_failed');
    expect(result.body.error.details).toEqual([{ path: 'name', message: expect.stringContaining(`found ${character}`) }]);
    expect(await Participant.countDocuments({ email: `refused.${character.slice(2).toLowerCase()}@example.test` })).toBe(0);
  });

  it('accepts names that need a zero-width non-joiner between letters, and accents and other scripts', async () => {
    for (const [name, email] of [
      ['Mohammad\u200cReza Karimi', 'zwnj@example.test'],
      ['Zoë Ó Briain', 'accents@example.test'],
      ['李小龍', 'han@example.test'],
    ] as const)
      expect((await invite(name, email)).status, name).toBe(201);
  });
});

describe('caseload import', () => {
  it('refuses the whole file when a pupil or LA name holds an invisible character, naming the row and column', async () => {
    const csv = [
      'Pupil name,Date of birth,Plan issue date,LA',
      'Amy Able,01/10/2012,15/03/2022,Northshire',
      'Ben\u202eBrown,01/10/2012,15/03/2022,Northshire',
      'Cal Cole,01/10/2012,15/03/2022,North\u200bshire',
    ].join('\r\n');
    const result = await app.sendco.post('/api/caseload/import', { csv });
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe('import_invalid');
    const paths = result.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(['rows.3.Pupil name', 'rows.4.LA']);
    expect(await Pupil.countDocuments({ name: 'Amy Able' })).toBe(0);
  });
});
