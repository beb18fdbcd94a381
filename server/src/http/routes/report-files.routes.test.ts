import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent, Pupil } from '../../models/index.ts';
import type { CollabClient } from '../../test/collab-client.ts';
import { prepareForFinalisation } from '../../test/meeting-report.ts';
import { docxPart, pdfText, wordText } from '../../../../scripts/report-file-text.ts';
import { dropTestDatabase } from '../../test/test-app.ts';
import { startWithTwoSchools, type TwoSchools } from '../../test/two-schools.ts';

const URDU = 'میرا بیٹا اسکول میں خوش ہے';
const NAME = 'Zoë Łukasz-Brzęczyszczykiewicz';
const SCHOOL = 'Oakfield Primary';
const HEADER = `${NAME} · Annual review · ${SCHOOL}`;

let s: TwoSchools;
let editor: CollabClient;
const pdfPath = () => `/api/reviews/${s.home.reviewId}/report.pdf`;
const docxPath = () => `/api/reviews/${s.home.reviewId}/report.docx`;

beforeAll(async () => {
  s = await startWithTwoSchools('2026-01-20', SCHOOL);
  const pupil = await Pupil.findById(s.home.pupilId);
  pupil!.set({ givenName: 'Zoë', familyName: 'Łukasz-Brzęczyszczykiewicz', upn: 'A123456789012', la: 'Leeds' });
  await pupil!.save();
  editor = await prepareForFinalisation(s.sendco, s.t.wsUrl, s.home.reviewId, {
    meetingDate: '2026-01-15',
    youngPersonViews: URDU,
  });
});
afterAll(async () => {
  editor.destroy();
  await s.t.stop();
  await dropTestDatabase();
});

/** Every page's text: pdftotext separates pages with a form feed. */
const pagesOf = (text: string) => text.split('\f').filter((page) => page.trim());

describe('the live draft as a file', () => {
  it('downloads a PDF of the live report, marked as a draft on every page, with the child identified', async () => {
    const result = await s.staff.download(pdfPath());
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/pdf');
    expect(result.headers.get('cache-control')).toBe('private, no-store');
    expect(result.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Annual review - ${NAME} - 2026-01-20.pdf`)}`,
    );
    const text = pdfText(result.bytes);
    for (const value of [
      NAME,
      'Mon 1 Oct 2012',
      'A123456789012',
      'Leeds',
      SCHOOL,
      'Section F needs more speech and language therapy.',
    ])
      expect(text).toContain(value);
    // Arabic script comes back as typed (the Urdu font is embedded; the text extracts in order).
    expect(text).toContain(URDU);
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain(HEADER);
      expect(page).toContain('Draft — not final');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('downloads a Word file of the same report, with the running header, draft mark and page numbers', async () => {
    const result = await s.sendco.download(docxPath());
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(result.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Annual review - ${NAME} - 2026-01-20.docx`)}`,
    );
    const body = wordText(docxPart(result.bytes, 'word/document.xml'));
    for (const value of [
      NAME,
      'Mon 1 Oct 2012',
      'A123456789012',
      'Leeds',
      'Section F needs more speech and language therapy.',
      URDU,
    ])
      expect(body).toContain(value);
    const header = wordText(docxPart(result.bytes, 'word/header1.xml'));
    expect(header).toContain(HEADER);
    expect(header).toContain('Draft — not final');
    // Word fills in the page fields when it lays the document out: "Page <PAGE> of <NUMPAGES>".
    const footer = docxPart(result.bytes, 'word/footer1.xml');
    expect(wordText(footer)).toMatch(/^Page PAGE of NUMPAGES/m);
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
  });

  it('audits every download with its format and whether it was a draft', async () => {
    const events = await AuditEvent.find({ action: 'review.exported', 'target.id': s.home.reviewId }).sort({ _id: 1 }).lean();
    expect(events.map((event) => event.details)).toEqual([
      { format: 'pdf', status: 'draft' },
      { format: 'docx', status: 'draft' },
    ]);
    expect(events[0]?.actor).toMatchObject({ kind: 'staff', id: s.home.staff.id });
  });

  it('answers 404 for another school’s review, 401 without a session, 400 for a malformed id', async () => {
    for (const path of [pdfPath(), docxPath()]) {
      const crossSchool = await s.otherSendco.download(path);
      expect(crossSchool.status).toBe(404);
      expect(JSON.parse(crossSchool.bytes.toString('utf8')).error.code).toBe('review_not_found');
      expect((await s.anonymous.download(path)).status).toBe(401);
    }
    expect((await s.sendco.download('/api/reviews/not-an-id/report.pdf')).status).toBe(400);
    expect(await AuditEvent.countDocuments({ action: 'review.exported', 'target.id': s.home.reviewId })).toBe(2);
  });
});

describe('the finalised report as a file', () => {
  it('is the stored outcome: no draft mark, the meeting date in the file name, the record’s fingerprint', async () => {
    expect((await s.sendco.post(`/api/reviews/${s.home.reviewId}/finalise`, {})).status).toBe(200);
    const pdf = await s.sendco.download(pdfPath());
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toContain(encodeURIComponent(`${NAME} - 2026-01-15.pdf`));
    const text = pdfText(pdf.bytes);
    expect(text).not.toContain('Draft');
    expect(text).toContain(HEADER);
    expect(text).toContain('Page 1 of');
    expect(text).toMatch(/Record fingerprint \(SHA-256\): [0-9a-f]{64}/);
    expect(text).toContain(URDU);

    const docx = await s.sendco.download(docxPath());
    expect(docx.status).toBe(200);
    expect(wordText(docxPart(docx.bytes, 'word/header1.xml'))).not.toContain('Draft');
    expect(wordText(docxPart(docx.bytes, 'word/document.xml'))).toContain('Read aloud with confidence');
    const last = await AuditEvent.findOne({ action: 'review.exported' }).sort({ _id: -1 }).lean();
    expect(last?.details).toEqual({ format: 'docx', status: 'final' });
  });
});
