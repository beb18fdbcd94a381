import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '@ehcp/shared';
import { AddressBookEntry, AuditEvent, Pupil, Review, School } from '../../models/index.ts';
import { fillAddressBooks, indexedFieldsOf } from '../../services/index.ts';
import { createParticipant, createSchoolWithReview } from '../../test/factories.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

/** Issue 11 item 4: the school's address book, filled by invitations and kept by the SENDCo, and inviting from it. */
const TODAY = '2026-02-02';
const DUE = addCalendarDays(TODAY, 14);
let ctx: TwoSchools;
/** A second review of the home school (another pupil), so one person can be invited to two reviews. */
let secondReview: string;

const invite = (reviewId: string, person: Record<string, unknown>) =>
  ctx.sendco.post(`/api/reviews/${reviewId}/participants`, { dueDate: DUE, ...person });
const book = async (q = '') =>
  (await ctx.sendco.get(`/api/address-book${q ? `?q=${encodeURIComponent(q)}` : ''}`)).body as {
    entries: { id: string; name: string; email: string; role: string; organisation: string | null; source: string }[];
    total: number;
  };
const entryOf = async (email: string) => (await book()).entries.find((entry) => entry.email === email);

const EP = {
  name: 'Dr Ade Bello',
  role: 'educational_psychologist',
  organisation: 'Northshire Educational Psychology Service',
  email: 'A.Bello@EP.example',
  phone: '01632 960001',
  language: 'en',
};

