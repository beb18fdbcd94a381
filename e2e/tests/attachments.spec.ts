import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { sendcoOnReview } from '../fixtures/actors.ts';
import { AttachmentsPanel } from '../pages/AttachmentsPanel.ts';
import { CirculatePanel, ParticipantPapers } from '../pages/CirculatePanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { SharePanel } from '../pages/SharePanel.ts';
import { makeAttachmentFiles, pixelsOf } from '../support/attachment-files.ts';
import { sendContribution } from '../support/contribution.ts';
import { daysFromToday } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo attaches a PDF to the papers, a parent a drawing to her contribution; the papers list both and the LA link opens the PDF', async ({
  browser,
}) => {
  const files = await makeAttachmentFiles(browser);
  const sendco = await sendcoOnReview(browser, stack, 'Farhan Ali');
  const parentLink = await sendco.panel.add({
    name: 'Nadia Ali',
    email: 'nadia.ali@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(6),
  });
  await new ReviewWorkspace(sendco.page).recordMeetingDate(daysFromToday(20));

  // The SENDCo attaches the therapist's report; a program renamed .pdf is refused by its content.
  const papersFiles = AttachmentsPanel.papers(sendco.page);
  await papersFiles.attach(
    { name: 'SALT report.pdf', mimeType: 'application/pdf', buffer: files.pdf },
    'Speech and language, March',
  );
  await expect(papersFiles.file('SALT report.pdf')).toContainText('PDF');
  await papersFiles.panel.getByTestId('attach-file-input').setInputFiles({
    name: 'Report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
  });
  await papersFiles.panel.getByRole('button', { name: 'Add this file' }).click();
  await expect(papersFiles.panel.getByRole('alert')).toContainText('This file cannot be added');
  await expect(papersFiles.files).toHaveCount(1);

  // The parent attaches Farhan's drawing beside her written views, then sends them.
  const parent = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 390, height: 844 } });
  const parentPage = await parent.newPage();
  await parentPage.goto(parentLink);
  const own = AttachmentsPanel.contribution(parentPage);
  await expect(own.panel).toContainText('You have not added any files.');
  await own.attach({ name: 'Farhan drawing.png', mimeType: 'image/png', buffer: files.drawing }, 'Farhan drew our house');
  await expect(own.file('Farhan drawing.png')).toContainText('PNG image');
  await expect(own.file('Farhan drawing.png')).toContainText('Farhan drew our house');
  await sendContribution(parentPage, 'What is going well', 'Farhan loves the new reading club.');
  await expect(own.panel).toContainText('its files can no longer be changed');
  await expect(own.panel.getByRole('button', { name: /^Remove/ })).toHaveCount(0);

  // Circulated: the staff papers page and the parent's papers list both files.
  await sendco.page.reload();
  const circulate = new CirculatePanel(sendco.page);
  await circulate.circulate();
  await circulate.openPapers();
  await expect(sendco.page.getByTestId('papers-files')).toContainText('SALT report.pdf');
  await expect(sendco.page.getByTestId('pack-attachments')).toContainText('Farhan drawing.png');
  await parentPage.reload();
  const papers = new ParticipantPapers(parentPage);
  await expect(papers.section.getByTestId('papers-files')).toContainText('SALT report.pdf');
  await expect(papers.contributionBy('Nadia Ali').getByTestId('pack-attachments')).toContainText('Farhan drawing.png');
  // The parent opens the drawing through her own link: the picture she sent, pixel for pixel
  // (stored without its metadata, so not byte for byte).
  const drawingHref = await papers.section.getByRole('link', { name: 'Farhan drawing.png' }).getAttribute('href');
  const drawing = await parent.request.get(drawingHref!);
  expect(drawing.headers()['content-type']).toBe('image/png');
  const [stored, sent] = await Promise.all([
    pixelsOf(parentPage, await drawing.body(), 'image/png'),
    pixelsOf(parentPage, files.drawing, 'image/png'),
  ]);
  expect(stored).toEqual(sent);

  // Finalised and shared: the LA page lists both files and opens the PDF through its link.
  await finaliseInDatabase(stack, 'Farhan Ali', {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Finalised for the attachments journey.' }] }],
  });
  await sendco.page.goto(`/reviews/${sendco.reviewId}`);
  const laUrl = await new SharePanel(sendco.page).createLink();
  const la = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const laPage = await la.newPage();
  await laPage.goto(laUrl);
  const listed = laPage.getByTestId('outcome-files');
  await expect(listed.getByTestId('attachment')).toHaveCount(2);
  await expect(listed).toContainText('Farhan drawing.png');
  const pdfLink = listed.getByRole('link', { name: 'SALT report.pdf' });
  const download = laPage.waitForEvent('download');
  await pdfLink.click();
  const saved = await (await download).path();
  const bytes = await readFile(saved);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(Buffer.compare(bytes, files.pdf)).toBe(0);
  const response = await la.request.get(new URL((await pdfLink.getAttribute('href'))!, laPage.url()).href);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe('attachment; filename="SALT report.pdf"');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');

  await la.close();
  await parent.close();
  await sendco.context.close();
});
