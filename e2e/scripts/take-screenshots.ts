/**
 * Takes the README's screenshots from the running production build:
 * the caseload, a live review with two people's carets, and the LA link page.
 * Run with `npm run screenshots`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { ASSISTANT, daysFromToday, SENDCO, TEACHER } from '../support/demo.ts';

const OUT = SCREENSHOT_DIR;

runScreenshotScript('readme', async ({ stack, browser }) => {
  const open = async (account: { email: string; password: string }) => {
    const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 860 } });
    await context.request.post('/api/auth/login', { data: account });
    return context.newPage();
  };
  const sendco = await open(SENDCO);
  await sendco.goto('/');
  await sendco.getByTestId('caseload-row').first().waitFor();
  await sendco.screenshot({ path: join(OUT, 'caseload-demo.png'), fullPage: true });

  await sendco.getByRole('link', { name: 'Ben Carter' }).click();
  const review = new ReviewWorkspace(sendco);
  await review.editor.waitFor();
  const reviewUrl = sendco.url();
  const teacher = await open(TEACHER);
  await teacher.goto(reviewUrl);
  const assistant = await open(ASSISTANT);
  await assistant.goto(reviewUrl);
  // A parent invited before the meeting was booked joins the meeting report from her link.
  const invited = await sendco.request.post(`/api/reviews/${reviewUrl.split('/').pop()}/participants`, {
    data: { name: 'Helen Carter', email: 'helen.carter@example.test', role: 'parent_carer', dueDate: daysFromToday(7) },
  });
  const parent = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  await parent.goto(((await invited.json()) as { link: string }).link);
  await parent.getByRole('button', { name: 'Open the meeting report' }).click();
  await new ReviewWorkspace(parent).typeIn(
    'editor-parent-views',
    'Helen: Ben is calmer in the mornings since the new timetable.',
  );
  await parent.getByTestId('participant-meeting').getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  await parent.getByTestId('participant-meeting').screenshot({ path: join(OUT, 'participant-meeting.png') });
  await review.recordMeetingDate(daysFromToday(-1));
  // Finalising an empty report is refused with exactly what is missing.
  await review.finaliseExpectingMissing();
  await sendco.getByRole('region', { name: 'Finalise the review' }).screenshot({ path: join(OUT, 'finalise-missing.png') });
  await review.completeReport({
    recommendation: 'Maintain the plan',
    reasons: 'Ben is making good progress; provision in Section F remains right for him.',
  });
  // Two colleagues typing at the same time: their carets show in the SENDCo's report.
  await new ReviewWorkspace(teacher).typeIn('editor-parent-views', ' Mrs Carter says Ben now reads to his sister.');
  await new ReviewWorkspace(assistant).typeIn('editor-young-person-views', ' Ben wants to try the school football club.');
  await sendco.locator('.collaboration-carets__label', { hasText: TEACHER.name }).waitFor();
  await sendco.locator('.collaboration-carets__label', { hasText: ASSISTANT.name }).waitFor();
  await review.expectSaved();
  await sendco.getByTestId('part-parent-views').scrollIntoViewIfNeeded();
  await sendco.screenshot({ path: join(OUT, 'live-review.png'), fullPage: true });

  await review.finalise();
  await sendco.getByRole('button', { name: 'Create read-only link' }).click();
  const url = await sendco.getByTestId('share-url').inputValue();
  const la = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  await la.goto(url);
  await la.getByTestId('report-snapshot').waitFor();
  await la.screenshot({ path: join(OUT, 'la-outcome.png'), fullPage: true });
});
