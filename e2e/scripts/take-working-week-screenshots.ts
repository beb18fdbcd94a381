/**
 * Takes the README's issue-11 screenshots from the running production build: a late review's
 * invitations (meeting booked six days ahead, the statutory circulation date passed), the
 * meeting report's field roles as a parent sees them, and the caseload's "This week" view.
 * Run with `npm run build && tsx e2e/scripts/take-working-week-screenshots.ts`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

const OUT = SCREENSHOT_DIR;

runScreenshotScript('working-week', async ({ browser, stack }) => {
  const { page } = await openDemoReview(stack, browser, 'Chloe Nguyen');
  const review = new ReviewWorkspace(page);
  await review.recordMeetingDate(daysFromToday(6), { time: '14:30', place: 'Oakfield, Room 4' });
  const panel = new ParticipantsPanel(page);
  await panel.panel.getByTestId('invitation-late-notice').waitFor();
  const parentLink = await panel.add({ name: 'Linh Nguyen', email: 'linh.nguyen@example.test', role: 'Parent or carer' });
  await panel.add({ name: 'Dr Sam Okoro', email: 's.okoro@ep.example', role: 'Educational psychologist' });
  await panel.panel.getByTestId('participant-late').first().waitFor();
  await panel.panel.screenshot({ path: join(OUT, 'late-review-invitations.png') });
  await page.getByTestId('meeting-panel').screenshot({ path: join(OUT, 'late-review-meeting.png') });

  // The caseload's week: the meeting, the two contributions due, the papers already late.
  const reviewUrl = page.url();
  await page.goto('/');
  await page.getByTestId('this-week').getByTestId('this-week-count').first().waitFor();
  await page.getByTestId('this-week').screenshot({ path: join(OUT, 'this-week.png') });
  await page.goto(reviewUrl);

  // The meeting is held: the parent opens the report from their link and sees which parts are theirs.
  await review.recordMeetingDate(daysFromToday(0), { time: '14:30', place: 'Oakfield, Room 4' });
  const parent = await (await browser.newContext({ viewport: { width: 1000, height: 1200 }, locale: 'en-GB' })).newPage();
  await parent.goto(parentLink);
  const meeting = parent.getByTestId('participant-meeting');
  await meeting.getByRole('button', { name: 'Open the meeting report' }).click();
  await meeting.getByTestId('writer-rights').waitFor();
  await meeting.getByTestId('editor-parent-views').click();
  await parent.keyboard.type('Mornings are calmer since the visual timetable.');
  await meeting.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  // The top of the report (their parts and the school's), and the recommendation, which is the SENDCo's.
  await parent.evaluate(() => window.scrollTo(0, 0));
  const box = (await meeting.boundingBox())!;
  await parent.screenshot({
    path: join(OUT, 'field-roles-parent.png'),
    fullPage: true,
    clip: { ...box, height: Math.min(box.height, 1150) },
  });
  await meeting.getByTestId('part-recommendation').screenshot({ path: join(OUT, 'field-roles-parent-recommendation.png') });
  await parent.context().close();
});