beforeAll(async () => {
  ctx = await startWithTwoSchools(TODAY, 'Oak Lane Primary');
  const pupil = await Pupil.create({
    schoolId: ctx.home.schoolId,
    name: 'Second Pupil',
    dateOfBirth: '2013-05-01',
    planIssuedDate: '2022-04-01',
  });
  secondReview = String((await Review.create({ schoolId: ctx.home.schoolId, pupilId: pupil._id }))._id);
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

describe('people invited to a review are kept in the school’s address book', () => {
  it('adds a professional on their first invitation, with the invitation’s name, role and language', async () => {
    expect(
      (
        await invite(ctx.home.reviewId, {
          name: 'Sally Salt',
          email: ' Sally.Salt@SLT.example ',
          role: 'speech_language_therapist',
          language: 'pl',
        })
      ).status,
    ).toBe(201);
    const entry = await entryOf('sally.salt@slt.example');
    expect(entry).toMatchObject({
      name: 'Sally Salt',
      role: 'speech_language_therapist',
      roleLabel: 'Speech and language therapist',
      organisation: null,
      language: 'pl',
      source: 'invited',
      phone: null,
    });
    const audit = await AuditEvent.findOne({ action: 'address_book.entry_added', 'target.id': entry!.id }).lean();
    expect(audit?.details).toMatchObject({ source: 'invited', reviewId: ctx.home.reviewId, email: 'sally.salt@slt.example' });
  });

  it('gives a member of staff the school as organisation, and never keeps a parent or the young person', async () => {
    await invite(ctx.home.reviewId, { name: 'Tess Teacher', email: 'tess@oaklane.example', role: 'school_staff' });
    await invite(ctx.home.reviewId, { name: 'Pat Parent', email: 'pat@home.example', role: 'parent_carer' });
    await invite(ctx.home.reviewId, { name: 'Yusuf Young', email: 'yusuf@home.example', role: 'young_person' });
    expect((await entryOf('tess@oaklane.example'))?.organisation).toBe('Oak Lane Primary');
    expect(await entryOf('pat@home.example')).toBeUndefined();
    expect(await entryOf('yusuf@home.example')).toBeUndefined();
  });

  it('keeps one entry per email whatever its case, and an invitation never overwrites what the SENDCo typed', async () => {
    const before = await entryOf('sally.salt@slt.example');
    await ctx.sendco.request('PATCH', `/api/address-book/${before!.id}`, {
      name: 'Sally Salt',
      role: 'speech_language_therapist',
      organisation: 'Northshire Children’s Therapies',
      email: 'sally.salt@slt.example',
      language: 'pl',
    });
    expect((await invite(secondReview, { name: 'S. Salt', email: 'SALLY.SALT@slt.EXAMPLE', role: 'health' })).status).toBe(201);
    expect(await AddressBookEntry.countDocuments({ schoolId: ctx.home.schoolId, email: 'sally.salt@slt.example' })).toBe(1);
    expect(await entryOf('sally.salt@slt.example')).toMatchObject({
      name: 'Sally Salt',
      role: 'speech_language_therapist',
      organisation: 'Northshire Children’s Therapies',
    });
    const stored = await AddressBookEntry.findById(before!.id).lean();
    expect(stored?.lastInvitedAt).not.toBeNull();
    // Typed in again by the SENDCo, with another case: already in the book.
    const again = await ctx.sendco.post('/api/address-book', {
      ...EP,
      name: 'Sally',
      role: 'health',
      email: 'Sally.Salt@slt.example',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('address_book_entry_exists');
  });
});

describe('the SENDCo keeps the address book', () => {
  let epId: string;

  it('adds someone, normalising the email, and audits it', async () => {
    const created = await ctx.sendco.post('/api/address-book', EP);
    expect(created.status).toBe(201);
    expect(created.body.entry).toMatchObject({ ...EP, email: 'a.bello@ep.example', source: 'added', lastInvitedAt: null });
    epId = created.body.entry.id;
    expect(await AuditEvent.countDocuments({ action: 'address_book.entry_added', 'target.id': epId })).toBe(1);
  });

  it('refuses what is not a person the school works with, saying why, field by field', async () => {
    const bad = await ctx.sendco.post('/api/address-book', {
      name: ' ',
      role: 'parent_carer',
      email: 'not-an-email',
      phone: 'call me',
      language: 'xx',
    });
    expect(bad.status).toBe(400);
    const messages = Object.fromEntries(
      (bad.body.error.details as { path: string; message: string }[]).map(({ path, message }) => [path, message]),
    );
    expect(messages).toMatchObject({
      name: 'Enter their name.',
      role: 'Parents, carers and the young person are not kept in the school’s address book: invite them on the child’s review.',
      email: 'Enter an email address, like name@service.org.uk.',
      phone: 'Enter a phone number using only numbers, spaces and a + at the start',
    });
    expect(Object.keys(messages).sort()).toEqual(['email', 'language', 'name', 'phone', 'role']);
  });

  it('searches name, role, organisation and email by every word, without case, regular-expression characters as text', async () => {
    expect((await book('bello')).entries.map((e) => e.name)).toEqual(['Dr Ade Bello']);
    expect((await book('PSYCHOLOGY northshire')).entries.map((e) => e.name)).toEqual(['Dr Ade Bello']);
    expect((await book('speech')).entries.map((e) => e.name)).toEqual(['Sally Salt']);
    expect((await book('.*')).total).toBe(0);
    const all = await book();
    expect(all.entries.map((e) => e.name)).toEqual(['Dr Ade Bello', 'Sally Salt', 'Tess Teacher']);
    expect(all.total).toBe(3);
  });

  it('edits an entry (its changes audited before and after), refusing an email another entry has', async () => {
    const edited = await ctx.sendco.request('PATCH', `/api/address-book/${epId}`, {
      ...EP,
      phone: '',
      organisation: 'Northshire EPS',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.entry).toMatchObject({ organisation: 'Northshire EPS', phone: null });
    const audit = await AuditEvent.findOne({ action: 'address_book.entry_changed', 'target.id': epId }).lean();
    expect(audit?.details).toEqual({
      organisationBefore: 'Northshire Educational Psychology Service',
      organisationAfter: 'Northshire EPS',
      phoneBefore: '01632 960001',
      phoneAfter: null,
    });
    expect((await book('eps')).entries.map((e) => e.name)).toEqual(['Dr Ade Bello']);
    const taken = await ctx.sendco.request('PATCH', `/api/address-book/${epId}`, { ...EP, email: 'TESS@oaklane.example' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('address_book_entry_exists');
  });

  it('removes an entry; it is gone and an edit of it is 404', async () => {
    const tess = await entryOf('tess@oaklane.example');
    expect((await ctx.sendco.request('DELETE', `/api/address-book/${tess!.id}`)).status).toBe(204);
    expect(await entryOf('tess@oaklane.example')).toBeUndefined();
    expect(await AuditEvent.countDocuments({ action: 'address_book.entry_removed', 'target.id': tess!.id })).toBe(1);
    const gone = await ctx.sendco.request('PATCH', `/api/address-book/${tess!.id}`, { ...EP, email: 'tess@oaklane.example' });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('address_book_entry_not_found');
    expect((await ctx.sendco.request('DELETE', `/api/address-book/${tess!.id}`)).status).toBe(404);
  });
});

describe('one school’s address book', () => {
  it('is invisible to another school: not listed, not editable, not removable, not offered on its reviews', async () => {
    const home = await entryOf('a.bello@ep.example');
    const theirs = (await ctx.otherSendco.get('/api/address-book')).body;
    expect(theirs).toEqual({ entries: [], total: 0 });
    expect(JSON.stringify((await ctx.otherSendco.get('/api/address-book?q=bello')).body)).not.toContain('Bello');
    const edit = await ctx.otherSendco.request('PATCH', `/api/address-book/${home!.id}`, { ...EP, name: 'Hijacked' });
    expect(edit.status).toBe(404);
    expect((await ctx.otherSendco.request('DELETE', `/api/address-book/${home!.id}`)).status).toBe(404);
    expect((await ctx.otherSendco.get(`/api/reviews/${ctx.home.reviewId}/participants/address-book`)).status).toBe(404);
    expect((await entryOf('a.bello@ep.example'))?.name).toBe('Dr Ade Bello');
    // The same email in another school is another school's entry.
    expect((await ctx.otherSendco.post('/api/address-book', EP)).status).toBe(201);
    expect((await book()).entries.filter((e) => e.email === 'a.bello@ep.example')).toHaveLength(1);
  });

  it('is the SENDCo’s: a teacher is refused every route (403) and nobody signed out gets anything (401)', async () => {
    const entry = await entryOf('a.bello@ep.example');
    for (const client of [ctx.staff, ctx.anonymous]) {
      const expected = client === ctx.staff ? 403 : 401;
      expect((await client.get('/api/address-book')).status).toBe(expected);
      expect((await client.post('/api/address-book', { ...EP, email: 'new@ep.example' })).status).toBe(expected);
      expect((await client.request('PATCH', `/api/address-book/${entry!.id}`, EP)).status).toBe(expected);
      expect((await client.request('DELETE', `/api/address-book/${entry!.id}`)).status).toBe(expected);
      expect((await client.get(`/api/reviews/${ctx.home.reviewId}/participants/address-book`)).status).toBe(expected);
    }
    expect(await AddressBookEntry.countDocuments({ schoolId: ctx.home.schoolId, email: 'new@ep.example' })).toBe(0);
    expect((await entryOf('a.bello@ep.example'))?.name).toBe('Dr Ade Bello');
  });
});

describe('inviting from the address book', () => {
  it('marks who is already invited to the review, and each ticked person is invited on their own, with their own result', async () => {
    // An entry stored before its email was checked (or changed in the database): the invitation refuses it on its own.
    const broken = { name: 'Bea Broken', role: 'social_care' as const, organisation: null, email: 'bea at social.example' };
    await AddressBookEntry.create({ schoolId: ctx.home.schoolId, ...broken, ...indexedFieldsOf(broken), source: 'added' });

    const choices = (await ctx.sendco.get(`/api/reviews/${ctx.home.reviewId}/participants/address-book`)).body as {
      entries: { name: string; email: string; role: string; language: string; alreadyInvited: boolean }[];
    };
    expect(choices.entries.map((e) => [e.name, e.alreadyInvited])).toEqual([
      ['Bea Broken', false],
      ['Dr Ade Bello', false],
      ['Sally Salt', true],
    ]);
    expect((await ctx.sendco.get(`/api/reviews/${secondReview}/participants/address-book?q=salt`)).body.entries).toMatchObject([
      { name: 'Sally Salt', alreadyInvited: true },
    ]);

    // The picker's loop, as the client runs it: one POST per person ticked, one answer each.
    const ticked = choices.entries.filter((e) => e.name !== 'Sally Salt');
    const results = [];
    for (const person of [...ticked, choices.entries.find((e) => e.name === 'Sally Salt')!]) {
      const { name, email, role, language } = person;
      const answer = await invite(ctx.home.reviewId, { name, email, role, language });
      results.push({ name, status: answer.status, code: answer.body.error?.code ?? null });
    }
    expect(results).toEqual([
      { name: 'Bea Broken', status: 400, code: 'validation_failed' },
      { name: 'Dr Ade Bello', status: 201, code: null },
      { name: 'Sally Salt', status: 409, code: 'conflict' },
    ]);
    const participants = (await ctx.sendco.get(`/api/reviews/${ctx.home.reviewId}/participants`)).body.participants as {
      name: string;
      email: string;
    }[];
    expect(
      participants
        .filter((p) => ['Dr Ade Bello', 'Sally Salt', 'Bea Broken'].includes(p.name))
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Dr Ade Bello', 'Sally Salt']);
    const after = (await ctx.sendco.get(`/api/reviews/${ctx.home.reviewId}/participants/address-book?q=bello`)).body;
    expect(after.entries).toMatchObject([{ name: 'Dr Ade Bello', alreadyInvited: true, source: 'added' }]);
    expect(await AddressBookEntry.countDocuments({ schoolId: ctx.home.schoolId, email: 'a.bello@ep.example' })).toBe(1);
  });
});

describe('address books filled from invitations made before the book existed', () => {
  it('adds each professional’s email once, from their latest invitation, and runs once per school', async () => {
    const school = await createSchoolWithReview({ name: 'Elm Road School' });
    const past = addCalendarDays(TODAY, -200);
    await createParticipant(school, {
      name: 'Old Name',
      email: 'Ola@Health.example',
      dueDate: past,
      role: 'health',
      invitedDaysAgo: 300,
    });
    await createParticipant(school, { name: 'Wendy Teacher', email: 'wendy@elm.example', dueDate: past, role: 'school_staff' });
    await createParticipant(school, { name: 'Pam Parent', email: 'pam@home.example', dueDate: past, role: 'parent_carer' });
    const second = String((await Review.create({ schoolId: school.schoolId, pupilId: school.pupilId }))._id);
    await createParticipant(
      { ...school, reviewId: second },
      { name: 'Ola Health', email: 'ola@health.example', dueDate: past, role: 'health', invitedDaysAgo: 10 },
    );

    // The schools above were filled when the app started (before any of their invitations).
    await School.updateMany({ _id: { $ne: school.schoolId } }, { $set: { addressBookFilledAt: new Date() } });
    expect(await fillAddressBooks()).toBe(2);
    const entries = await AddressBookEntry.find({ schoolId: school.schoolId }).sort({ sortKey: 1 }).lean();
    expect(entries.map((e) => [e.name, e.email, e.organisation, e.source])).toEqual([
      ['Ola Health', 'ola@health.example', null, 'invited'],
      ['Wendy Teacher', 'wendy@elm.example', 'Elm Road School', 'invited'],
    ]);
    expect(
      await AuditEvent.countDocuments({ schoolId: school.schoolId, action: 'address_book.entry_added', 'actor.kind': 'system' }),
    ).toBe(2);
    // Already filled: a participant stored directly afterwards is not picked up by a later start.
    await createParticipant(school, {
      name: 'Late Comer',
      email: 'late@ot.example',
      dueDate: past,
      role: 'occupational_therapist',
    });
    expect(await fillAddressBooks()).toBe(0);
    expect(await AddressBookEntry.countDocuments({ schoolId: school.schoolId })).toBe(2);
  });
});
