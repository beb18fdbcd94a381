import { createHash } from 'node:crypto';
import mongoose, { Types } from 'mongoose';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, type AttachmentView, type ParticipantRole } from '@ehcp/shared';
import { Attachment, AttachmentFiles, AuditEvent, Review } from '../../models/index.ts';
import { todayInEngland } from '../../services/index.ts';
import {
  docxFile,
  exeFile,
  jpegFile,
  mp4File,
  oggFile,
  pdfFile,
  pngFile,
  webmFile,
  webpFile,
} from '../../test/attachment-fixtures.ts';
import { createSchoolWithReview } from '../../test/factories.ts';
import { finaliseForTest } from '../../test/finalised-review.ts';
import { TestClient } from '../../test/http-client.ts';
import { inviteParticipant, tokenOf } from '../../test/participant-links.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

let ctx: TwoSchools;
const today = todayInEngland();
const addDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const anonymous = () => new TestClient(ctx.t.baseUrl);
const papersPath = (reviewId: string, query = '') => `/api/reviews/${reviewId}/attachments${query}`;
const ownPath = (token: string, query = '') => `/api/participant/${token}/attachments${query}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const named = (name: string, description?: string) =>
  `?name=${encodeURIComponent(name)}${description ? `&description=${encodeURIComponent(description)}` : ''}`;

/** A further school with its own open review and signed-in SENDCo. */
async function freshSchool() {
  const school = await createSchoolWithReview();
  const sendco = await new TestClient(ctx.t.baseUrl).login(school.sendco.email, school.password);
  return { school, sendco };
}

function invite(sendco: TestClient, reviewId: string, name: string, role: ParticipantRole) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${reviewId.slice(-6)}@example.test`;
  return inviteParticipant(sendco, reviewId, { name, email, role, dueDate: addDays(10) });
}

async function attach(client: TestClient, path: string, bytes: Buffer): Promise<AttachmentView> {
  const reply = await client.upload(path, bytes);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.attachment as AttachmentView;
}

/** Files stored in GridFS. */
const storedFiles = () => mongoose.connection.db!.collection('attachments.files').countDocuments();

beforeAll(async () => {
  ctx = await startWithTwoSchools(today);
});
afterAll(async () => {
  await ctx.t.stop();
  await dropTestDatabase();
});

