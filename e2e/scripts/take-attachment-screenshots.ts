/**
 * Takes the attachment screenshots from the running production build: a parent's page with a
 * drawing and a voice note attached to her contribution, and the SENDCo's "Files with the
 * papers" on the review page, and the files on the LA's page once finalised. Run with
 * `npm run build && tsx e2e/scripts/take-attachment-screenshots.ts`; writes
 * docs/screenshots/participant-attachments.png, papers-attachments.png, la-outcome-files.png, and
 * participant- and papers-attachment-unreadable.png (a damaged photo refused).
 */
import { join } from 'node:path';
import { AttachmentsPanel } from '../pages/AttachmentsPanel.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { makeAttachmentFiles, makeVoiceNote } from '../support/attachment-files.ts';
import { daysFromToday } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

const OUT = SCREENSHOT_DIR;

runScreenshotScript('attachment', async ({ stack, browser }) => {
  const files = await makeAttachmentFiles(browser);
  const voice = await makeVoiceNote(browser);
  const { page } = await openDemoReview(stack, browser, 'Chloe Nguyen');
  const link = await new ParticipantsPanel(page).add({
    name: 'Linh Nguyen',
    email: 'linh.nguyen@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(21),
  });
  const papers = AttachmentsPanel.papers(page);
  await papers.attach(
    { name: 'SALT report March.pdf', mimeType: 'application/pdf', buffer: files.pdf },
    'Speech and language therapy report',
  );

  const parent = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' })).newPage();
  await parent.goto(link);
  const own = AttachmentsPanel.contribution(parent);
  await own.attach(
    { name: 'Chloe drawing.png', mimeType: 'image/png', buffer: files.drawing },
    'Chloe drew her family at the park',
  );
  await own.attach(
    { name: 'Chloe voice note.webm', mimeType: 'audio/webm', buffer: voice },
    'Chloe says what she likes at school',
  );
  await own.panel.screenshot({ path: join(OUT, 'participant-attachments.png') });

  // A photo that arrived damaged (cut off half-way): refused with what to do, on the phone and on the SENDCo's page.
  const damaged = {
    name: 'Homework photo.jpg',
    mimeType: 'image/jpeg',
    buffer: (await parent.screenshot({ type: 'jpeg' })).subarray(0, 400),
  };
  for (const [panel, screenshot] of [
    [own.panel, 'participant-attachment-unreadable.png'],
    [papers.panel, 'papers-attachment-unreadable.png'],
  ] as const) {
    await panel.getByTestId('attach-file-input').setInputFiles(damaged);
    await panel.getByRole('button', { name: 'Add this file' }).click();
    await panel.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    await panel.screenshot({ path: join(OUT, screenshot) });
  }

  await page.reload();
  await papers.files.nth(1).waitFor();
  await papers.panel.screenshot({ path: join(OUT, 'papers-attachments.png') });

  // Sent, finalised and shared: the LA page lists the papers' file and Chloe's drawing and voice note.
  await parent.getByTestId('contribution-editor').locator('h2:has-text("What is going well") + p').click();
  await parent.keyboard.type('Chloe has made two new friends.');
  await parent.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  await parent.getByRole('button', { name: 'Send my views' }).click();
  await parent.getByRole('button', { name: 'Yes, send my views' }).click();
  await parent.getByTestId('contribution-sent').waitFor();
  const reviewId = await finaliseInDatabase(stack, 'Chloe Nguyen', {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Chloe is settled and making friends.' }] }],
  });
  const shared = await page.request.post(`/api/reviews/${reviewId}/share-links`, { data: {} });
  const la = await (await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' })).newPage();
  await la.goto(((await shared.json()) as { link: { url: string } }).link.url);
  await la.getByTestId('outcome-files').waitFor();
  await la.locator('.outcome-files').screenshot({ path: join(OUT, 'la-outcome-files.png') });
});
