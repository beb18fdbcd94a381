/**
 * Takes the circulation screenshots from the running production build: the SENDCo's "Papers
 * for the meeting" panel with its warnings (late, one contribution missing) before and after
 * circulating, and the papers a parent reads behind their personal link. Run with
 * `npm run build && tsx e2e/scripts/take-circulation-screenshots.ts`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { CirculatePanel } from '../pages/CirculatePanel.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { sendContribution } from '../support/contribution.ts';
import { runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';

const OUT = SCREENSHOT_DIR;

runScreenshotScript('circulation', async ({ stack, browser }) => {
  const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.request.post('/api/auth/login', { data: SENDCO });
  const page = await context.newPage();
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  await caseload.openReview('Chloe Nguyen');
  const participants = new ParticipantsPanel(page);
  const parentLink = await participants.add({
    name: 'Linh Nguyen',
    email: 'linh.nguyen@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(3),
  });
  const epLink = await participants.add({
    name: 'Amira Khan',
    email: 'amira.khan@example.test',
    role: 'Educational psychologist',
    dueDate: daysFromToday(3),
  });
  await participants.add({
    name: 'Mr Daniel Okafor',
    email: 'd.okafor@nhs.example',
    role: 'Speech and language therapist',
    dueDate: daysFromToday(3),
  });
  // The meeting is booked 12 days ahead, so the papers were due 2 days ago.
  await new ReviewWorkspace(page).recordMeetingDate(daysFromToday(12));

  const participantContext = await browser.newContext({
    baseURL: stack.baseUrl,
    viewport: { width: 900, height: 800 },
    locale: 'en-GB',
  });
  const participant = await participantContext.newPage();
  await participant.goto(parentLink);
  await sendContribution(
    participant,
    'What is going well',
    'Chloe has made two new friends and reads to her brother every night.',
  );
  const ep = await participantContext.newPage();
  await ep.goto(epLink);
  await sendContribution(ep, 'Recommendations', 'Keep the weekly small-group sessions for working memory.');
  await page.reload();
  const panel = new CirculatePanel(page);
  await panel.readWarnings();
  await panel.panel.getByRole('button', { name: 'Circulate papers' }).click();
  await panel.panel.getByRole('button', { name: 'Yes, circulate papers' }).waitFor();
  await panel.panel.screenshot({ path: join(OUT, 'circulate-panel-warnings.png') });
  await panel.panel.getByRole('button', { name: 'Yes, circulate papers' }).click();
  await panel.result.filter({ hasText: 'Papers circulated' }).waitFor();
  await panel.panel.screenshot({ path: join(OUT, 'circulate-panel-done.png') });

  await participant.goto(parentLink);
  await participant.getByTestId('pack-contribution').first().waitFor();
  await participant.getByTestId('participant-papers').screenshot({ path: join(OUT, 'participant-papers.png') });
  await panel.openPapers();
  await page.screenshot({ path: join(OUT, 'circulated-papers-staff.png'), fullPage: true });
});
