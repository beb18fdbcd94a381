import { expect, test, type Page } from '@playwright/test';
import mongoose from 'mongoose';
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortDate, todayInEngland } from '@ehcp/shared';
import { docxPart, pdfText, wordText } from '../../scripts/report-file-text.ts';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { SENDCO } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { startStack, type Stack } from '../support/stack.ts';

const SCHOOL = 'Oakfield Community Academy (demo)';
const URDU = 'فرحان کو ریاضی پسند ہے';

let stack: Stack;
let dateOfBirth: string;
test.beforeAll(async () => {
  stack = await startStack();
  // The demo pupils have no UPN or LA; give Farhan both, as an import would.
  const connection = await mongoose.createConnection(stack.mongoUri).asPromise();
  try {
    const pupils = connection.db!.collection('pupils');
    await pupils.updateOne({ name: 'Farhan Ali' }, { $set: { upn: 'B987654321098', la: 'Northshire' } });
    dateOfBirth = ((await pupils.findOne({ name: 'Farhan Ali' })) as unknown as { dateOfBirth: string }).dateOfBirth;
  } finally {
    await connection.close();
  }
});
test.afterAll(async () => {
  await stack.stop();
});

/** Clicks a download button and returns the file's suggested name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: button }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'e2e-report-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('a SENDCo downloads the live report as PDF and Word, marked as a draft, with the child identified', async ({ browser }) => {
  const { page } = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  await caseload.openReview('Farhan Ali');
  const review = new ReviewWorkspace(page);
  await review.typeIn('editor-parent-views', URDU);
  await review.expectSaved();

  const today = todayInEngland();
  const pdf = await download(page, 'Download PDF');
  expect(pdf.name).toBe(`Annual review - Farhan Ali - ${today}.pdf`);
  const text = pdfText(pdf.bytes);
  for (const value of ['Farhan Ali', shortDate(dateOfBirth), 'B987654321098', 'Northshire', URDU]) expect(text).toContain(value);
  expect(text).toContain(`Farhan Ali · Annual review · ${SCHOOL}`);
  expect(text).toContain('Draft — not final');
  expect(text).toContain('Page 1 of');

  const docx = await download(page, 'Download Word');
  expect(docx.name).toBe(`Annual review - Farhan Ali - ${today}.docx`);
  const body = wordText(docxPart(docx.bytes, 'word/document.xml'));
  for (const value of ['Farhan Ali', shortDate(dateOfBirth), 'B987654321098', 'Northshire', URDU]) expect(body).toContain(value);
  const header = wordText(docxPart(docx.bytes, 'word/header1.xml'));
  expect(header).toContain(`Farhan Ali · Annual review · ${SCHOOL}`);
  expect(header).toContain('Draft — not final');
});

test('the finalised report downloads from its page without the draft mark', async ({ browser }) => {
  const reviewId = await finaliseInDatabase(stack, 'Ben Carter', {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ben now reads with his class.' }] }],
  });
  const { page } = await signIn(browser, stack, SENDCO);
  await new ReviewWorkspace(page).goto(reviewId);
  await expect(page.getByTestId('report-snapshot')).toContainText('Ben now reads with his class.');
  const pdf = await download(page, 'Download PDF');
  const text = pdfText(pdf.bytes);
  expect(text).toContain('Ben now reads with his class.');
  expect(text).toContain(`Ben Carter · Annual review · ${SCHOOL}`);
  expect(text).not.toContain('Draft');
});