describe('the SENDCo attaches files to the papers', () => {
  it.each([
    ['Speech report.pdf', pdfFile(), 'application/pdf', 'PDF'],
    ['EP advice.docx', docxFile(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word document'],
    ['Drawing.png', pngFile(), 'image/png', 'PNG image'],
    ['Photo.jpeg', jpegFile(), 'image/jpeg', 'JPEG image'],
    ['Scan.webp', webpFile(), 'image/webp', 'WebP image'],
  ])('stores %s by its content, with its fingerprint, and audits it', async (name, bytes, mime, typeLabel) => {
    // The Content-Type the browser sends is ignored: the content decides.
    const reply = await ctx.sendco.upload(papersPath(ctx.home.reviewId, named(name, 'For the meeting')), bytes, 'text/plain');
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.attachment).toMatchObject({
      kind: 'papers',
      participantId: null,
      name,
      description: 'For the meeting',
      mime,
      typeLabel,
      uploadedByName: expect.stringContaining('Sam SENDCo'),
    });
    // Size and fingerprint are those of the stored file: a document's own bytes, an image's
    // bytes without its metadata (strip-image-metadata.test.ts).
    const download = await ctx.sendco.download(papersPath(ctx.home.reviewId, `/${reply.body.attachment.id}`));
    if (!mime.startsWith('image/')) expect(download.bytes.equals(bytes)).toBe(true);
    expect(reply.body.attachment).toMatchObject({ size: download.bytes.length, sha256: sha256(download.bytes) });
    const stored = await Attachment.findById(reply.body.attachment.id).lean();
    expect(await AttachmentFiles.exists(stored!.fileId)).toBe(true);
    const audit = await AuditEvent.findOne({ action: 'attachment.uploaded', 'target.id': reply.body.attachment.id }).lean();
    expect(audit?.details).toMatchObject({ reviewId: ctx.home.reviewId, kind: 'papers', mime, sha256: sha256(download.bytes) });
  });

  it('lists them for every staff member of the school, and serves each as a download with its type, name and bytes', async () => {
    const list = await ctx.staff.get(papersPath(ctx.home.reviewId));
    expect(list.status).toBe(200);
    const files = list.body.attachments as AttachmentView[];
    expect(files.map((file) => file.name)).toEqual([
      'Speech report.pdf',
      'EP advice.docx',
      'Drawing.png',
      'Photo.jpeg',
      'Scan.webp',
    ]);
    const pdf = files[0]!;
    const download = await ctx.staff.download(papersPath(ctx.home.reviewId, `/${pdf.id}`));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="Speech report.pdf"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(download.bytes.equals(pdfFile())).toBe(true);
  });

  it('cleans the name: no path, no reserved characters, the real type’s extension, and an RFC 5987 name for other scripts', async () => {
    const evil = await attach(ctx.sendco, papersPath(ctx.home.reviewId, named('..\\../etc/<evil>:"report".exe')), pdfFile());
    expect(evil.name).toBe('_evil___report_.exe.pdf');
    const accented = await attach(ctx.sendco, papersPath(ctx.home.reviewId, named('Zoë’s plan.pdf')), pdfFile());
    const download = await ctx.sendco.download(papersPath(ctx.home.reviewId, `/${accented.id}`));
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Zo??s plan.pdf"; filename*=UTF-8''Zo%C3%AB%E2%80%99s%20plan.pdf`,
    );
  });

  it('refuses a program renamed .pdf by its content (415), stores nothing, and refuses audio for the papers', async () => {
    const before = { rows: await Attachment.countDocuments(), files: await storedFiles() };
    const exe = await ctx.sendco.upload(papersPath(ctx.home.reviewId, named('Report.pdf')), exeFile(), 'application/pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('attachment_type_refused');
    expect(exe.body.error.message).toContain('not a PDF, Word document, PNG image, JPEG image or WebP image');
    expect((await ctx.sendco.upload(papersPath(ctx.home.reviewId, named('Voice.webm')), webmFile())).status).toBe(415);
    expect((await ctx.sendco.upload(papersPath(ctx.home.reviewId, named('fake.docx')), docxFile(false))).status).toBe(415);
    expect({ rows: await Attachment.countDocuments(), files: await storedFiles() }).toEqual(before);
  });

  it('refuses a file over the limit with 413 saying the limit, before storing anything', async () => {
    const before = await storedFiles();
    const tooLarge = Buffer.concat([pdfFile(), Buffer.alloc(LIMITS.attachmentMaxBytes)]);
    const reply = await ctx.sendco.upload(papersPath(ctx.home.reviewId, named('Huge.pdf')), tooLarge);
    expect(reply.status).toBe(413);
    expect(reply.body.error).toMatchObject({ code: 'attachment_too_large', message: expect.stringContaining('10.0 MB') });
    expect(await storedFiles()).toBe(before);
  });

  it('refuses what is not a valid upload: no name, an empty file, JSON instead of bytes', async () => {
    expect((await ctx.sendco.upload(papersPath(ctx.home.reviewId), pdfFile())).status).toBe(400);
    expect((await ctx.sendco.upload(papersPath(ctx.home.reviewId, named('Empty.pdf')), Buffer.alloc(0))).status).toBe(400);
    const unknownQuery = await ctx.sendco.upload(papersPath(ctx.home.reviewId, `${named('a.pdf')}&kind=contribution`), pdfFile());
    expect(unknownQuery.status).toBe(400);
  });

  it('lets only the SENDCo attach and remove (a teacher is 403), and another school’s review is 404 like a missing one', async () => {
    const { body } = await ctx.sendco.get(papersPath(ctx.home.reviewId));
    const fileId = (body.attachments as AttachmentView[])[0]!.id;
    expect((await ctx.staff.upload(papersPath(ctx.home.reviewId, named('x.pdf')), pdfFile())).status).toBe(403);
    expect((await ctx.staff.delete(papersPath(ctx.home.reviewId, `/${fileId}`))).status).toBe(403);
    for (const reply of [
      await ctx.otherSendco.get(papersPath(ctx.home.reviewId)),
      await ctx.otherSendco.upload(papersPath(ctx.home.reviewId, named('x.pdf')), pdfFile()),
      await ctx.otherSendco.download(papersPath(ctx.home.reviewId, `/${fileId}`)),
      await ctx.otherSendco.delete(papersPath(ctx.home.reviewId, `/${fileId}`)),
    ])
      expect(reply.status).toBe(404);
    // The file named under the other school's own review: not attached there.
    const own = await ctx.otherSendco.download(papersPath(ctx.other.reviewId, `/${fileId}`));
    expect(own.status).toBe(404);
    expect((await anonymous().get(papersPath(ctx.home.reviewId))).status).toBe(401);
  });

  it('removes a file: the row, then its bytes in GridFS; audited', async () => {
    const file = await attach(ctx.sendco, papersPath(ctx.home.reviewId, named('Wrong file.pdf')), pdfFile('wrong'));
    const { fileId } = (await Attachment.findById(file.id).lean())!;
    expect((await ctx.sendco.delete(papersPath(ctx.home.reviewId, `/${file.id}`))).status).toBe(204);
    expect(await Attachment.exists({ _id: file.id })).toBeNull();
    expect(await AttachmentFiles.exists(fileId)).toBe(false);
    expect((await ctx.sendco.download(papersPath(ctx.home.reviewId, `/${file.id}`))).status).toBe(404);
    expect(await AuditEvent.exists({ action: 'attachment.deleted', 'target.id': file.id })).not.toBeNull();
  });
});

describe('the papers cap', () => {
  it(`refuses a file beyond the papers' ${LIMITS.paperAttachmentsMax} with 409 attachments_full`, async () => {
    const { school, sendco } = await freshSchool();
    for (let n = 0; n < LIMITS.paperAttachmentsMax; n += 1)
      await attach(sendco, papersPath(school.reviewId, named(`Paper ${n}.png`)), pngFile());
    const reply = await sendco.upload(papersPath(school.reviewId, named('One more.png')), pngFile());
    expect(reply.status).toBe(409);
    expect(reply.body.error).toMatchObject({ code: 'attachments_full', message: expect.stringContaining('Remove one') });
  });

  it('refuses a file that would take the review past its total size with 413', async () => {
    const { school, sendco } = await freshSchool();
    const fileId = new Types.ObjectId();
    // The review already holds files totalling just under the cap (rows only; their size is what counts).
    for (let n = 0; n < 10; n += 1)
      await Attachment.collection.insertOne({
        reviewId: new Types.ObjectId(school.reviewId),
        schoolId: new Types.ObjectId(school.schoolId),
        kind: 'contribution',
        participantId: new Types.ObjectId(),
        uploadedBy: { kind: 'participant', id: 'x', name: 'X' },
        name: `big${n}.pdf`,
        description: '',
        mime: 'application/pdf',
        size: LIMITS.attachmentsPerReviewMaxBytes / 10 - (n === 0 ? 10 : 0),
        sha256: '0'.repeat(64),
        fileId,
        createdAt: new Date(),
      });
    const reply = await sendco.upload(papersPath(school.reviewId, named('Last straw.pdf')), pdfFile());
    expect(reply.status).toBe(413);
    expect(reply.body.error).toMatchObject({ code: 'attachments_full', message: expect.stringContaining('100.0 MB') });
  });
});

describe('the child’s voice: a parent attaches a drawing and a voice note to her contribution', () => {
  let school: Awaited<ReturnType<typeof freshSchool>>;
  let parent: { id: string; token: string };
  let teacher: { id: string; token: string };
  let drawing: AttachmentView;
  let voice: AttachmentView;
  let report: AttachmentView;

  beforeAll(async () => {
    school = await freshSchool();
    await Review.updateOne({ _id: school.school.reviewId }, { $set: { meetingDate: addDays(20) } });
    parent = await invite(school.sendco, school.school.reviewId, 'Pat Parent', 'parent_carer');
    teacher = await invite(school.sendco, school.school.reviewId, 'Tess Teacher', 'school_staff');
    report = await attach(school.sendco, papersPath(school.school.reviewId, named('Therapy report.pdf')), pdfFile());
  });

  it('accepts images and audio (WebM, Ogg, M4A) by content, and refuses a video', async () => {
    drawing = await attach(anonymous(), ownPath(parent.token, named('My drawing.png', 'Amy drew her class')), pngFile());
    expect(drawing).toMatchObject({
      kind: 'contribution',
      participantId: parent.id,
      uploadedByName: 'Pat Parent',
      roleLabel: 'Parent or carer',
    });
    voice = await attach(anonymous(), ownPath(parent.token, named('voice-note', 'Amy, in her own words')), webmFile());
    expect(voice).toMatchObject({ mime: 'audio/webm', name: 'voice-note.webm', typeLabel: 'Audio recording (WebM)' });
    expect((await attach(anonymous(), ownPath(teacher.token, named('note.ogg')), oggFile())).mime).toBe('audio/ogg');
    expect((await attach(anonymous(), ownPath(teacher.token, named('note.m4a')), mp4File('soun'))).mime).toBe('audio/mp4');
    expect((await anonymous().upload(ownPath(parent.token, named('film.mp4')), mp4File('vide'))).status).toBe(415);
    expect((await anonymous().upload(ownPath(parent.token, named('film.webm')), webmFile('V_VP8'))).status).toBe(415);
    const own = await anonymous().get(ownPath(parent.token));
    expect((own.body.attachments as AttachmentView[]).map((file) => file.name)).toEqual(['My drawing.png', 'voice-note.webm']);
  });

  it('keeps each participant to their own files until the papers are circulated', async () => {
    expect((await anonymous().download(ownPath(parent.token, `/${drawing.id}`))).status).toBe(200);
    // The teacher may not read the parent's draft files, nor the papers before they are circulated.
    const other = await anonymous().download(ownPath(teacher.token, `/${drawing.id}`));
    expect(other.status).toBe(404);
    expect((await anonymous().download(ownPath(teacher.token, `/${report.id}`))).status).toBe(404);
    // …nor remove them.
    expect((await anonymous().delete(ownPath(teacher.token, `/${drawing.id}`))).status).toBe(404);
    expect((await anonymous().get(ownPath(teacher.token))).body.attachments).toHaveLength(2);
    // Staff read drafts' files.
    expect((await school.sendco.download(papersPath(school.school.reviewId, `/${voice.id}`))).bytes.equals(webmFile())).toBe(
      true,
    );
  });

  it(`refuses a file beyond a contribution's ${LIMITS.contributionAttachmentsMax} (409)`, async () => {
    const extra: AttachmentView[] = [];
    for (let n = 0; n < LIMITS.contributionAttachmentsMax - 2; n += 1)
      extra.push(await attach(anonymous(), ownPath(parent.token, named(`p${n}.jpg`)), jpegFile()));
    const full = await anonymous().upload(ownPath(parent.token, named('more.jpg')), jpegFile());
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('attachments_full');
    for (const file of extra) expect((await anonymous().delete(ownPath(parent.token, `/${file.id}`))).status).toBe(204);
  });

  it('locks them once she sends her contribution (409), and circulates them with it', async () => {
    expect((await anonymous().post(`/api/participant/${parent.token}/submit`)).status).toBe(200);
    const late = await anonymous().upload(ownPath(parent.token, named('late.png')), pngFile());
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('contribution_submitted');
    expect((await anonymous().delete(ownPath(parent.token, `/${drawing.id}`))).status).toBe(409);

    const circulated = await school.sendco.post(`/api/reviews/${school.school.reviewId}/circulation`, {
      acknowledgeWarnings: true,
    });
    expect(circulated.status).toBe(201);
    const pack = circulated.body.circulation.current.contributions[0];
    expect(pack.attachments.map((file: AttachmentView) => file.name)).toEqual(['My drawing.png', 'voice-note.webm']);

    const papers = await anonymous().get(`/api/participant/${teacher.token}/papers`);
    expect(papers.body.papers.attachments.map((file: AttachmentView) => file.name)).toEqual(['Therapy report.pdf']);
    expect(papers.body.papers.contributions[0].attachments).toHaveLength(2);
    // Now the teacher reads the papers' file and the parent's circulated files; the teacher's unsent files stay hers.
    expect((await anonymous().download(ownPath(teacher.token, `/${report.id}`))).bytes.equals(pdfFile())).toBe(true);
    expect(sha256((await anonymous().download(ownPath(teacher.token, `/${drawing.id}`))).bytes)).toBe(drawing.sha256);
    const teacherOwn = (await anonymous().get(ownPath(teacher.token))).body.attachments as AttachmentView[];
    expect((await anonymous().download(ownPath(parent.token, `/${teacherOwn[0]!.id}`))).status).toBe(404);
  });

  it('lists the papers’ files and the sent contributions’ files on the LA link, which downloads them until withdrawn', async () => {
    await finaliseForTest({ reviewId: school.school.reviewId, schoolId: school.school.schoolId, sendco: school.school.sendco });
    const created = await school.sendco.post(`/api/reviews/${school.school.reviewId}/share-links`, {});
    expect(created.status).toBe(201);
    const token = tokenOf(created.body.link.url as string);
    const shared = await anonymous().get(`/api/shared/${token}`);
    expect(shared.status).toBe(200);
    const listed = shared.body.outcome.attachments as AttachmentView[];
    // The teacher never sent her contribution: her files are not part of the record.
    expect(listed.map((file) => file.name)).toEqual(['Therapy report.pdf', 'My drawing.png', 'voice-note.webm']);

    const pdf = await anonymous().download(`/api/shared/${token}/attachments/${report.id}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="Therapy report.pdf"');
    expect(sha256(pdf.bytes)).toBe(report.sha256);
    const teacherOwn = (await anonymous().get(ownPath(teacher.token))).body.attachments as AttachmentView[];
    expect((await anonymous().download(`/api/shared/${token}/attachments/${teacherOwn[0]!.id}`)).status).toBe(404);
    expect(await AuditEvent.exists({ action: 'attachment.downloaded', 'target.id': report.id })).not.toBeNull();

    // Finalised: nothing changes any more.
    const upload = await school.sendco.upload(papersPath(school.school.reviewId, named('After.pdf')), pdfFile());
    expect(upload.status).toBe(409);
    expect(upload.body.error.code).toBe('review_finalised');
    expect((await school.sendco.delete(papersPath(school.school.reviewId, `/${report.id}`))).status).toBe(409);
    expect((await anonymous().upload(ownPath(teacher.token, named('late.png')), pngFile())).status).toBe(409);

    expect(
      (await school.sendco.post(`/api/reviews/${school.school.reviewId}/share-links/${created.body.link.id}/revoke`)).status,
    ).toBe(200);
    const revoked = await anonymous().download(`/api/shared/${token}/attachments/${report.id}`);
    expect(revoked.status).toBe(410);
    expect(JSON.parse(revoked.bytes.toString()).error.code).toBe('share_link_unavailable');
  });
});

describe('a parent attaches a photo taken on her phone', () => {
  it('is stored without the place, the camera and the time it carried, the right way up', async () => {
    const { school, sendco } = await freshSchool();
    const parent = await invite(sendco, school.reviewId, 'Amira Khan', 'parent_carer');
    const photo = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0a0' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: 'PhoneCo', DateTime: '2026:11:30 16:05:00' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
      })
      .toBuffer();
    const added = await attach(anonymous(), ownPath(parent.token, named('Homework.jpg', 'Her maths at home')), photo);
    const download = await sendco.download(papersPath(school.reviewId, `/${added.id}`));
    expect(download.status).toBe(200);
    const stored = await sharp(download.bytes).metadata();
    expect({ exif: stored.exif, width: stored.width, height: stored.height }).toEqual({ exif: undefined, width: 20, height: 40 });
    expect(download.bytes.includes(Buffer.from('PhoneCo'))).toBe(false);
    expect(added).toMatchObject({ size: download.bytes.length, sha256: sha256(download.bytes) });
  });

  it('refuses a damaged photo (422) and a picture of too many pixels (413), storing nothing', async () => {
    const { school, sendco } = await freshSchool();
    const parent = await invite(sendco, school.reviewId, 'Amira Khan', 'parent_carer');
    const before = { rows: await Attachment.countDocuments(), files: await storedFiles() };
    const damaged = await anonymous().upload(ownPath(parent.token, named('Photo.jpg')), jpegFile().subarray(0, 120));
    expect(damaged.status).toBe(422);
    expect(damaged.body.error).toMatchObject({
      code: 'attachment_unreadable',
      message: expect.stringContaining('could not be read'),
    });
    const huge = await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const bomb = await anonymous().upload(ownPath(parent.token, named('Scan.png')), huge);
    expect(bomb.status).toBe(413);
    expect(bomb.body.error.code).toBe('image_too_many_pixels');
    expect({ rows: await Attachment.countDocuments(), files: await storedFiles() }).toEqual(before);
  });
});

describe('bytes a crash left with no row naming them are swept', () => {
  const HOUR = 60 * 60_000;
  const later = (ms: number) => new Date(Date.now() + ms);
  const sweepAt = async (at: Date) => (await ctx.t.app.housekeeping.sweep(at)).unlistedAttachmentFiles;

  it('deletes stored bytes whose row was never written, once the grace has passed, and nothing listed', async () => {
    const { school, sendco } = await freshSchool();
    const listed = await attach(sendco, papersPath(school.reviewId, named('Report.pdf')), pdfFile());
    const listedFileId = (await Attachment.findById(listed.id).lean())!.fileId as Types.ObjectId;
    // The process stored the bytes of an upload and died before writing its row.
    const orphan = await AttachmentFiles.put(pngFile(), 'Drawing.png', 'image/png');
    expect(await sweepAt(later(10 * 60_000))).toBe(0); // it may still be an upload in progress
    expect(await AttachmentFiles.exists(orphan)).toBe(true);
    expect(await sweepAt(later(2 * HOUR))).toBeGreaterThanOrEqual(1);
    expect(await AttachmentFiles.exists(orphan)).toBe(false);
    expect(await AttachmentFiles.exists(listedFileId)).toBe(true);
    expect((await sendco.download(papersPath(school.reviewId, `/${listed.id}`))).bytes.equals(pdfFile())).toBe(true);
  });

  it('keeps a file whose row was written but not marked listed (that write was lost), and marks it', async () => {
    const { school } = await freshSchool();
    const fileId = await AttachmentFiles.put(pdfFile(), 'Report.pdf', 'application/pdf');
    await Attachment.create({
      reviewId: school.reviewId,
      schoolId: school.schoolId,
      kind: 'papers',
      participantId: null,
      uploadedBy: { kind: 'staff', id: new Types.ObjectId().toString(), name: 'Sam SENDCo' },
      name: 'Report.pdf',
      description: '',
      mime: 'application/pdf',
      size: pdfFile().length,
      sha256: sha256(pdfFile()),
      fileId,
    });
    await sweepAt(later(2 * HOUR));
    expect(await AttachmentFiles.exists(fileId)).toBe(true);
    expect(await AttachmentFiles.findUnlisted(later(3 * HOUR), 1000)).not.toContainEqual(fileId);
  });

  it('deletes the bytes of a removed file whose removal stopped after its row', async () => {
    const { school, sendco } = await freshSchool();
    const added = await attach(sendco, papersPath(school.reviewId, named('Old letter.pdf')), pdfFile());
    const fileId = (await Attachment.findById(added.id).lean())!.fileId as Types.ObjectId;
    // deleteAttachment's first two steps, then the process died.
    await AttachmentFiles.markUnlisted(fileId);
    await Attachment.deleteOne({ _id: added.id });
    expect(await sweepAt(later(2 * HOUR))).toBeGreaterThanOrEqual(1);
    expect(await AttachmentFiles.exists(fileId)).toBe(false);
  });
});
