import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Participant, Pupil, Review } from '../../models/index.ts';
import { migratePupilNames } from '../../services/index.ts';
import { createParticipant } from '../../test/factories.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

let ctx: TwoSchools;

const AISHA = {
  givenName: 'Aisha',
  familyName: 'Mohammed',
  dateOfBirth: '2014-05-02',
  upn: 'a123456789012',
  la: 'Northshire',
  planIssuedDate: '2022-03-15',
  lastReviewMeetingDate: '2025-03-01',
};

beforeAll(async () => {
  ctx = await startWithTwoSchools('2026-01-20');
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

const auditOf = (pupilId: string) => AuditEvent.find({ 'target.id': pupilId }).sort({ _id: 1 }).lean();

describe('pupils API', () => {
  let aishaId: string;

  it('needs a session (401), the SENDCo (403) and valid facts (400 naming each field)', async () => {
    expect((await ctx.anonymous.post('/api/pupils', AISHA)).status).toBe(401);
    expect((await ctx.staff.post('/api/pupils', AISHA)).status).toBe(403);
    expect((await ctx.staff.get('/api/pupils')).status).toBe(403);
    const bad = await ctx.sendco.post('/api/pupils', {
      ...AISHA,
      familyName: '  ',
      upn: 'XYZ',
      dateOfBirth: '2014-02-31',
      planIssuedDate: '2010-01-01',
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['familyName', 'upn', 'dateOfBirth']));
    expect(bad.body.error.details.find((d: { path: string }) => d.path === 'upn').message).toMatch(/UPN is a letter/);
  });

  it('adds a pupil with an open review, on the caseload by "Given Family", audited with the facts', async () => {
    const created = await ctx.sendco.post('/api/pupils', AISHA);
    expect(created.status).toBe(201);
    const pupil = created.body.pupil;
    aishaId = pupil.id;
    expect(pupil).toMatchObject({ givenName: 'Aisha', familyName: 'Mohammed', name: 'Aisha Mohammed', upn: 'A123456789012' });
    expect(pupil.currentReviewId).toMatch(/^[0-9a-f]{24}$/);
    expect(pupil.canDelete).toBe(true);
    expect(await Review.countDocuments({ pupilId: aishaId, status: 'open' })).toBe(1);
    const rows = (await ctx.sendco.get('/api/caseload')).body.rows;
    expect(rows.map((r: { pupilName: string }) => r.pupilName)).toContain('Aisha Mohammed');
    const [event] = await auditOf(aishaId);
    expect(event).toMatchObject({ action: 'pupil.created', details: { givenName: 'Aisha', familyName: 'Mohammed' } });
  });

  it('refuses a second pupil with the same match key with a clear 409', async () => {
    const again = await ctx.sendco.post('/api/pupils', { ...AISHA, givenName: 'Someone', familyName: 'Else' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('pupil_exists');
    const noUpn = { ...AISHA, upn: null, givenName: 'Ben', familyName: 'Cole' };
    expect((await ctx.sendco.post('/api/pupils', noUpn)).status).toBe(201);
    expect((await ctx.sendco.post('/api/pupils', { ...noUpn, givenName: ' ben ', familyName: 'COLE' })).status).toBe(409);
  });

  it('edits a pupil: the display name follows, the change is audited with before and after', async () => {
    const edited = await ctx.sendco.patch(`/api/pupils/${aishaId}`, { ...AISHA, familyName: 'Mohammed-Khan' });
    expect(edited.status).toBe(200);
    expect(edited.body.pupil.name).toBe('Aisha Mohammed-Khan');
    expect((await Pupil.findById(aishaId).lean())!.name).toBe('Aisha Mohammed-Khan');
    const events = await auditOf(aishaId);
    expect(events.at(-1)).toMatchObject({
      action: 'pupil.updated',
      details: { familyNameBefore: 'Mohammed', familyNameAfter: 'Mohammed-Khan' },
    });
    expect(Object.keys(events.at(-1)!.details)).toEqual(['familyNameBefore', 'familyNameAfter']);
    // Saving the same facts again writes nothing.
    await ctx.sendco.patch(`/api/pupils/${aishaId}`, { ...AISHA, familyName: 'Mohammed-Khan' });
    expect((await auditOf(aishaId)).length).toBe(events.length);
  });

  it('answers 404 for another school’s pupil, whatever the action', async () => {
    const theirs = ctx.other.pupilId;
    expect((await ctx.sendco.patch(`/api/pupils/${theirs}`, AISHA)).status).toBe(404);
    expect((await ctx.sendco.post(`/api/pupils/${theirs}/archive`, { archived: true })).status).toBe(404);
    expect((await ctx.sendco.post(`/api/pupils/${theirs}/delete`, { confirm: true })).status).toBe(404);
    expect((await ctx.otherSendco.get('/api/pupils')).body.pupils.map((p: { id: string }) => p.id)).not.toContain(aishaId);
  });

  it('archives a pupil off the caseload and This week, keeps the review, and brings them back', async () => {
    const archived = await ctx.sendco.post(`/api/pupils/${aishaId}/archive`, { archived: true });
    expect(archived.status).toBe(200);
    expect(archived.body.pupil.archivedAt).not.toBeNull();
    const names = async () => (await ctx.sendco.get('/api/caseload')).body.rows.map((r: { pupilName: string }) => r.pupilName);
    expect(await names()).not.toContain('Aisha Mohammed-Khan');
    const reviewId = archived.body.pupil.currentReviewId;
    expect((await ctx.sendco.get(`/api/reviews/${reviewId}`)).status).toBe(200);
    const active = (await ctx.sendco.get('/api/pupils')).body.pupils.map((p: { id: string }) => p.id);
    expect(active).not.toContain(aishaId);
    const onlyArchived = (await ctx.sendco.get('/api/pupils?show=archived')).body.pupils.map((p: { id: string }) => p.id);
    expect(onlyArchived).toEqual([aishaId]);
    expect((await ctx.sendco.post(`/api/pupils/${aishaId}/archive`, { archived: false })).body.pupil.archivedAt).toBeNull();
    expect(await names()).toContain('Aisha Mohammed-Khan');
    expect((await auditOf(aishaId)).map((e) => e.action)).toEqual(expect.arrayContaining(['pupil.archived', 'pupil.unarchived']));
  });

  it('refuses to delete a pupil whose review has people invited; deletes a wrong row only with confirmation', async () => {
    const review = await Review.findOne({ pupilId: aishaId }).lean();
    await createParticipant(
      { schoolId: ctx.home.schoolId, reviewId: String(review!._id), sendco: ctx.home.sendco },
      { name: 'Pat Parent', email: 'pat@example.test', dueDate: '2026-02-10' },
    );
    const refused = await ctx.sendco.post(`/api/pupils/${aishaId}/delete`, { confirm: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('pupil_has_records');
    expect((await ctx.sendco.get('/api/pupils')).body.pupils.find((p: { id: string }) => p.id === aishaId).canDelete).toBe(false);

    const wrong = (
      await ctx.sendco.post('/api/pupils', { ...AISHA, upn: 'B123456789012', givenName: 'Wrong', familyName: 'Row' })
    ).body.pupil;
    expect((await ctx.sendco.post(`/api/pupils/${wrong.id}/delete`, {})).status).toBe(400);
    expect((await ctx.staff.post(`/api/pupils/${wrong.id}/delete`, { confirm: true })).status).toBe(403);
    expect((await ctx.sendco.post(`/api/pupils/${wrong.id}/delete`, { confirm: true })).status).toBe(204);
    expect(await Pupil.exists({ _id: wrong.id })).toBeNull();
    expect(await Review.countDocuments({ pupilId: wrong.id })).toBe(0);
    expect((await auditOf(wrong.id)).at(-1)).toMatchObject({ action: 'pupil.deleted', details: { name: 'Wrong Row' } });
    expect(await Participant.countDocuments({ reviewId: review!._id })).toBe(1);
  });

  it('an import fills both name parts, "Surname, Forename" included', async () => {
    const csv = [
      'Pupil name,Date of birth,UPN,Plan issue date,Last review meeting date,LA',
      '"OKAFOR, Amara",2012-10-01,,2022-03-15,,Northshire',
      'Mary Jane Smith,2013-10-01,,2022-03-15,,Northshire',
    ].join('\n');
    expect((await ctx.sendco.post('/api/caseload/import', { csv })).status).toBe(201);
    const pupils = (await ctx.sendco.get('/api/pupils')).body.pupils;
    expect(pupils.find((p: { name: string }) => p.name === 'Amara Okafor')).toMatchObject({
      givenName: 'Amara',
      familyName: 'Okafor',
    });
    expect(pupils.find((p: { name: string }) => p.name === 'Mary Jane Smith')).toMatchObject({
      givenName: 'Mary Jane',
      familyName: 'Smith',
    });
  });
});

describe('migratePupilNames', () => {
  it('splits the stored name of pupils from before, once, leaving the name and the match key alone', async () => {
    const { insertedId } = await Pupil.collection.insertOne({
      schoolId: (await Pupil.findById(ctx.home.pupilId).lean())!.schoolId,
      name: 'Zoë Anne Hart',
      dateOfBirth: '2013-01-01',
      planIssuedDate: '2020-01-01',
      matchKey: 'name:zoë anne hart|2013-01-01',
      upn: null,
    });
    expect(await migratePupilNames()).toBeGreaterThanOrEqual(1);
    expect(await Pupil.findById(insertedId).lean()).toMatchObject({
      givenName: 'Zoë Anne',
      familyName: 'Hart',
      name: 'Zoë Anne Hart',
      matchKey: 'name:zoë anne hart|2013-01-01',
    });
    expect(await migratePupilNames()).toBe(0);
  });
});
