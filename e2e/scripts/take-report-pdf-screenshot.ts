/**
 * The README's picture of a downloaded report: the first page of a demo review's PDF (the live
 * draft of Ben Carter's review, written through the page as in a meeting), rendered with
 * `pdftoppm -png -r 80`. Part of `npm run screenshots`; writes docs/screenshots/report-pdf-first-page.png.
 */
import mongoose from 'mongoose';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfPageToPng } from '../../scripts/report-file-text.ts';
import { TMP_DIR } from '../../scripts/paths.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

runScreenshotScript('report-pdf', async ({ stack, browser }) => {
  // The demo pupils have no UPN or LA; an import would give them both.
  const connection = await mongoose.createConnection(stack.mongoUri).asPromise();
  await connection
    .db!.collection('pupils')
    .updateOne({ name: 'Ben Carter' }, { $set: { upn: 'H801200001001', la: 'Northshire' } });
  await connection.close();

  const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 900 } });
  await context.request.post('/api/auth/login', { data: SENDCO });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Ben Carter' }).click();
  const review = new ReviewWorkspace(page);
  await review.editor.waitFor();
  await review.recordMeetingDate(daysFromToday(-1));
  await review.completeReport({
    recommendation: 'Maintain the plan',
    reasons: 'Ben is making good progress; provision in Section F remains right for him.',
  });
  await review.typeIn('editor-parent-views', ' Helen Carter: Ben is calmer in the mornings since the new timetable.');
  await review.expectSaved();

  const reviewId = new URL(page.url()).pathname.split('/').pop()!;
  const response = await context.request.get(`/api/reviews/${reviewId}/report.pdf`);
  if (!response.ok()) throw new Error(`report.pdf answered ${response.status()}`);
  mkdirSync(TMP_DIR, { recursive: true });
  const pdfPath = join(TMP_DIR, `report-${process.pid}.pdf`);
  writeFileSync(pdfPath, await response.body());
  pdfPageToPng(pdfPath, join(SCREENSHOT_DIR, 'report-pdf-first-page.png'), { page: 1, dpi: 80 });
});
