import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASELOAD_TEMPLATE_CSV } from '@ehcp/shared';
import { Pupil, pupilMatchKey, Review } from '../../models/index.ts';
import type { TestClient } from '../../test/http-client.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

let ctx: TwoSchools;

const HEADER = 'Pupil name,Date of birth,UPN,Plan issue date,Last review meeting date,LA,Year group,Transfer type,Transfer date';
const GOOD = [
  HEADER,
  'Ava Overdue,01/10/2012,A123456789012,15/03/2022,10/10/2024,Northshire,,,',
  '"Brook, Year Nine",2011-11-05,,2020-09-01,2025-06-20,Northshire,,,',
  'Cal Transfer,12/05/2015,B123456789012,01/09/2021,30/09/2025,Westshire,,primary-to-secondary,01/09/2026',
].join('\r\n');

const importCsv = (client: TestClient, csv: string) => client.post('/api/caseload/import', { csv });

beforeAll(async () => {
  ctx = await startWithTwoSchools('2026-01-20');
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

describe('POST /api/caseload/import', () => {
  it('needs a session (401), a csv body (400) and the SENDCo role (403)', async () => {
    expect((await importCsv(ctx.anonymous, GOOD)).status).toBe(401);
    const missing = await ctx.sendco.post('/api/caseload/import', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('csv');
    expect((await importCsv(ctx.staff, GOOD)).status).toBe(403);
  });

  it('refuses a file with mixed good and bad rows, reporting each by row and column, and writes nothing', async () => {
    const before = { pupils: await Pupil.countDocuments(), reviews: await Review.countDocuments() };
    const bad = [
      HEADER,
      'Good Pupil,01/10/2012,,15/03/2022,,Northshire,,,',
      'Bad Date,31/02/2012,,15/03/2022,,Northshire,,,',
      'Two Digit,01/10/12,,15/03/2022,,Northshire,,,',
      'Born Late,01/10/2023,,15/03/2022,,Northshire,,,',
      ',01/10/2012,XYZ,15/03/2022,,,Year 30,sideways,',
    ].join('\n');
    const result = await importCsv(ctx.sendco, bad);
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe('import_invalid');
    const paths = result.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'rows.3.Date of birth',
        'rows.4.Date of birth',
        'rows.5.Date of birth',
        'rows.6.Pupil name',
        'rows.6.UPN',
        'rows.6.LA',
        'rows.6.Year group',
        'rows.6.Transfer type',
        'rows.6.Transfer date',
      ]),
    );
    expect(paths.some((p: string) => p.startsWith('rows.2.'))).toBe(false);
    expect(result.body.error.details.find((d: { path: string }) => d.path === 'rows.4.Date of birth').message).toMatch(
      /two-digit year/,
    );
    expect({ pupils: await Pupil.countDocuments(), reviews: await Review.countDocuments() }).toEqual(before);
  });

  it('refuses a file without a required column or with a broken quote', async () => {
    const noLa = await importCsv(ctx.sendco, 'Pupil name,Date of birth,Plan issue date\nAmy,01/01/2015,01/01/2020\n');
    expect(noLa.status).toBe(422);
    expect(noLa.body.error.details).toEqual([{ path: 'rows.1.LA', message: expect.stringMatching(/missing/) }]);
    const broken = await importCsv(ctx.sendco, `${HEADER}\n"Amy,01/01/2015\n`);
    expect(broken.status).toBe(422);
  });

  it('imports a good file with an open review per pupil; importing it again changes nothing', async () => {
    const first = await importCsv(ctx.sendco, GOOD);
    expect(first.status).toBe(201);
    expect(first.body.result).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    const pupils = await Pupil.find({ schoolId: ctx.home.schoolId, importId: first.body.result.importId }).lean();
    // "Brook, Year Nine" is "Surname, Forename": stored as the name is said, forename first.
    expect(pupils.map((p) => p.name).sort()).toEqual(['Ava Overdue', 'Cal Transfer', 'Year Nine Brook']);
    expect(pupils.find((p) => p.name === 'Cal Transfer')).toMatchObject({
      upn: 'B123456789012',
      la: 'Westshire',
      transfer: { type: 'primary-to-secondary', transferDate: '2026-09-01' },
    });
    const snapshot = async () => ({
      pupils: await Pupil.find({ schoolId: ctx.home.schoolId }).sort({ _id: 1 }).lean(),
      reviews: await Review.find({ schoolId: ctx.home.schoolId }).sort({ _id: 1 }).lean(),
    });
    const afterFirst = await snapshot();
    expect(afterFirst.reviews).toHaveLength(4);

    const second = await importCsv(ctx.sendco, GOOD);
    expect(second.status).toBe(201);
    expect(second.body.result).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(afterFirst);
  });

  it('updates a matched pupil in place (UPN first, else name and birth date) and completes a missing review', async () => {
    // Simulate an import that died after writing a pupil but before its review.
    const cal = await Pupil.findOne({ schoolId: ctx.home.schoolId, upn: 'B123456789012' }).lean();
    await Review.deleteMany({ pupilId: cal!._id });
    const changed = GOOD.replace('Cal Transfer,12/05/2015', 'Cal Renamed,12/05/2015').replace(
      '"Brook, Year Nine",2011-11-05,,2020-09-01,2025-06-20',
      '"Brook, Year Nine",2011-11-05,,2020-09-01,2025-07-01',
    );
    const result = await importCsv(ctx.sendco, changed);
    expect(result.body.result).toMatchObject({ created: 0, updated: 2, unchanged: 1 });
    expect(await Pupil.countDocuments({ schoolId: ctx.home.schoolId })).toBe(4);
    expect((await Pupil.findById(cal!._id).lean())?.name).toBe('Cal Renamed');
    expect(await Review.countDocuments({ pupilId: cal!._id })).toBe(1);
  });

  it('shows the imported plans on the caseload by urgency, and to no other school', async () => {
    const caseload = await ctx.sendco.get('/api/caseload');
    const names = caseload.body.rows.map((r: { pupilName: string }) => r.pupilName);
    expect(names[0]).toBe('Ava Overdue');
    const ava = caseload.body.rows[0];
    expect(ava).toMatchObject({ urgency: 'overdue', isOverdue: true, stage: 'not-started', reviewDueBy: '2025-10-09' });
    expect(ava.nextAction).toMatchObject({ kind: 'book-meeting', explanation: { ruleId: 'R5' } });
    const cal = caseload.body.rows.find((r: { pupilName: string }) => r.pupilName === 'Cal Renamed');
    expect(cal.phaseTransfer).toMatchObject({ lastCompliantDay: '2026-02-14', atRisk: true });
    expect(caseload.body.rows.find((r: { pupilName: string }) => r.pupilName === 'Year Nine Brook').isYear9Plus).toBe(true);
    const otherRows = (await ctx.otherSendco.get('/api/caseload')).body.rows;
    expect(otherRows.map((r: { pupilName: string }) => r.pupilName)).not.toContain('Ava Overdue');
  });

  it('reads a semicolon-separated file (Excel in many locales) with "Surname, Forename" names', async () => {
    const csv = [
      'Pupil name;Date of birth;UPN;Plan issue date;Last review meeting date;LA',
      '"MOHAMMED, Aisha";01/10/2015;;01/09/2021;20/06/2025;Northshire',
      'Zoë Brontë;02/03/2014;;01/09/2020;20/05/2025;Westshire, North',
    ].join('\r\n');
    const result = await importCsv(ctx.sendco, csv);
    expect(result.body.error?.details ?? []).toEqual([]);
    expect(result.status).toBe(201);
    const names = (await Pupil.find({ schoolId: ctx.home.schoolId, importId: result.body.result.importId }).lean()).map((p) => [
      p.name,
      p.la,
    ]);
    expect(names.sort()).toEqual([
      ['Aisha Mohammed', 'Northshire'],
      ['Zoë Brontë', 'Westshire, North'],
    ]);
  });
  it('updates a pupil imported before as "Surname, Forename" instead of adding them again', async () => {
    const before = { name: 'Khan, Omar', dateOfBirth: '2014-04-04' };
    await Pupil.create({
      schoolId: ctx.home.schoolId,
      ...before,
      planIssuedDate: '2021-09-01',
      la: 'Northshire',
      matchKey: pupilMatchKey({ ...before, upn: null }),
    });
    const csv = ['Pupil name,Date of birth,Plan issue date,LA', '"Khan, Omar",04/04/2014,01/09/2021,Northshire'].join('\r\n');
    const result = await importCsv(ctx.sendco, csv);
    expect(result.body.result).toMatchObject({ created: 0, updated: 1 });
    const stored = await Pupil.find({ schoolId: ctx.home.schoolId, dateOfBirth: '2014-04-04' }).lean();
    expect(stored.map((p) => p.name)).toEqual(['Omar Khan']);
    expect((await importCsv(ctx.sendco, csv)).body.result).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
  it('imports the downloadable template as it is: every column is one the import reads', async () => {
    const result = await importCsv(ctx.sendco, CASELOAD_TEMPLATE_CSV);
    expect(result.body.error?.details ?? []).toEqual([]);
    expect(result.body.result).toMatchObject({ rows: 1 });
    const aisha = await Pupil.findOne({ schoolId: ctx.home.schoolId, upn: 'A123456789012' }).lean();
    expect(aisha).toMatchObject({ name: 'Aisha Mohammed', dateOfBirth: '2015-03-14', la: 'Northshire' });
  });
});
